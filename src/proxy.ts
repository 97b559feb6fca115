import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "~/server/http/security-headers";

/**
 * Runs before every page: a fresh CSP nonce per request (Next applies it to its own scripts) and
 * a request id. Deliberately no authentication here: every page and route checks the session and
 * membership itself, so a forged `x-middleware-subrequest` header (CVE-2025-29927) that would skip
 * this proxy still reaches those checks.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const incoming = headers.get("x-request-id");
  const requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Pages only: API routes need no nonce, and uploads must not be buffered by the proxy.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
