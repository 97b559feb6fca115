import { router } from "~/server/api/trpc";
import { apiKeysRouter } from "./api-keys";
import { auditRouter } from "./audit";
import { benchmarksSettingsRouter } from "./benchmarks";
import { dataRouter } from "./data";
import { invitationsRouter } from "./invitations";
import { membersRouter } from "./members";
import { orgSettingsRouter } from "./org";
import { scheduleRouter } from "./schedule";
import { teamsRouter } from "./teams";

/**
 * Organisation settings (issue 7). OWNER and ADMIN change everything; MANAGER reads the profile,
 * members and teams; REP nothing. Thin procedures: input → role guard → one service call.
 */
export const settingsRouter = router({
  org: orgSettingsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  teams: teamsRouter,
  schedule: scheduleRouter,
  apiKeys: apiKeysRouter,
  benchmarks: benchmarksSettingsRouter,
  audit: auditRouter,
  data: dataRouter,
});
