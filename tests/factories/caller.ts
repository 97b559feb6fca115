import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { logger } from "~/server/logger";

/** A tRPC caller acting as `userId` (null = signed out), through every middleware. */
export function callerFor(userId: string | null) {
  return createCaller(createTRPCContext({ userId, headers: new Headers(), log: logger, requestId: "test" }));
}
