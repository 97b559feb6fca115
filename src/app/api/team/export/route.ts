import type { NextRequest } from "next/server";
import { requestUserId } from "~/server/auth/request-user";
import { db } from "~/server/db";
import { AppError, toHttpStatus } from "~/server/errors";
import { downloadResponse } from "~/server/http/download";
import { requestContext } from "~/server/http/request-context";
import { resolveMembership } from "~/server/services/members/resolve-membership";
import { exportTeamCsv } from "~/server/services/team-view/export";
import { paramsFromSearch } from "~/domain/team-view/params";

export const dynamic = "force-dynamic";

/**
 * CSV of the team table as shown: `?org=<slug>` plus the team page's own search params (team,
 * band, q, sort, dir), so the download link is the page's URL state. A route handler rather than
 * a tRPC query: the browser downloads it natively (a plain link, Content-Disposition, no
 * JavaScript holding the file), and it works from a shared or bookmarked link. Read-only GET with
 * the session cookie (SameSite=Lax), like the page itself; membership and role are checked here.
 */
export async function GET(req: NextRequest) {
  const { requestId, log } = requestContext(req);
  const fail = (e: AppError) =>
    Response.json({ error: { code: e.code, message: e.message } }, { status: toHttpStatus(e.code), headers: { "x-request-id": requestId } });

  const userId = await requestUserId(req);
  if (!userId) return fail(new AppError("UNAUTHORIZED", "Sign in to download the team's scores."));
  const sp = req.nextUrl.searchParams;
  const org = await resolveMembership(db, userId, sp.get("org") ?? "");
  if (!org) return fail(new AppError("NOT_FOUND", "Organisation not found"));
  const { page: _page, pageSize: _size, ...params } = paramsFromSearch(sp);
  try {
    const file = await exportTeamCsv(db, { organizationId: org.id, userId, role: org.role }, params, { orgSlug: org.slug, timeZone: org.timezone });
    log.info({ rows: file.rows, orgId: org.id }, "team CSV exported");
    return downloadResponse(file.csv, { contentType: "text/csv; charset=utf-8", fileName: file.fileName, requestId });
  } catch (err) {
    if (err instanceof AppError) return fail(err);
    log.error({ err }, "team CSV export failed");
    return Response.json({ error: { code: "INTERNAL_SERVER_ERROR", message: "The export failed. Try again." } }, { status: 500, headers: { "x-request-id": requestId } });
  }
}
