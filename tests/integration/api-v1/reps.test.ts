import { describe, expect, it } from "vitest";
import { repScoreResponseSchema, snapshotsResponseSchema } from "~/server/api-v1/schemas";
import { db } from "~/server/db";
import { addMember, createOrg } from "../../factories";
import { getScore, getSnapshots, newKey, postActivities, event } from "./helpers";

async function addSnapshots(organizationId: string, repId: string, weeks: number) {
  // Mondays going back from 2026-03-02, inserted newest first so ordering is the API's job.
  for (let i = 0; i < weeks; i++) {
    const weekStart = new Date(Date.UTC(2026, 2, 2) - i * 7 * 86_400_000);
    await db.weeklySnapshot.create({
      data: {
        organizationId,
        repId,
        isoWeek: `W-${String(1000 - i)}`,
        weekStart,
        total: 40 + (weeks - i),
        brand: 10,
        findPeople: 10,
        engage: 10,
        relationships: 10 + (weeks - i),
        breakdown: {},
        orgRankPct: 50,
        modelVersion: "v1",
      },
    });
  }
}

describe("GET /api/v1/reps/{id}/score and /snapshots", () => {
  it("answers a rep's current score by id or by e-mail", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP", { email: "Score.Rep@north.test" });
    const { key } = await newKey(org.id, ["read", "write"]);
    await postActivities(key, { events: [event(rep.rep.id, "s-1", { kind: "POST_PUBLISHED", quantity: 4 })] });

    const res = await getScore(key, rep.rep.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-limit")).toBe(process.env.API_RATE_LIMIT_PER_MINUTE ?? "120");
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBeGreaterThanOrEqual(0);
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
    const body = repScoreResponseSchema.parse(await res.json());
    expect(body.repId).toBe(rep.rep.id);
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBeCloseTo(body.pillars.brand + body.pillars.findPeople + body.pillars.engage + body.pillars.relationships, 1);
    expect(body.signals.length).toBeGreaterThan(0);

    const byEmail = await getScore(key, "score.rep@NORTH.test");
    expect(byEmail.status).toBe(200);
    expect((await byEmail.json()).repId).toBe(rep.rep.id);
  });

  it("answers 404 for another organisation's rep exactly like for a rep that does not exist", async () => {
    const a = await createOrg();
    const b = await createOrg();
    const bRep = await addMember(b.org.id, "REP", { email: "secret@org-b.test" });
    await addSnapshots(b.org.id, bRep.rep.id, 2);
    const { key } = await newKey(a.org.id, ["read"]);

    const bodies = new Set<string>();
    let cells = 0;
    for (const id of [bRep.rep.id, "secret@org-b.test", "no-such-rep", "nobody@org-a.test"]) {
      for (const call of [getScore, getSnapshots]) {
        const res = await call(key, id);
        expect(res.status, `${call.name} ${id}`).toBe(404);
        bodies.add(JSON.stringify(await res.json()));
        cells++;
      }
    }
    expect(cells).toBe(8);
    expect([...bodies]).toEqual([JSON.stringify({ error: { code: "NOT_FOUND", message: "Rep not found" } })]);
    expect(await db.scoreCurrent.count({ where: { repId: bRep.rep.id } })).toBe(0); // nothing computed for B either
  });

  it("lists weekly snapshots oldest first, 26 weeks by default, 12/26/52 on request", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    await addSnapshots(org.id, rep.rep.id, 30);
    const { key } = await newKey(org.id, ["read"]);

    const res = await getSnapshots(key, rep.rep.id);
    expect(res.status).toBe(200);
    const body = snapshotsResponseSchema.parse(await res.json());
    expect(body.weeks).toBe(26);
    expect(body.snapshots).toHaveLength(26);
    const starts = body.snapshots.map((s) => s.weekStart);
    expect([...starts].sort()).toEqual(starts);
    expect(starts.at(-1)).toBe("2026-03-02");
    expect(body.snapshots.at(-1)).toMatchObject({ total: 70, pillars: { relationships: 40 }, orgRankPct: 50, industryRankPct: null, modelVersion: "v1" });

    const twelve = snapshotsResponseSchema.parse(await (await getSnapshots(key, rep.rep.id, "?weeks=12")).json());
    expect(twelve.snapshots).toHaveLength(12);
    expect(twelve.snapshots.at(-1)!.weekStart).toBe("2026-03-02");
    const all = snapshotsResponseSchema.parse(await (await getSnapshots(key, rep.rep.id, "?weeks=52")).json());
    expect(all.snapshots).toHaveLength(30);

    const bad = await getSnapshots(key, rep.rep.id, "?weeks=13");
    expect(bad.status).toBe(400);
    const err = (await bad.json()).error;
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.details.issues[0]).toMatchObject({ path: "weeks", message: expect.stringContaining("12, 26, 52") });
  });

  it("answers an empty list for a rep without snapshots", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id, ["read"]);
    const body = await (await getSnapshots(key, rep.rep.id)).json();
    expect(body).toEqual({ repId: rep.rep.id, weeks: 26, snapshots: [] });
  });
});
