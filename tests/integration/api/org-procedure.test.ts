import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { callerFor } from "../../factories/caller";
import { addMember, createOrg } from "../../factories";

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError);

describe("orgProcedure", () => {
  it("gives a member their organisation and role", async () => {
    const { org } = await createOrg({ name: "Northwind" });
    const { user } = await addMember(org.id, "REP");
    await expect(callerFor(user.id).org.current({ orgSlug: org.slug })).resolves.toMatchObject({ id: org.id, role: "REP", name: "Northwind" });
    // The id works as well as the slug.
    await expect(callerFor(user.id).org.current({ orgSlug: org.id })).resolves.toMatchObject({ slug: org.slug });
  });

  it("answers a real foreign organisation exactly like one that does not exist", async () => {
    const { org: mine } = await createOrg();
    const { org: foreign } = await createOrg();
    const { user } = await addMember(mine.id, "ADMIN");
    const foreignErr = await errorOf(callerFor(user.id).org.current({ orgSlug: foreign.slug }));
    const missingErr = await errorOf(callerFor(user.id).org.current({ orgSlug: "no-such-org" }));
    expect(foreignErr?.code).toBe("NOT_FOUND");
    expect(missingErr?.code).toBe("NOT_FOUND");
    expect(foreignErr?.message).toBe(missingErr?.message);
  });

  it("requires a session", async () => {
    const { org } = await createOrg();
    expect((await errorOf(callerFor(null).org.current({ orgSlug: org.slug })))?.code).toBe("UNAUTHORIZED");
  });

  it("reads the role on every call: a demoted member loses manager rights, a removed one loses access", async () => {
    const { org } = await createOrg();
    const { user, membership } = await addMember(org.id, "MANAGER");
    const caller = callerFor(user.id);
    expect((await caller.org.current({ orgSlug: org.slug })).role).toBe("MANAGER");
    await db.membership.update({ where: { id: membership.id }, data: { role: "REP" } });
    expect((await caller.org.current({ orgSlug: org.slug })).role).toBe("REP");
    await db.membership.delete({ where: { id: membership.id } });
    expect((await errorOf(caller.org.current({ orgSlug: org.slug })))?.code).toBe("NOT_FOUND");
  });
});
