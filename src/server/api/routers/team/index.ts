import { router } from "~/server/api/trpc";

/** The manager team view (issue 6): filled in by the team feature. */
export const teamRouter = router({});
