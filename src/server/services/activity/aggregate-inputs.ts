// Scoring inputs for many reps at once, computed set-based in PostgreSQL: one grouped pass over
// the activity table (per rep and kind, recency weights applied in SQL) plus one pass over the
// message / invitation / connection subset for the derived relationship signals.
import type { ActivityKind } from "@prisma/client";
import { Prisma } from "@prisma/client";
import type { Db, Tx } from "~/server/db";
import { emptyScoringInput, NO_SOURCES } from "~/server/services/scoring";
import type { DataSources, ProfileFacts, ScoringInput } from "~/server/services/scoring/types";
import { CONTENT_FORMATS, KIND_SOURCE, SELF_INITIATED } from "./activity-kinds";
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
  formats: string[] | null;
  dm: number;
  with_title: number;
  icp: number;
}

interface RelationRow {
  rep: string;
  started: number;
  inbound: number;
  replied: number;
  welcome: number;
  accepted: number;
}

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

  const [kindRows, relationRows] = await Promise.all([
    client.$queryRaw<KindRow[]>`
      SELECT "repId" AS rep, kind::text AS kind,
        COALESCE(SUM(quantity * exp(-EXTRACT(EPOCH FROM (${asOf}::timestamptz - "occurredAt")) / 2592000.0))
                 FILTER (WHERE "occurredAt" > ${from}::timestamptz), 0)::float8 AS weighted,
        COALESCE(SUM(quantity) FILTER (WHERE "occurredAt" > ${from}::timestamptz), 0)::int AS window_count,
        SUM(quantity)::int AS all_time,
        bit_or(1 << LEAST(${ACTIVE_WEEKS - 1}, floor(EXTRACT(EPOCH FROM (${asOf}::timestamptz - "occurredAt")) / 604800)::int))
          FILTER (WHERE "occurredAt" > ${activeFrom}::timestamptz) AS week_bits,
        array_agg(DISTINCT format) FILTER (WHERE "occurredAt" > ${from}::timestamptz AND format IS NOT NULL) AS formats,
        COUNT(*) FILTER (WHERE kind = 'CONNECTION_ADDED' AND "counterpartTitle" ~* ${DECISION_MAKER_RE})::int AS dm,
        COUNT(*) FILTER (WHERE kind = 'CONNECTION_ADDED' AND "counterpartTitle" IS NOT NULL)::int AS with_title,
        COUNT(*) FILTER (WHERE kind = 'CONNECTION_ADDED' AND ${icp}::text IS NOT NULL
                         AND ("counterpartTitle" ~* ${icp ?? ""} OR metadata->>'company' ~* ${icp ?? ""}))::int AS icp
      FROM "Activity"
      WHERE "organizationId" = ${opts.organizationId} AND "occurredAt" <= ${asOf}::timestamptz ${repFilter}
      GROUP BY 1, 2`,
    client.$queryRaw<RelationRow[]>`
      WITH rel AS (
        SELECT "repId", kind, "occurredAt", counterpart, thread FROM "Activity"
        WHERE "organizationId" = ${opts.organizationId} ${repFilter}
          AND kind IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED', 'INVITATION_SENT', 'CONNECTION_ADDED')
          AND "occurredAt" <= ${asOf}::timestamptz
          AND ("occurredAt" > ${from}::timestamptz - interval '14 days' OR kind = 'CONNECTION_ADDED')
      ),
      threads AS (
        SELECT "repId", (array_agg(kind ORDER BY "occurredAt"))[1] AS first_kind, bool_or(kind = 'MESSAGE_SENT') AS any_sent
        FROM rel WHERE kind IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED') AND thread IS NOT NULL AND "occurredAt" > ${from}::timestamptz
        GROUP BY "repId", thread
      ),
      conv AS (
        SELECT "repId",
          COUNT(*) FILTER (WHERE first_kind = 'MESSAGE_SENT')::int AS started,
          COUNT(*) FILTER (WHERE first_kind = 'MESSAGE_RECEIVED')::int AS inbound,
          COUNT(*) FILTER (WHERE first_kind = 'MESSAGE_RECEIVED' AND any_sent)::int AS replied
        FROM threads GROUP BY "repId"
      ),
      conn AS (SELECT "repId", counterpart, min("occurredAt") AS at FROM rel
               WHERE kind = 'CONNECTION_ADDED' AND counterpart IS NOT NULL GROUP BY 1, 2),
      welcome AS (
        SELECT c."repId", COUNT(DISTINCT c.counterpart)::int AS welcome
        FROM conn c JOIN rel m ON m."repId" = c."repId" AND m.kind = 'MESSAGE_SENT' AND m.counterpart = c.counterpart
          AND m."occurredAt" >= c.at AND m."occurredAt" < c.at + interval '14 days'
        WHERE m."occurredAt" > ${from}::timestamptz
        GROUP BY 1
      ),
      accepted AS (
        SELECT i."repId", COUNT(DISTINCT i.counterpart)::int AS accepted
        FROM rel i JOIN conn c ON c."repId" = i."repId" AND c.counterpart = i.counterpart
        WHERE i.kind = 'INVITATION_SENT' AND i."occurredAt" > ${from}::timestamptz
        GROUP BY 1
      ),
      reps AS (SELECT "repId" FROM conv UNION SELECT "repId" FROM welcome UNION SELECT "repId" FROM accepted)
      SELECT r."repId" AS rep, COALESCE(conv.started, 0) AS started, COALESCE(conv.inbound, 0) AS inbound,
             COALESCE(conv.replied, 0) AS replied, COALESCE(welcome.welcome, 0) AS welcome, COALESCE(accepted.accepted, 0) AS accepted
      FROM reps r LEFT JOIN conv USING ("repId") LEFT JOIN welcome USING ("repId") LEFT JOIN accepted USING ("repId")`,
  ]);

  const result = new Map<string, ScoringInput>();
  for (const rep of reps) result.set(rep.id, emptyInputFor(rep, asOf, icp !== null));

  const weekBits = new Map<string, number>();
  const formats = new Map<string, Set<string>>();
  for (const row of kindRows) {
    const input = result.get(row.rep);
    if (!input) continue;
    input.kinds[row.kind] = { weighted: row.weighted, windowCount: row.window_count, allTimeCount: row.all_time };
    input.sources[KIND_SOURCE[row.kind]] = true;
    if (SELF_INITIATED.has(row.kind) && row.week_bits) weekBits.set(row.rep, (weekBits.get(row.rep) ?? 0) | row.week_bits);
    if (row.formats && (row.kind === "POST_PUBLISHED" || row.kind === "ARTICLE_PUBLISHED" || row.kind === "MEDIA_UPLOADED")) {
      const set = formats.get(row.rep) ?? new Set<string>();
      for (const f of row.formats) if ((CONTENT_FORMATS as readonly string[]).includes(f)) set.add(f);
      formats.set(row.rep, set);
    }
    if (row.kind === "CONNECTION_ADDED") {
      input.decisionMakerConnections = row.dm;
      input.connectionsWithTitle = row.with_title;
      if (input.icpConnections !== null) input.icpConnections = row.icp;
    }
  }
  for (const [rep, bits] of weekBits) result.get(rep)!.activeWeeks = popcount(bits);
  for (const [rep, set] of formats) result.get(rep)!.formatsUsed = set.size;
  for (const row of relationRows) {
    const input = result.get(row.rep);
    if (!input) continue;
    input.conversationsStarted = row.started;
    input.conversationsInbound = row.inbound;
    input.conversationsReplied = row.replied;
    input.welcomeMessages = row.welcome;
    input.invitationsAccepted = row.accepted;
  }
  return result;
}

type RepRow = Awaited<ReturnType<Db["repProfile"]["findMany"]>>[number];

export function profileFactsOf(rep: RepRow): ProfileFacts {
  return {
    headline: rep.headline,
    summaryLength: rep.summaryLength,
    hasPhoto: rep.hasPhoto,
    currentPositions: rep.currentPositions,
    pastPositions: rep.pastPositions,
    educationCount: rep.educationCount,
    skillsCount: rep.skillsCount,
    certificationsCount: rep.certificationsCount,
    publicationsCount: rep.publicationsCount,
    volunteeringCount: rep.volunteeringCount,
    languagesCount: rep.languagesCount,
    projectsCount: rep.projectsCount,
    honorsCount: rep.honorsCount,
    connectionCount: rep.connectionCount,
    followerCount: rep.followerCount,
  };
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
