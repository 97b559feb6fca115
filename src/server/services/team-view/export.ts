import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { csvFileName, toCsv } from "./csv";
import type { RepTableParams } from "~/domain/team-view/params";
import { toRepRow } from "./rep-row";
import { tableQuery } from "./rep-table";
import { queryRepTable } from "./rep-table-sql";
import { resolveTeamScope } from "./scope";

/**
 * The rep table as shown (same filters and sort), every page, as a CSV file. The same SQL as the
 * table without the LIMIT, so the file and the screen can never disagree.
 */
export async function exportTeamCsv(
  db: Db,
  caller: Caller,
  params: Omit<RepTableParams, "page" | "pageSize">,
  opts: { orgSlug: string; timeZone: string; now?: Date },
): Promise<{ fileName: string; csv: string; rows: number }> {
  const scope = await resolveTeamScope(db, caller, params.teamId);
  const query = { ...tableQuery(scope, { ...params, page: 1, pageSize: 25 }), limit: null, offset: 0 };
  const { rows } = await queryRepTable(db, query);
  const shaped = rows.map(toRepRow);
  return {
    fileName: csvFileName({ orgSlug: opts.orgSlug, team: scope.selected?.name ?? null, now: opts.now ?? new Date(), timeZone: opts.timeZone }),
    csv: toCsv(shaped, opts.timeZone),
    rows: shaped.length,
  };
}
