import type { JobDefinition } from "../define-job";
import { benchmarksRefreshJob } from "./benchmarks-refresh";
import { importArchiveJob } from "./import-archive";
import { orgCreatedJob } from "./org-created";
import { orgExportJob } from "./org-export";
import { recomputeJob } from "./recompute";
import { repHistoryJob } from "./rep-history";
import { weeklySnapshotJob } from "./weekly-snapshot";
import { sendReportJob, weeklyReportJob } from "./weekly-report";

/** Every job the worker consumes. A definition missing here is never processed. */
export const jobDefinitions: JobDefinition[] = [orgCreatedJob, recomputeJob, weeklySnapshotJob, benchmarksRefreshJob, importArchiveJob, weeklyReportJob, sendReportJob, repHistoryJob, orgExportJob];
