import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { TENANT_MODELS, TenantViolationError } from "~/server/db/tenant-guard";
import { addMember, createOrg } from "../../factories";

describe("Prisma tenant guard", () => {
  it("knows every model with an organizationId", () => {
    expect([...TENANT_MODELS].sort()).toEqual(
      ["Activity", "ApiKey", "AuditLog", "EmailLog", "ExportJob", "Goal", "ImportJob", "Invitation", "Membership", "OfficialSsiReading", "OrgBenchmark", "OrgSlugAlias", "RepProfile", "ScoreCurrent", "Team", "TeamMember", "WeeklySnapshot"].sort(),
    );
  });

  it("scopes queries that forgot their organisation filter to the current tenant", async () => {
    const a = await createOrg();
    const b = await createOrg();
    const { rep: repB } = await addMember(b.org.id, "REP");
    await addMember(a.org.id, "REP");
    // Outside a tenant context a query sees both organisations…
    expect(await db.repProfile.count({ where: { organizationId: { in: [a.org.id, b.org.id] } } })).toBe(4);
    await runInTenant(a.org.id, async () => {
      // …inside it, the same unfiltered queries only see organisation A.
      const all = await db.repProfile.findMany();
      expect(all.every((r) => r.organizationId === a.org.id)).toBe(true);
      expect(all).toHaveLength(2);
      expect(await db.repProfile.findUnique({ where: { id: repB.id } })).toBeNull();
      expect(await db.repProfile.count({ where: { organizationId: b.org.id } })).toBe(0);
      expect((await db.repProfile.updateMany({ where: { id: repB.id }, data: { headline: "hijacked" } })).count).toBe(0);
      expect((await db.repProfile.deleteMany({ where: { id: repB.id } })).count).toBe(0);
      await expect(db.repProfile.update({ where: { id: repB.id }, data: { headline: "x" } })).rejects.toThrow();
      // Writing a row into another organisation is refused outright.
      await expect(db.auditLog.create({ data: { organizationId: b.org.id, action: "x" } })).rejects.toBeInstanceOf(TenantViolationError);
      await expect(db.auditLog.createMany({ data: [{ organizationId: a.org.id, action: "ok" }, { organizationId: b.org.id, action: "x" }] })).rejects.toBeInstanceOf(TenantViolationError);
    });
    expect((await db.repProfile.findUniqueOrThrow({ where: { id: repB.id } })).headline).toBeNull();
    expect(await db.auditLog.count({ where: { organizationId: b.org.id, action: "x" } })).toBe(0);
  });

  it("is active inside org-scoped tRPC procedures", async () => {
    const { org } = await createOrg();
    const { org: other } = await createOrg();
    const { user } = await addMember(org.id, "ADMIN");
    const { rep: foreign } = await addMember(other.id, "REP");
    const { callerFor } = await import("../../factories/caller");
    await expect(callerFor(user.id).score.current({ orgSlug: org.slug, repId: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
