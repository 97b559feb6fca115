/**
 * Cross-site request forgery defence for cookie-authenticated state changes:
 * - the body must be JSON (a cross-site <form> can only send urlencoded, multipart or text/plain
 *   without a CORS preflight), and
 * - the Origin (or, failing that, Referer) must be this site.
 * Returns a reason when the request must be refused, null when it may proceed.
 */
export function csrfRefusal(req: Request, allowedOrigins: readonly string[], opts: { requireJson?: boolean } = {}): string | null {
  const method = req.method.toUpperCase();
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;

  if (opts.requireJson !== false) {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return "Requests that change data must be sent as application/json";
  }

  const origin = req.headers.get("origin") ?? refererOrigin(req.headers.get("referer"));
  if (!origin) {
    // Browsers send Origin on every cross-site POST; only a same-site fetch can omit it.
    return req.headers.get("sec-fetch-site") === "same-origin" ? null : "Missing Origin header";
  }
  return sameOriginAs(origin, req, allowedOrigins) ? null : "Cross-site request refused";
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

function sameOriginAs(origin: string, req: Request, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  // The host the browser addressed (works for localhost vs 127.0.0.1 and proxies that keep Host).
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
