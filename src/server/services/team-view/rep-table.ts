import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import type { RepTableParams } from "~/domain/team-view/params";
import { queryRepTable, type RepTableQuery } from "./rep-table-sql";
import { toRepRow, type RepRow } from "./rep-row";
import { resolveTeamScope, type TeamScope } from "./scope";

export interface RepTablePage {
  rows: RepRow[];
  /** Reps matching the filters (all pages). */
  matching: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The weeks "change" compares: the organisation's latest snapshot week and the one before. */
  weeks: { current: string | null; previous: string | null };
  params: RepTableParams;
}

export function tableQuery(scope: TeamScope, p: RepTableParams, page = p.page): RepTableQuery {
  return {
    organizationId: scope.organizationId,
    teamIds: scope.teamIds,
    band: p.band ?? null,
    search: p.search ?? null,
    sort: p.sort,
    dir: p.dir,
    limit: p.pageSize,
    offset: (page - 1) * p.pageSize,
  };
}

/**
 * One page of the team's rep table, filtered, sorted and counted in the database. A page past the
 * end (a shared link after the team shrank) answers with the last page instead.
 */
export async function getRepTable(db: Db, caller: Caller, p: RepTableParams): Promise<RepTablePage> {
  const scope = await resolveTeamScope(db, caller, p.teamId);
  let page = p.page;
  let result = await queryRepTable(db, tableQuery(scope, p, page));
  const pageCount = Math.max(1, Math.ceil(result.matching / p.pageSize));
  if (result.rows.length === 0 && page > pageCount) {
    page = pageCount;
    result = await queryRepTable(db, tableQuery(scope, p, page));
  }
  return {
    rows: result.rows.map(toRepRow),
    matching: result.matching,
    page,
    pageSize: p.pageSize,
    pageCount,
    weeks: { current: result.currentWeek, previous: result.previousWeek },
    params: { ...p, page },
  };
}
