import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { queueNamesOf } from "~/server/jobs/define-job";
import { queueForPayload, queueNamed } from "~/server/jobs/queues";
import { addMember, createOrg } from "../../factories";
import { event, newKey, postActivities, type BatchBody } from "./helpers";

const countApi = (organizationId: string) => db.activity.count({ where: { organizationId, source: "API" } });

describe("POST /api/v1/activities", () => {
  it("creates the good events and reports each bad one on its own", async () => {
    const { org } = await createOrg();
    const other = await createOrg();
    const ana = await addMember(org.id, "REP", { email: "ana@north.test" });
    const bob = await addMember(org.id, "REP");
    const foreign = await addMember(other.org.id, "REP", { email: "eve@south.test" });
    const { key } = await newKey(org.id);
    const now = Date.now();

    const events = [
      event("ANA@North.test", "crm:1", { quantity: 3, format: "post", metadata: { campaign: "Q1" } }), // 0 created (e-mail, any case)
      event(bob.rep.id, "crm:2", { kind: "MESSAGE_SENT", counterpart: "https://linkedin.com/in/x", thread: "t1" }), // 1 created
      event(ana.rep.id, "crm:3", { kind: "LIKE" }), // 2 bad kind
      event(ana.rep.id, "crm:4", { occurredAt: "yesterday" }), // 3 bad date
      event(ana.rep.id, "crm:5", { occurredAt: new Date(now + 3_600_000).toISOString() }), // 4 future
      event(ana.rep.id, "crm:6", { occurredAt: new Date(now - 6 * 365 * 86_400_000).toISOString() }), // 5 too old
      event("nobody@north.test", "crm:7"), // 6 unknown rep
      event("eve@south.test", "crm:8"), // 7 another organisation's rep
      { ...event(ana.rep.id, "crm:9"), repEmail: "ana@north.test" }, // 8 both references
      event(ana.rep.id, "has space"), // 9 bad externalId
      "not an object", // 10
      event(ana.rep.id, "crm:11", { occurredAt: "2026-01-05T09:30:00+01:00", quantity: 0 }), // 11 bad quantity
      event(bob.rep.id, "crm:12", { occurredAt: new Date(now + 60_000).toISOString().replace("Z", "+00:00") }), // 12 created (1 min ahead is fine)
    ];
    const res = await postActivities(key, { events });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const body = (await res.json()) as BatchBody;
    expect(body.results.map((r) => r.index)).toEqual(events.map((_, i) => i));
    expect(body.results.map((r) => r.status)).toEqual([
      "created", "created", "error", "error", "error", "error", "error", "error", "error", "error", "error", "error", "created",
    ]);
    const err = (i: number) => body.results[i]!.error;
    expect(err(2)).toMatch(/^kind: unknown kind "LIKE"/);
    expect(err(3)).toMatch(/^occurredAt: must be an ISO 8601 date-time/);
    expect(err(4)).toMatch(/future/);
    expect(err(5)).toMatch(/older than 5 years/);
    expect(err(6)).toBe("unknown rep");
    expect(err(7)).toBe("unknown rep");
    expect(err(8)).toMatch(/exactly one of repEmail or repId/);
    expect(err(9)).toMatch(/^externalId:/);
    expect(body.results[10]).toMatchObject({ externalId: null, status: "error" });
    expect(err(11)).toMatch(/^quantity:/);
    expect(body.results[1]!.externalId).toBe("crm:2");
    expect(body.summary).toEqual({ created: 3, duplicates: 0, errors: 10 });

    const stored = await db.activity.findMany({ where: { organizationId: org.id, source: "API" }, orderBy: { externalId: "asc" } });
    expect(stored.map((a) => a.externalId)).toEqual(["crm:1", "crm:12", "crm:2"]);
    expect(stored[0]).toMatchObject({ repId: ana.rep.id, quantity: 3, format: "post", metadata: { campaign: "Q1" }, kind: "COMMENT" });
    expect(stored[2]).toMatchObject({ repId: bob.rep.id, kind: "MESSAGE_SENT", counterpart: "https://linkedin.com/in/x", thread: "t1", quantity: 1 });
    expect(await db.activity.count({ where: { repId: foreign.rep.id } })).toBe(0);
  });

  it("is idempotent: the same batch again answers all duplicates and stores nothing", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    const batch = { events: Array.from({ length: 50 }, (_, i) => event(rep.rep.id, `sync/2026-03/${i}`, { kind: i % 2 ? "REACTION" : "COMMENT" })) };

    const first = (await (await postActivities(key, batch)).json()) as BatchBody;
    expect(first.summary).toEqual({ created: 50, duplicates: 0, errors: 0 });
    expect(await countApi(org.id)).toBe(50);

    const second = (await (await postActivities(key, batch)).json()) as BatchBody;
    expect(second.summary).toEqual({ created: 0, duplicates: 50, errors: 0 });
    expect(second.results.every((r) => r.status === "duplicate")).toBe(true);
    expect(await countApi(org.id)).toBe(50);
  });

  it("treats a repeated externalId inside one batch as a duplicate", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    const body = (await (
      await postActivities(key, { events: [event(rep.rep.id, "dup-1"), event(rep.rep.id, "dup-1", { kind: "REACTION" }), event(rep.rep.id, "dup-2")] })
    ).json()) as BatchBody;
    expect(body.results.map((r) => r.status)).toEqual(["created", "duplicate", "created"]);
    expect(await countApi(org.id)).toBe(2);
  });

  it("never writes to another organisation's reps", async () => {
    const a = await createOrg();
    const b = await createOrg();
    const bRep = await addMember(b.org.id, "REP", { email: "rep@org-b.test" });
    const { key } = await newKey(a.org.id);
    const res = await postActivities(key, { events: [event("rep@org-b.test", "x-1"), event(bRep.rep.id, "x-2")] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as BatchBody;
    expect(body.results.map((r) => r.error)).toEqual(["unknown rep", "unknown rep"]);
    expect(await db.activity.count({ where: { organizationId: b.org.id } })).toBe(0);
    expect(await db.activity.count({ where: { organizationId: a.org.id } })).toBe(0);
  });

  it("enqueues one recompute job per rep that gained activity", async () => {
    const { org } = await createOrg();
    const r1 = await addMember(org.id, "REP");
    const r2 = await addMember(org.id, "REP");
    const idle = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    // Recompute is partitioned into serial lanes (recompute-0..N); no worker runs in this suite.
    const lanes = recomputeJob.partitions && { count: recomputeJob.partitions.count, key: String };
    const recomputeQueues = queueNamesOf({ name: recomputeJob.name, partitions: lanes });
    const pending = async () => {
      const all = await Promise.all(recomputeQueues.map((n) => queueNamed(n).getJobs(["waiting", "delayed", "prioritized"])));
      return all.flat().map((j) => j.data as { repId: string; organizationId: string });
    };
    const pendingFor = async (repId: string) =>
      (await queueForPayload(recomputeJob, { organizationId: org.id, repId }).getJobs(["waiting", "delayed", "prioritized"])).filter(
        (j) => (j.data as { repId: string }).repId === repId,
      ).length;

    const before = await pending();
    const events = [...Array.from({ length: 5 }, (_, i) => event(r1.rep.id, `q-a${i}`)), ...Array.from({ length: 3 }, (_, i) => event(r2.rep.id, `q-b${i}`))];
    expect((await postActivities(key, { events })).status).toBe(200);
    const after = await pending();
    const added = after.filter((d) => !before.some((b) => b.repId === d.repId));
    expect(added.map((d) => d.repId).sort()).toEqual([r1.rep.id, r2.rep.id].sort());
    expect(added.every((d) => d.organizationId === org.id)).toBe(true);
    expect(await pendingFor(r1.rep.id)).toBe(1);
    expect(await pendingFor(r2.rep.id)).toBe(1);
    expect(await pendingFor(idle.rep.id)).toBe(0);

    // A batch of duplicates touches nobody; more events for r1 are deduplicated into its pending job.
    await postActivities(key, { events });
    await postActivities(key, { events: [event(r1.rep.id, "q-a-more")] });
    expect((await pending()).length).toBe(after.length);
    expect(await pendingFor(r1.rep.id)).toBe(1);
  });

  it("accepts a full batch of 1000 events", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    const events = Array.from({ length: 1000 }, (_, i) => event(rep.rep.id, `bulk:${i}`, { kind: "REACTION", metadata: { post: `urn:li:activity:${i}` } }));
    const res = await postActivities(key, { events });
    expect(res.status).toBe(200);
    expect(((await res.json()) as BatchBody).summary.created).toBe(1000);
  });

  it("refuses bodies that are not JSON (415), too large (413) or malformed (400)", async () => {
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    const good = JSON.stringify({ events: [event(rep.rep.id, "body-1")] });

    const plain = await postActivities(key, good, { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect((await plain.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(plain.headers.get("x-ratelimit-limit")).toBeTruthy();
    expect((await postActivities(key, good, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await postActivities(key, good, { "content-type": "application/json; charset=utf-8" })).status).toBe(200);

    const huge = JSON.stringify({ events: [event(rep.rep.id, "huge", { metadata: { pad: "x".repeat(3 * 1024 * 1024) } })] });
    const streamed = await postActivities(key, huge); // no Content-Length: counted while reading
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    const declared = await postActivities(key, good, { "content-length": String(3 * 1024 * 1024) });
    expect(declared.status).toBe(413);

    for (const [body, path] of [
      ["{not json", null],
      ["", null],
      [JSON.stringify({ events: [] }), "events"],
      [JSON.stringify({ events: "x" }), "events"],
      [JSON.stringify({ items: [] }), "events"],
      [JSON.stringify({ events: Array.from({ length: 1001 }, (_, i) => event(rep.rep.id, `n${i}`)) }), "events"],
    ] as const) {
      const res = await postActivities(key, body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      const err = (await res.json()).error;
      expect(err.code).toBe("BAD_REQUEST");
      if (path) expect(err.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect(await countApi(org.id)).toBe(1);
  });
});
