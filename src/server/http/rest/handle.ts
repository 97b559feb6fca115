import "server-only";
import { requestContext } from "~/server/http/request-context";
import type { Logger } from "~/server/logger";
import { errorResponse } from "./errors";

export interface RestContext {
  requestId: string;
  log: Logger;
  /** Headers every answer of this request carries (rate limit, WWW-Authenticate), errors included. */
  headers: Headers;
  /** Set once the bearer key is verified (the logger is then bound to them too). */
  apiKeyId?: string;
  organizationId?: string;
}

/**
 * Runs one REST request: request id and logger, error mapping, the collected headers and
 * `x-request-id` on the answer, and one structured access-log line (never the key itself).
 */
export async function handleRest(req: Request, run: (ctx: RestContext) => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const { requestId, log } = requestContext(req);
  const ctx: RestContext = { requestId, log, headers: new Headers() };
  let res: Response;
  try {
    res = await run(ctx);
  } catch (err) {
    res = errorResponse(err, ctx.log);
  }
  ctx.headers.forEach((value, name) => res.headers.set(name, value));
  res.headers.set("x-request-id", requestId);
  if (!res.headers.has("cache-control")) res.headers.set("cache-control", "no-store");
  ctx.log.info(
    {
      method: req.method,
      path: new URL(req.url).pathname,
      status: res.status,
      ms: Math.round(performance.now() - started),
    },
    "REST API request",
  );
  return res;
}

/** A JSON answer (the handler adds the shared headers). */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}
