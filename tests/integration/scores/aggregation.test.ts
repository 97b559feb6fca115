// The set-based SQL aggregation must equal a naive in-memory computation over the same rows.
import type { ActivityKind } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { generateActivity } from "../../../prisma/seed/activity-generator";
import { db } from "~/server/db";
import { SELF_INITIATED } from "~/server/services/activity/activity-kinds";
import { aggregateScoringInputs } from "~/server/services/activity/aggregate-inputs";
import { DECISION_MAKER_RE, icpRegex } from "~/server/services/activity/signal-sql";
import type { ActivityRow } from "~/server/services/activity/insert-activities";
import { addActivities } from "../../factories/activity";
import { addMember, createOrg } from "../../factories";

const DAY = 86_400_000;

/** PostgreSQL ARE word boundaries \m \M → JS \b for this comparison. */
const jsRe = (re: string) => new RegExp(re.replace(/\\m|\\M/g, "\\b"), "i");

function naive(rows: ActivityRow[], asOf: Date, icpKeywords: string[]) {
  const t = asOf.getTime();
  const from = t - 90 * DAY;
  const upTo = rows.filter((r) => r.occurredAt.getTime() <= t);
  const kinds: Partial<Record<ActivityKind, { weighted: number; windowCount: number; allTimeCount: number }>> = {};
  let bits = 0;
  const formats = new Set<string>();
  for (const r of upTo) {
    const q = r.quantity ?? 1;
    const age = t - r.occurredAt.getTime();
    const k = (kinds[r.kind] ??= { weighted: 0, windowCount: 0, allTimeCount: 0 });
    k.allTimeCount += q;
    if (r.occurredAt.getTime() > from) {
      k.weighted += q * Math.exp(-age / DAY / 30);
      k.windowCount += q;
      if (r.format && ["POST_PUBLISHED", "ARTICLE_PUBLISHED", "MEDIA_UPLOADED"].includes(r.kind)) formats.add(r.format);
    }
    if (SELF_INITIATED.has(r.kind) && r.occurredAt.getTime() > t - 91 * DAY) bits |= 1 << Math.min(12, Math.floor(age / (7 * DAY)));
  }
  const conns = upTo.filter((r) => r.kind === "CONNECTION_ADDED");
  const dm = jsRe(DECISION_MAKER_RE);
  const icp = icpRegex(icpKeywords);
  const connAt = new Map<string, number>();
  for (const c of conns) if (c.counterpart) connAt.set(c.counterpart, Math.min(connAt.get(c.counterpart) ?? Infinity, c.occurredAt.getTime()));
  const msgs = upTo.filter((r) => (r.kind === "MESSAGE_SENT" || r.kind === "MESSAGE_RECEIVED") && r.thread && r.occurredAt.getTime() > from);
  const threads = new Map<string, ActivityRow[]>();
  for (const m of msgs) threads.set(m.thread!, [...(threads.get(m.thread!) ?? []), m]);
  let started = 0, inbound = 0, replied = 0;
  for (const list of threads.values()) {
    // Who spoke first (a tie counts as the rep starting the conversation).
    const first = (kind: string) => Math.min(...list.filter((m) => m.kind === kind).map((m) => m.occurredAt.getTime()));
    const sent = first("MESSAGE_SENT");
    const received = first("MESSAGE_RECEIVED");
    if (sent <= received) started++;
    else {
      inbound++;
      if (Number.isFinite(sent)) replied++;
    }
  }
  const welcome = new Set(
    upTo
      .filter((m) => m.kind === "MESSAGE_SENT" && m.counterpart && m.occurredAt.getTime() > from && connAt.has(m.counterpart))
      .filter((m) => {
        const at = connAt.get(m.counterpart!)!;
        return m.occurredAt.getTime() >= at && m.occurredAt.getTime() < at + 14 * DAY;
      })
      .map((m) => m.counterpart),
  ).size;
  const accepted = new Set(
    upTo.filter((i) => i.kind === "INVITATION_SENT" && i.occurredAt.getTime() > from && i.counterpart && connAt.has(i.counterpart)).map((i) => i.counterpart),
  ).size;
  return {
    kinds,
    activeWeeks: [...Array(13).keys()].filter((b) => bits & (1 << b)).length,
    formatsUsed: formats.size,
    decisionMakerConnections: conns.filter((c) => c.counterpartTitle && dm.test(c.counterpartTitle)).length,
    connectionsWithTitle: conns.filter((c) => c.counterpartTitle).length,
    icpConnections: icp ? conns.filter((c) => c.counterpartTitle && jsRe(icp).test(c.counterpartTitle)).length : null,
    conversationsStarted: started,
    conversationsInbound: inbound,
    conversationsReplied: replied,
    welcomeMessages: welcome,
    invitationsAccepted: accepted,
  };
}

describe("aggregateScoringInputs", () => {
  it("matches a naive computation over the same rows, for several reps at once", async () => {
    const { org } = await createOrg();
    const end = new Date("2026-11-20T00:00:00Z");
    const reps = await Promise.all([0, 1, 2].map(() => addMember(org.id, "REP")));
    const personas = [
      { level: 0.4, trend: 0.5, content: 1, find: 1, engage: 1, relationships: 1, priorConnections: 150 },
      { level: 0.2, trend: -0.5, content: 0.3, find: 0.8, engage: 0.5, relationships: 0.6, priorConnections: 60 },
      { level: 0.05, trend: 0, content: 0.1, find: 0.1, engage: 0.1, relationships: 0.1, priorConnections: 5 },
    ];
    const stored: ActivityRow[][] = [];
    for (const [i, { rep }] of reps.entries()) {
      stored.push(await addActivities(rep, generateActivity(`agg-${i}`, personas[i]!, end, 20).map((a) => ({ ...a, source: "SEED" as const }))));
    }
    await db.$executeRaw`ANALYZE "Activity"`;
    const icpKeywords = ["VP", "Head of", "Procurement"];
    for (const asOf of [end, new Date(end.getTime() - 40 * DAY)]) {
      const inputs = await aggregateScoringInputs(db, { organizationId: org.id, asOf, icpKeywords });
      for (const [i, { rep }] of reps.entries()) {
        const got = inputs.get(rep.id)!;
        const want = naive(stored[i]!, asOf, icpKeywords);
        for (const [kind, agg] of Object.entries(got.kinds)) {
          const w = want.kinds[kind as ActivityKind] ?? { weighted: 0, windowCount: 0, allTimeCount: 0 };
          expect(agg.windowCount, kind).toBe(w.windowCount);
          expect(agg.allTimeCount, kind).toBe(w.allTimeCount);
          expect(agg.weighted, kind).toBeCloseTo(w.weighted, 6);
        }
        const { kinds: _k, ...derived } = want;
        if (i === 0) {
          // The busy rep exercises every derived signal, so the comparison is not vacuous.
          for (const key of ["activeWeeks", "formatsUsed", "decisionMakerConnections", "icpConnections", "conversationsStarted", "conversationsReplied", "welcomeMessages", "invitationsAccepted"] as const) {
            expect(derived[key], key).toBeGreaterThan(0);
          }
        }
        for (const [key, value] of Object.entries(derived)) expect(got[key as keyof typeof got], key).toEqual(value);
      }
    }
  });

  it("marks sources from stored rows and from what imports declared, and scopes by organisation", async () => {
    const { org } = await createOrg();
    const { org: other } = await createOrg();
    const { rep } = await addMember(org.id, "REP");
    const { rep: foreign } = await addMember(other.id, "REP");
    await db.repProfile.update({ where: { id: rep.id }, data: { dataSources: { searches: true } } });
    await addActivities(rep, [{ kind: "COMMENT", occurredAt: new Date() }]);
    await addActivities(foreign, [{ kind: "REACTION", occurredAt: new Date() }]);
    const inputs = await aggregateScoringInputs(db, { organizationId: org.id, asOf: new Date(), icpKeywords: [] });
    expect([...inputs.keys()]).not.toContain(foreign.id);
    const mine = inputs.get(rep.id)!;
    expect(mine.sources.content).toBe(true);
    expect(mine.sources.searches).toBe(true);
    expect(mine.sources.messages).toBe(false);
    expect(mine.kinds.REACTION.allTimeCount).toBe(0);
    expect(mine.icpConnections).toBeNull();
  });
});
