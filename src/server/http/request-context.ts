import "server-only";
import { randomUUID } from "node:crypto";
import { logger } from "~/server/logger";

/** A request id (propagated from x-request-id when sane) and a logger bound to it. */
export function requestContext(req: Request) {
  const incoming = req.headers.get("x-request-id");
  const requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  return { requestId, log: logger.child({ requestId }) };
}
