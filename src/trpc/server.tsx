import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { pageSessionUserId } from "~/server/auth/session";
import { logger } from "~/server/logger";
import { makeQueryClient } from "./query-client";

/** The same context as the HTTP route, built from the incoming page request. */
const createRscContext = cache(async () => {
  const h = new Headers(await headers());
  const requestId = h.get("x-request-id") ?? crypto.randomUUID();
  return createTRPCContext({
    userId: await pageSessionUserId(),
    headers: h,
    log: logger.child({ requestId, rsc: true }),
    requestId,
  });
});

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createRscContext, router: appRouter, queryClient: getQueryClient });

/** Direct server-side calls (no cache): for data a server component needs itself. */
export const serverCaller = cache(async () => appRouter.createCaller(await createRscContext()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
