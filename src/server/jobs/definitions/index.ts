import type { JobDefinition } from "../define-job";
import { orgCreatedJob } from "./org-created";

/** Every job the worker consumes. A definition missing here is never processed. */
export const jobDefinitions: JobDefinition[] = [orgCreatedJob];
