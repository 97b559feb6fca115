import type { NextRequest } from "next/server";
import { db } from "~/server/db";
import { unsubscribe } from "~/server/services/reports/unsubscribe";

export const dynamic = "force-dynamic";

const REASONS = {
  malformed: "This unsubscribe link is not valid.",
  "bad-signature": "This unsubscribe link is not valid.",
  expired: "This unsubscribe link has expired. Use the link in a more recent e-mail, or turn reports off in your account.",
  unknown: "This subscription no longer exists.",
} as const;

/**
 * RFC 8058 one-click unsubscribe: mail clients POST here (List-Unsubscribe-Post) without cookies.
 * The signed token in the URL is the only credential; the answer is 200 and never a redirect.
 */
export async function POST(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("t") ?? "";
  const result = await unsubscribe(db, token);
  const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
  if (!result.ok) return new Response(REASONS[result.reason], { status: result.reason === "unknown" ? 404 : 400, headers });
  return new Response(`${result.email} will no longer receive weekly reports from ${result.orgName}.`, { status: 200, headers });
}

/** A GET changes nothing: it shows the confirmation page. */
export function GET(req: NextRequest) {
  const t = req.nextUrl.searchParams.get("t") ?? "";
  return Response.redirect(new URL(`/unsubscribe?t=${encodeURIComponent(t)}`, req.nextUrl.origin), 303);
}
