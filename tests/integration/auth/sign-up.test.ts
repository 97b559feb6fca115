import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { authenticate, WRONG_CREDENTIALS } from "~/server/auth/authenticate";
import { LOGIN_LIMITS } from "~/server/auth/throttle";
import { AppError } from "~/server/errors";
import { callerFor } from "../../factories/caller";
import { createUser } from "../../factories";

describe("sign-up", () => {
  it("creates a new organisation with the user as OWNER", async () => {
    const res = await callerFor(null).auth.signUp({
      name: "Ada Lovelace",
      email: "Ada@Example.test",
      password: "a long enough password",
      orgName: "Analytical Engines",
    });
    expect(res.orgSlug).toBe("analytical-engines");
    expect(res.email).toBe("ada@example.test");
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" }, include: { memberships: { include: { organization: true } } } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]!.role).toBe("OWNER");
    expect(user.memberships[0]!.organization.name).toBe("Analytical Engines");
    const profile = await db.repProfile.findFirst({ where: { userId: user.id } });
    expect(profile?.displayName).toBe("Ada Lovelace");
  });

  it("gives a second organisation with the same name its own slug", async () => {
    await callerFor(null).auth.signUp({ name: "A", email: "a1@example.test", password: "password-1234", orgName: "Acme Sales" });
    const second = await callerFor(null).auth.signUp({ name: "B", email: "b1@example.test", password: "password-1234", orgName: "Acme Sales" });
    expect(second.orgSlug).toBe("acme-sales-2");
  });

  it("refuses a taken e-mail with CONFLICT and stores nothing", async () => {
    await createUser({ email: "taken@example.test" });
    const before = await db.organization.count();
    await expect(
      callerFor(null).auth.signUp({ name: "X", email: "TAKEN@example.test", password: "password-1234", orgName: "Dup Org" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.organization.count()).toBe(before);
  });

  it("rejects bad input with field errors", async () => {
    const err = await callerFor(null)
      .auth.signUp({ name: "", email: "not-an-email", password: "short", orgName: "x" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one with a clear message", async () => {
    const user = await createUser({ email: "sam@example.test", password: "the right password" });
    await expect(authenticate(db, { email: "SAM@example.test", password: "the right password", ip: "10.0.0.1" })).resolves.toEqual({ id: user.id });
    await expect(authenticate(db, { email: "sam@example.test", password: "wrong password", ip: "10.0.0.1" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: WRONG_CREDENTIALS,
    });
    // An unknown account answers exactly the same.
    await expect(authenticate(db, { email: "nobody@example.test", password: "whatever", ip: "10.0.0.1" })).rejects.toMatchObject({
      message: WRONG_CREDENTIALS,
    });
  });

  it("throttles the 11th rapid failure for one account, even with the right password", async () => {
    await createUser({ email: "target@example.test", password: "the right password" });
    const attempt = (password: string) =>
      authenticate(db, { email: "target@example.test", password, ip: "10.0.0.2" }).catch((e: unknown) => e as AppError);
    for (let i = 0; i < LOGIN_LIMITS.accountIp.points; i++) {
      const err = await attempt(`wrong ${i}`);
      expect(err).toMatchObject({ code: "UNAUTHORIZED" });
    }
    const eleventh = await attempt("wrong again");
    expect(eleventh).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((eleventh as AppError).message).toMatch(/Too many failed attempts\. Try again in \d+ minutes?\./);
    expect((eleventh as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
    // Locked even for the right password until the block expires.
    expect(await attempt("the right password")).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Another IP is not blocked by this account+IP limit.
    await expect(authenticate(db, { email: "target@example.test", password: "the right password", ip: "10.0.0.3" })).resolves.toBeTruthy();
  });
});
