import { authRouter } from "./routers/auth";
import { meRouter } from "./routers/me";
import { orgRouter } from "./routers/org";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  me: meRouter,
  org: orgRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
