// Scoring inputs for many reps at once, computed set-based in PostgreSQL: one grouped pass over
// the activity table (per rep and kind, recency weights applied in SQL) plus one pass over the
// message / invitation / connection subset for the derived relationship signals.
import type { ActivityKind } from "@prisma/client";
import { Prisma } from "@prisma/client";
import type { Db, Tx } from "~/server/db";
import { emptyScoringInput, NO_SOURCES } from "~/domain/scoring";
import { pickProfileFacts } from "~/domain/profile-facts";
import type { DataSources, ProfileFacts, ScoringInput } from "~/domain/scoring/types";
import { KIND_SOURCE, SELF_INITIATED } from "./activity-kinds";
import { DECISION_MAKER_RE, icpRegex } from "./signal-sql";

export const WINDOW_DAYS = 90;
export const ACTIVE_WEEKS = 13;

export interface AggregateOptions {
  organizationId: string;
  asOf: Date;
  /** Limit to these reps; all non-archived reps of the organisation when omitted. */
  repIds?: string[];
  icpKeywords: string[];
}

interface KindRow {
  rep: string;
  kind: ActivityKind;
  weighted: number;
  window_count: number;
  all_time: number;
  week_bits: number | null;
  format_bits: number | null;
}

interface RelationRow {
  rep: string;
  started: number;
  inbound: number;
  replied: number;
  welcome: number;
  accepted: number;
  dm: number;
  with_title: number;
  icp: number;
}

const CONTENT_KINDS: ReadonlySet<ActivityKind> = new Set(["POST_PUBLISHED", "ARTICLE_PUBLISHED", "MEDIA_UPLOADED"]);

function popcount(n: number): number {
  let c = 0;
  for (let v = n >>> 0; v; v &= v - 1) c++;
  return c;
}

export async function aggregateScoringInputs(client: Db | Tx, opts: AggregateOptions): Promise<Map<string, ScoringInput>> {
  const reps = await client.repProfile.findMany({
    where: { organizationId: opts.organizationId, ...(opts.repIds ? { id: { in: opts.repIds } } : { archivedAt: null }) },
  });
  if (reps.length === 0) return new Map();

  const asOf = opts.asOf;
  const from = new Date(asOf.getTime() - WINDOW_DAYS * 86_400_000);
  const activeFrom = new Date(asOf.getTime() - ACTIVE_WEEKS * 7 * 86_400_000);
  const icp = icpRegex(opts.icpKeywords);
  const repFilter = opts.repIds ? Prisma.sql`AND "repId" = ANY(${opts.repIds}::text[])` : Prisma.empty;

  // Ages in seconds as float8 (EXTRACT would return numeric, which makes exp() slow).
  const asOfEpoch = asOf.getTime() / 1000;
  const windowSec = WINDOW_DAYS * 86_400;
  const activeSec = ACTIVE_WEEKS * 7 * 86_400;
  const kindQuery = (c: Db | Tx) => c.$queryRaw<KindRow[]>`
      SELECT "repId" AS rep, kind::text AS kind,
        COALESCE(SUM(quantity * exp(-age / 2592000.0)) FILTER (WHERE age < ${windowSec}), 0)::float8 AS weighted,
        COALESCE(SUM(quantity) FILTER (WHERE age < ${windowSec}), 0)::int AS window_count,
        SUM(quantity)::int AS all_time,
        bit_or(1 << LEAST(${ACTIVE_WEEKS - 1}, floor(age / 604800)::int)) FILTER (WHERE age < ${activeSec}) AS week_bits,
        bit_or(CASE format WHEN 'post' THEN 1 WHEN 'article' THEN 2 WHEN 'video' THEN 4 WHEN 'document' THEN 8
                           WHEN 'image' THEN 16 WHEN 'poll' THEN 32 ELSE 0 END) FILTER (WHERE age < ${windowSec}) AS format_bits
      FROM "Activity" CROSS JOIN LATERAL (SELECT ${asOfEpoch}::float8 - date_part('epoch', "occurredAt") AS age) a
      WHERE "organizationId" = ${opts.organizationId} AND "occurredAt" <= ${asOf}::timestamptz ${repFilter}
      GROUP BY "repId", kind`;
  // Derived relationship signals over the message / invitation / connection subset. Grouping by
  // thread and by counterpart (hash aggregates, no sorts) replaces self-joins.
  const relationQuery = (c: Db | Tx) => c.$queryRaw<RelationRow[]>`
      WITH rel AS MATERIALIZED (
        SELECT "repId", kind, "occurredAt", counterpart, thread, "counterpartTitle" AS title, metadata->>'company' AS company
        FROM "Activity"
        WHERE "organizationId" = ${opts.organizationId} ${repFilter}
          AND kind IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED', 'INVITATION_SENT', 'CONNECTION_ADDED')
          AND "occurredAt" <= ${asOf}::timestamptz
          AND ("occurredAt" > ${from}::timestamptz OR kind = 'CONNECTION_ADDED')
      ),
      threads AS (
        SELECT "repId", min("occurredAt") FILTER (WHERE kind = 'MESSAGE_SENT') AS first_sent,
                        min("occurredAt") FILTER (WHERE kind = 'MESSAGE_RECEIVED') AS first_received
        FROM rel WHERE kind IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED') AND thread IS NOT NULL
        GROUP BY "repId", thread
      ),
      conv AS (
        SELECT "repId",
          COUNT(*) FILTER (WHERE first_received IS NULL OR first_sent <= first_received)::int AS started,
          COUNT(*) FILTER (WHERE first_sent IS NULL OR first_received < first_sent)::int AS inbound,
          COUNT(*) FILTER (WHERE first_received < first_sent)::int AS replied
        FROM threads GROUP BY "repId"
      ),
      pairs AS (
        SELECT "repId", min("occurredAt") FILTER (WHERE kind = 'CONNECTION_ADDED') AS connected_at,
               bool_or(kind = 'INVITATION_SENT') AS invited,
               array_agg("occurredAt") FILTER (WHERE kind = 'MESSAGE_SENT') AS sent
        FROM rel WHERE counterpart IS NOT NULL AND kind IN ('CONNECTION_ADDED', 'INVITATION_SENT', 'MESSAGE_SENT')
        GROUP BY "repId", counterpart
      ),
      links AS (
        SELECT "repId",
          COUNT(*) FILTER (WHERE connected_at IS NOT NULL AND EXISTS (
            SELECT 1 FROM unnest(sent) s WHERE s >= connected_at AND s < connected_at + interval '14 days'))::int AS welcome,
          COUNT(*) FILTER (WHERE invited AND connected_at IS NOT NULL)::int AS accepted
        FROM pairs GROUP BY "repId"
      ),
      -- Titles repeat a lot: match each distinct title (and company) once, not every connection.
      titles AS (SELECT "repId", title, company, COUNT(*)::int AS n FROM rel WHERE kind = 'CONNECTION_ADDED' GROUP BY 1, 2, 3),
      matched AS (
        SELECT title, company, COALESCE(title ~* ${DECISION_MAKER_RE}, false) AS dm,
               COALESCE(${icp}::text IS NOT NULL AND (title ~* ${icp ?? ""} OR company ~* ${icp ?? ""}), false) AS icp
        FROM (SELECT DISTINCT title, company FROM titles) d
      ),
      people AS (
        SELECT t."repId", COALESCE(SUM(n) FILTER (WHERE m.dm), 0)::int AS dm, COALESCE(SUM(n) FILTER (WHERE t.title IS NOT NULL), 0)::int AS with_title,
               COALESCE(SUM(n) FILTER (WHERE m.icp), 0)::int AS icp
        FROM titles t JOIN matched m ON m.title IS NOT DISTINCT FROM t.title AND m.company IS NOT DISTINCT FROM t.company
        GROUP BY 1
      ),
      reps AS (SELECT "repId" FROM conv UNION SELECT "repId" FROM links UNION SELECT "repId" FROM people)
      SELECT r."repId" AS rep, COALESCE(conv.started, 0) AS started, COALESCE(conv.inbound, 0) AS inbound,
             COALESCE(conv.replied, 0) AS replied, COALESCE(links.welcome, 0) AS welcome, COALESCE(links.accepted, 0) AS accepted,
             COALESCE(people.dm, 0) AS dm, COALESCE(people.with_title, 0) AS with_title, COALESCE(people.icp, 0) AS icp
      FROM reps r LEFT JOIN conv USING ("repId") LEFT JOIN links USING ("repId") LEFT JOIN people USING ("repId")`;
  // Hash aggregates over a few hundred thousand groups need more than the default 4 MB of work_mem.
  const [kindRows, relationRows] = await Promise.all([withWorkMem(client, kindQuery), withWorkMem(client, relationQuery)]);

  const result = new Map<string, ScoringInput>();
  for (const rep of reps) result.set(rep.id, emptyInputFor(rep, asOf, icp !== null));

  const weekBits = new Map<string, number>();
  const formatBits = new Map<string, number>();
  for (const row of kindRows) {
    const input = result.get(row.rep);
    if (!input) continue;
    input.kinds[row.kind] = { weighted: row.weighted, windowCount: row.window_count, allTimeCount: row.all_time };
    input.sources[KIND_SOURCE[row.kind]] = true;
    if (SELF_INITIATED.has(row.kind) && row.week_bits) weekBits.set(row.rep, (weekBits.get(row.rep) ?? 0) | row.week_bits);
    if (row.format_bits && CONTENT_KINDS.has(row.kind)) formatBits.set(row.rep, (formatBits.get(row.rep) ?? 0) | row.format_bits);
  }
  for (const [rep, bits] of weekBits) result.get(rep)!.activeWeeks = popcount(bits);
  for (const [rep, bits] of formatBits) result.get(rep)!.formatsUsed = popcount(bits);
  for (const row of relationRows) {
    const input = result.get(row.rep);
    if (!input) continue;
    input.conversationsStarted = row.started;
    input.conversationsInbound = row.inbound;
    input.conversationsReplied = row.replied;
    input.welcomeMessages = row.welcome;
    input.invitationsAccepted = row.accepted;
    input.decisionMakerConnections = row.dm;
    input.connectionsWithTitle = row.with_title;
    if (input.icpConnections !== null) input.icpConnections = row.icp;
  }
  return result;
}

type RepRow = Awaited<ReturnType<Db["repProfile"]["findMany"]>>[number];

export function profileFactsOf(rep: RepRow): ProfileFacts {
  return pickProfileFacts(rep);
}

/** Sources an import (or an admin) declared present, even when they held zero rows. */
function declaredSources(rep: RepRow): DataSources {
  const declared = (rep.dataSources ?? {}) as Partial<Record<keyof DataSources, unknown>>;
  const out = { ...NO_SOURCES };
  for (const key of Object.keys(out) as (keyof DataSources)[]) out[key] = declared[key] === true;
  const f = profileFactsOf(rep);
  out.profile ||= Boolean(f.headline) || f.summaryLength > 0 || f.skillsCount > 0 || f.currentPositions + f.pastPositions > 0;
  out.connections ||= f.connectionCount !== null;
  return out;
}

function emptyInputFor(rep: RepRow, asOf: Date, icpConfigured: boolean): ScoringInput {
  return { ...emptyScoringInput(asOf, { icpConfigured }), profile: profileFactsOf(rep), sources: declaredSources(rep) };
}

/**
 * Runs an aggregation query with work_mem raised for its transaction only (set_config local), so
 * its hash aggregates stay in memory instead of spilling to disk. Each query gets its own
 * transaction (and connection) so the two run in parallel; inside a caller's transaction they
 * simply run there.
 */
async function withWorkMem<T>(client: Db | Tx, query: (c: Db | Tx) => Promise<T>): Promise<T> {
  const run = async (c: Db | Tx) => {
    await c.$executeRaw`SELECT set_config('work_mem', '128MB', true)`;
    return query(c);
  };
  if ("$transaction" in client) return client.$transaction((tx) => run(tx), { timeout: 10 * 60_000, maxWait: 60_000 });
  return run(client);
}
