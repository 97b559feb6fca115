import "server-only";
import { z } from "zod";
import { AppError, toHttpStatus } from "~/server/errors";
import type { Logger } from "~/server/logger";
import type { ErrorResponse } from "~/server/api-v1/schemas";

type ErrorBody = ErrorResponse["error"];
export type Issue = { path: string; message: string };

/** `{ error: { code, message, details? } }` with the given status. */
export function jsonError(status: number, error: ErrorBody, headers?: HeadersInit): Response {
  return Response.json({ error } satisfies ErrorResponse, { status, headers });
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/**
 * The one place REST errors become responses: AppError through toHttpStatus (its messages are
 * safe to show), zod errors as 400 with per-field issues, anything else as a logged 500 that
 * reveals nothing.
 */
export function errorResponse(err: unknown, log: Logger): Response {
  if (err instanceof AppError) {
    const issues = err.details?.fields ? Object.entries(err.details.fields).map(([path, message]) => ({ path, message })) : undefined;
    const retryAfterSeconds = err.details?.retryAfterSeconds;
    const details = issues || retryAfterSeconds !== undefined ? { issues, retryAfterSeconds } : undefined;
    return jsonError(
      toHttpStatus(err.code),
      { code: err.code, message: err.message, ...(details ? { details } : {}) },
      retryAfterSeconds !== undefined ? { "retry-after": String(retryAfterSeconds) } : undefined,
    );
  }
  if (err instanceof z.ZodError) {
    return jsonError(400, { code: "BAD_REQUEST", message: "The request is not valid; see details.issues", details: { issues: zodIssues(err) } });
  }
  log.error({ err }, "REST API request failed");
  return jsonError(500, { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side; please retry later" });
}
