import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { UndefinedWhereError } from "~/server/db/undefined-where-guard";
import { createOrg } from "../../factories";

describe("Prisma undefined-where guard", () => {
  it("refuses where: { organizationId: undefined } on find, update and delete", async () => {
    const { org } = await createOrg();
    const orgId: string | undefined = undefined;
    await expect(db.repProfile.findMany({ where: { organizationId: orgId } })).rejects.toBeInstanceOf(UndefinedWhereError);
    await expect(db.repProfile.findFirst({ where: { organizationId: orgId } })).rejects.toThrow(/where\.organizationId is undefined/);
    await expect(db.repProfile.updateMany({ where: { organizationId: orgId }, data: { headline: "x" } })).rejects.toBeInstanceOf(UndefinedWhereError);
    await expect(db.repProfile.deleteMany({ where: { organizationId: orgId } })).rejects.toBeInstanceOf(UndefinedWhereError);
    await expect(db.repProfile.count({ where: { AND: [{ organizationId: orgId }] } })).rejects.toBeInstanceOf(UndefinedWhereError);
    // Nothing was changed, and a defined value still works.
    expect(await db.repProfile.count({ where: { organizationId: org.id } })).toBe(1);
  });
});
