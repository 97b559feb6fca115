import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { snapshotAsResult } from "~/server/services/scores/score-change";
import { explainChange } from "~/domain/scoring";
import { selectMovers, type Mover, type WeekDelta } from "./movers-select";
import { resolveTeamScope, type TeamRef } from "./scope";
import { membersCte, weeksCte } from "./sql-fragments";

interface DeltaRow {
  id: string | null;
  name: string | null;
  team: string | null;
  from: number | null;
  to: number | null;
  w1: string | null;
  w2: string | null;
}

/** Causes shown per mover ("why did it move"). */
const CAUSES = 3;

export interface ExplainedMover extends Mover {
  summary: string;
  causes: string[];
  modelChanged: boolean;
}

export interface TeamMovers {
  team: TeamRef | null;
  weeks: { current: string | null; previous: string | null };
  risers: ExplainedMover[];
  fallers: ExplainedMover[];
  dropped: ExplainedMover[];
  droppedCount: number;
  compared: number;
}

/**
 * Biggest risers and fallers over the organisation's last snapshot week, and every rep who dropped
 * more than 5 points, each with "why did it move": explainChange on their last two snapshots.
 */
export async function getTeamMovers(db: Db, caller: Caller, opts: { teamId?: string | null }): Promise<TeamMovers> {
  const scope = await resolveTeamScope(db, caller, opts.teamId);
  const org = caller.organizationId;
  // One row per rep (or a single row of nulls when the scope has none), with the two weeks.
  const rows = await db.$queryRaw<DeltaRow[]>`
    WITH weeks AS (${weeksCte(org)}),
    members AS (${membersCte(org, scope.teamIds)})
    SELECT m.id, m."displayName" AS name, m."teamName" AS team, s2.total AS "from", s1.total AS "to", w.w1, w.w2
    FROM weeks w
    LEFT JOIN members m ON true
    LEFT JOIN "WeeklySnapshot" s1 ON s1."repId" = m.id AND s1."isoWeek" = w.w1
    LEFT JOIN "WeeklySnapshot" s2 ON s2."repId" = m.id AND s2."isoWeek" = w.w2`;
  const w1 = rows[0]?.w1 ?? null;
  const w2 = rows[0]?.w2 ?? null;
  const compared = rows.filter((r): r is DeltaRow & WeekDelta => r.id !== null && r.from !== null && r.to !== null);
  const selection = selectMovers(compared);

  const ids = [...new Set([...selection.risers, ...selection.fallers, ...selection.dropped].map((m) => m.id))];
  const snapshots = ids.length && w1 && w2
    ? await db.weeklySnapshot.findMany({
        where: { organizationId: org, repId: { in: ids }, isoWeek: { in: [w1, w2] } },
        select: { repId: true, isoWeek: true, total: true, brand: true, findPeople: true, engage: true, relationships: true, modelVersion: true, breakdown: true, weekStart: true },
      })
    : [];
  const byKey = new Map(snapshots.map((s) => [`${s.repId}:${s.isoWeek}`, s]));
  const explained = new Map<string, ExplainedMover>();
  const explain = (m: Mover): ExplainedMover => {
    const cached = explained.get(m.id);
    if (cached) return cached;
    const prev = byKey.get(`${m.id}:${w2}`);
    const curr = byKey.get(`${m.id}:${w1}`);
    const change = prev && curr ? explainChange(snapshotAsResult(prev), snapshotAsResult(curr), { limit: CAUSES }) : null;
    const result: ExplainedMover = {
      ...m,
      summary: change?.summary ?? "",
      causes: change?.causes.map((c) => c.text) ?? [],
      modelChanged: change?.modelChanged ?? false,
    };
    explained.set(m.id, result);
    return result;
  };
  return {
    team: scope.selected,
    weeks: { current: w1, previous: w2 },
    risers: selection.risers.map(explain),
    fallers: selection.fallers.map(explain),
    dropped: selection.dropped.map(explain),
    droppedCount: selection.droppedCount,
    compared: selection.compared,
  };
}
