/**
 * The one typed domain error. Services throw it; the tRPC middleware and the REST helpers map it
 * to a transport code in one place (toTrpcCode / toHttpStatus). Messages are safe to show users.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "SERVICE_UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: { retryAfterSeconds?: number; fields?: Record<string, string> },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);
export const forbidden = (why = "You do not have access to this") => new AppError("FORBIDDEN", why);
export const badRequest = (why: string, fields?: Record<string, string>) =>
  new AppError("BAD_REQUEST", why, fields ? { fields } : undefined);
export const conflict = (why: string) => new AppError("CONFLICT", why);

const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  PRECONDITION_FAILED: 412,
  SERVICE_UNAVAILABLE: 503,
};

export function toHttpStatus(code: AppErrorCode): number {
  return HTTP_STATUS[code];
}

/** tRPC uses the same names for every code we have. */
export function toTrpcCode(code: AppErrorCode) {
  return code;
}
