import { paramsFromSearch } from "~/domain/team-view/params";
import { downloadResponse } from "~/server/http/download";
import { orgSessionRoute } from "~/server/http/org-session-route";
import { exportTeamCsv } from "~/server/services/team-view/export";

export const dynamic = "force-dynamic";

/**
 * CSV of the team table as shown: `?org=<slug>` plus the team page's own search params (team,
 * band, q, sort, dir), so the download link is the page's URL state. A route handler rather than
 * a tRPC query: the browser downloads it natively (a plain link, Content-Disposition, no
 * JavaScript holding the file), and it works from a shared or bookmarked link. Read-only GET with
 * the session cookie (SameSite=Lax), like the page itself; the service checks the manager scope.
 */
export const GET = orgSessionRoute(
  {
    org: (req) => req.nextUrl.searchParams.get("org"),
    unauthorizedMessage: "Sign in to download the team's scores.",
    failureMessage: "The export failed. Try again.",
  },
  async ({ req, db, caller, org, log, requestId }) => {
    const { page: _page, pageSize: _size, ...params } = paramsFromSearch(req.nextUrl.searchParams);
    const file = await exportTeamCsv(db, caller, params, { orgSlug: org.slug, timeZone: org.timezone });
    log.info({ rows: file.rows }, "team CSV exported");
    return downloadResponse(file.csv, { contentType: "text/csv; charset=utf-8", fileName: file.fileName, requestId });
  },
);
