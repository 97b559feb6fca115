import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "~/env";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import type { NextRequest } from "next/server";
import { sessionUserId } from "~/server/auth/session";
import { withBodyLimit } from "~/server/http/body-limit";
import { csrfRefusal } from "~/server/http/csrf";
import { withRequestMemo } from "~/server/request-memo";
import { requestContext } from "~/server/http/request-context";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

async function handler(req: NextRequest) {
  const { requestId, log } = requestContext(req);
  const refusal = csrfRefusal(req, [new URL(env.APP_URL).origin]);
  if (refusal) {
    log.warn({ refusal }, "tRPC request refused by CSRF check");
    return Response.json(
      { error: { message: refusal, code: "FORBIDDEN" } },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }
  // No procedure takes more than a few kilobytes; refuse huge bodies before parsing them
  // (counted while reading: a chunked body has no Content-Length).
  const limited = await withBodyLimit(req, MAX_BODY_BYTES);
  if (!limited) {
    return Response.json(
      { error: { message: "Request too large", code: "PAYLOAD_TOO_LARGE" } },
      { status: 413, headers: { "x-request-id": requestId } },
    );
  }
  const userId = await sessionUserId(req);
  const response = await withRequestMemo(() =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      req: limited,
      router: appRouter,
      createContext: () =>
        createTRPCContext({ userId, headers: req.headers, log, requestId }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          log.error({ err: error.cause ?? error, path }, "tRPC error");
      },
    }),
  );
  response.headers.set("x-request-id", requestId);
  return response;
}

export { handler as GET, handler as POST };
