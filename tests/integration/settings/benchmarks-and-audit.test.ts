import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { callerFor } from "../../factories/caller";
import { BENCHMARK_CSV, codeOf, settingsFixture } from "./helpers";

describe("benchmarks", () => {
  it("previews a CSV with its problems, saves a valid one as the organisation's own, and removes it again", async () => {
    const f = await settingsFixture();
    const admin = callerFor(f.admin.user.id);
    const s = f.org.slug;
    const bad = `${BENCHMARK_CSV}\nSoftware!,Bad,200,0,1,1,1,1,-1,x,2026-13\nsoftware,Again,50,10,12,12,12,12,1,x,2026-10-01`;
    const preview = await admin.settings.benchmarks.preview({ orgSlug: s, csv: bad });
    expect(preview.rows.map((r) => r.industry)).toEqual(["software", "logistics", "software"]);
    expect(preview.errors).toHaveLength(2);
    expect(preview.errors[0]).toMatch(/^line 4: industry/);
    expect(preview.errors[1]).toBe('industry "software" appears more than once');
    expect(await codeOf(admin.settings.benchmarks.save({ orgSlug: s, csv: bad }))).toBe("BAD_REQUEST");
    expect(await db.orgBenchmark.count({ where: { organizationId: f.org.id } })).toBe(0);

    expect((await admin.settings.benchmarks.get({ orgSlug: s })).effective?.source).toBe("reference");
    await admin.settings.benchmarks.save({ orgSlug: s, csv: BENCHMARK_CSV });
    const own = await admin.settings.benchmarks.get({ orgSlug: s });
    expect(own.rows.map((r) => r.industry)).toEqual(["logistics", "software"]);
    expect(own.effective).toMatchObject({ source: "organization", totalMean: 61, sampleSize: 120, sourceText: "Our 2026 survey" });
    // Another organisation of the same industry keeps the platform's values.
    const other = await settingsFixture();
    expect((await getBenchmark(db, { organizationId: other.org.id, industry: "software" }))?.source).toBe("reference");

    await admin.settings.benchmarks.remove({ orgSlug: s });
    expect((await admin.settings.benchmarks.get({ orgSlug: s })).effective?.source).toBe("reference");
    const actions = (await db.auditLog.findMany({ where: { organizationId: f.org.id, action: { startsWith: "benchmark." } }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["benchmark.uploaded", "benchmark.removed"]);
  });
});

describe("audit log", () => {
  it("filters by actor, action prefix and local date range, with server-side pages", async () => {
    const f = await settingsFixture();
    const owner = callerFor(f.owner.id);
    const s = f.org.slug;
    await db.organization.update({ where: { id: f.org.id }, data: { timezone: "America/New_York" } });
    for (let i = 0; i < 7; i++) await owner.settings.teams.create({ orgSlug: s, name: `T${i}` });
    await callerFor(f.admin.user.id).settings.apiKeys.create({ orgSlug: s, name: "k", scopes: ["read"] });
    // 23:30 New York on 1 July is 03:30 UTC on 2 July: it belongs to 1 July locally.
    await db.auditLog.create({ data: { organizationId: f.org.id, actorId: f.admin.user.id, action: "org.updated", createdAt: new Date("2026-07-02T03:30:00Z") } });
    await db.auditLog.create({ data: { organizationId: f.org.id, actorId: f.admin.user.id, action: "org.updated", createdAt: new Date("2026-07-02T04:30:00Z") } });

    const teams = await owner.settings.audit.list({ orgSlug: s, action: "team.", pageSize: 5, page: 1 });
    expect(teams).toMatchObject({ total: 7, pages: 2, page: 1 });
    expect(teams.rows).toHaveLength(5);
    expect(teams.rows.every((r) => r.action === "team.created" && r.actor?.id === f.owner.id)).toBe(true);
    const page2 = await owner.settings.audit.list({ orgSlug: s, action: "team.", pageSize: 5, page: 2 });
    expect(page2.rows).toHaveLength(2);
    expect(new Set([...teams.rows, ...page2.rows].map((r) => r.id)).size).toBe(7);

    const byAdmin = await owner.settings.audit.list({ orgSlug: s, actorId: f.admin.user.id });
    expect(byAdmin.rows.map((r) => r.action).sort()).toEqual(["api_key.created", "org.updated", "org.updated"]);
    const july1 = await owner.settings.audit.list({ orgSlug: s, from: "2026-07-01", to: "2026-07-01" });
    expect(july1.rows.map((r) => r.createdAt.toISOString())).toEqual(["2026-07-02T03:30:00.000Z"]);
    const exact = await owner.settings.audit.list({ orgSlug: s, action: "api_key.created" });
    expect(exact.total).toBe(2); // the fixture's key and this one

    const filters = await owner.settings.audit.filters({ orgSlug: s });
    expect(filters.actions).toEqual(expect.arrayContaining(["team.created", "api_key.created", "org.updated", "invitation.created"]));
    expect(filters.actors.map((a) => a.id).sort()).toEqual([f.owner.id, f.admin.user.id].sort());
    // Another organisation's log is not reachable.
    const other = await settingsFixture();
    expect((await callerFor(other.owner.id).settings.audit.list({ orgSlug: other.org.slug, actorId: f.owner.id })).total).toBe(0);
  });
});
