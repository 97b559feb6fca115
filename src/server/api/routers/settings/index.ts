import { router } from "~/server/api/trpc";

/** Organisation settings (issue 7): filled in by the settings feature. */
export const settingsRouter = router({});
