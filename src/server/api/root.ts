import { activityRouter } from "./routers/activity";
import { authRouter } from "./routers/auth";
import { benchmarksRouter } from "./routers/benchmarks";
import { goalsRouter } from "./routers/goals";
import { importsRouter } from "./routers/imports";
import { meRouter } from "./routers/me";
import { orgRouter } from "./routers/org";
import { profileRouter } from "./routers/profile";
import { readingsRouter } from "./routers/readings";
import { reportsRouter } from "./routers/reports";
import { scoreRouter } from "./routers/score";
import { settingsRouter } from "./routers/settings";
import { teamRouter } from "./routers/team";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  me: meRouter,
  org: orgRouter,
  score: scoreRouter,
  goals: goalsRouter,
  activity: activityRouter,
  readings: readingsRouter,
  profile: profileRouter,
  benchmarks: benchmarksRouter,
  imports: importsRouter,
  team: teamRouter,
  reports: reportsRouter,
  settings: settingsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
