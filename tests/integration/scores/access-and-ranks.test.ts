import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { recomputeOrgScores } from "~/server/services/scores/recompute-rep";
import { addActivities } from "../../factories/activity";
import { callerFor } from "../../factories/caller";
import { addMember, createOrg, createTeam } from "../../factories";

const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e as TRPCError).code);

async function orgWithTwoTeams(industry = "software") {
  const { org, owner } = await createOrg({ industry });
  const a = await createTeam(org.id, "A");
  const b = await createTeam(org.id, "B");
  const managerA = await addMember(org.id, "MANAGER", { teamId: a.id });
  const repA = await addMember(org.id, "REP", { teamId: a.id, name: "Rita Alpha" });
  const repA2 = await addMember(org.id, "REP", { teamId: a.id });
  const repB = await addMember(org.id, "REP", { teamId: b.id, name: "Bob Beta" });
  for (const [i, m] of [repA, repA2, repB].entries()) {
    await addActivities(m.rep, Array.from({ length: 5 + i * 10 }, () => ({ kind: "COMMENT" as const, occurredAt: new Date() })));
  }
  await recomputeOrgScores(db, { organizationId: org.id });
  return { org, owner, managerA, repA, repA2, repB };
}

describe("who sees whose score", () => {
  it("a rep sees only themselves; a manager their team; an admin everyone; another org nobody", async () => {
    const { org, owner, managerA, repA, repB } = await orgWithTwoTeams();
    const { org: other } = await createOrg();
    const outsider = await addMember(other.id, "ADMIN");
    const s = org.slug;
    const cells: [string, () => Promise<unknown>, string][] = [
      ["rep → self (implicit)", () => callerFor(repA.user.id).score.current({ orgSlug: s }), "OK"],
      ["rep → self (explicit)", () => callerFor(repA.user.id).score.current({ orgSlug: s, repId: repA.rep.id }), "OK"],
      ["rep → other team's rep", () => callerFor(repA.user.id).score.current({ orgSlug: s, repId: repB.rep.id }), "NOT_FOUND"],
      ["rep → history of other rep", () => callerFor(repA.user.id).score.history({ orgSlug: s, repId: repB.rep.id, weeks: 12 }), "NOT_FOUND"],
      ["manager A → team A rep", () => callerFor(managerA.user.id).score.current({ orgSlug: s, repId: repA.rep.id }), "OK"],
      ["manager A → team B rep", () => callerFor(managerA.user.id).score.current({ orgSlug: s, repId: repB.rep.id }), "NOT_FOUND"],
      ["manager A → goal of team B rep", () => callerFor(managerA.user.id).goals.forRep({ orgSlug: s, repId: repB.rep.id }), "NOT_FOUND"],
      ["owner → team B rep", () => callerFor(owner.id).score.current({ orgSlug: s, repId: repB.rep.id }), "OK"],
      ["owner → ranks of team B rep", () => callerFor(owner.id).score.ranks({ orgSlug: s, repId: repB.rep.id }), "OK"],
      ["other org admin → this org", () => callerFor(outsider.user.id).score.current({ orgSlug: s, repId: repA.rep.id }), "NOT_FOUND"],
      ["other org admin → this org's rep via own org", () => callerFor(outsider.user.id).score.current({ orgSlug: other.slug, repId: repA.rep.id }), "NOT_FOUND"],
      ["rep → set another team's goal", () => callerFor(repA.user.id).goals.setTeam({ orgSlug: s, teamId: "x", target: 70, dueDate: null }), "FORBIDDEN"],
    ];
    for (const [name, call, want] of cells) expect(await codeOf(call()), name).toBe(want);
    expect(cells).toHaveLength(12);
  });

  it("industry ranks use only aggregates of other organisations, and small groups are withheld from reps", async () => {
    const mine = await orgWithTwoTeams("logistics");
    // Two more organisations in the same industry make the platform sample big enough (≥ 10 reps, ≥ 3 orgs).
    for (let k = 0; k < 2; k++) {
      const { org } = await createOrg({ industry: "logistics", name: `Rival ${k}` });
      for (let i = 0; i < 4; i++) {
        const { rep } = await addMember(org.id, "REP", { name: `Secret Rival ${k}-${i}` });
        await addActivities(rep, Array.from({ length: 3 + i }, () => ({ kind: "SEARCH" as const, occurredAt: new Date() })));
      }
      await recomputeOrgScores(db, { organizationId: org.id });
    }
    const ranks = await callerFor(mine.repA.user.id).score.ranks({ orgSlug: mine.org.slug });
    expect(ranks.industry.source).toBe("PLATFORM");
    expect(ranks.industry.percentile).toBeGreaterThan(0);
    const json = JSON.stringify(ranks);
    expect(json).not.toMatch(/Rival/);
    const foreignIds = await db.repProfile.findMany({ where: { displayName: { startsWith: "Secret Rival" } }, select: { id: true, organizationId: true } });
    for (const f of foreignIds) {
      expect(json).not.toContain(f.id);
      expect(json).not.toContain(f.organizationId);
    }
    // Team B has one rep: a rep of team B gets no team average or rank; the manager would.
    const b = await callerFor(mine.repB.user.id).score.ranks({ orgSlug: mine.org.slug });
    expect(b.team).toMatchObject({ name: "B", size: 1, average: null, percentile: null, withheld: true });
    const asOwner = await callerFor(mine.owner.id).score.ranks({ orgSlug: mine.org.slug, repId: mine.repB.rep.id });
    expect(asOwner.team?.average).not.toBeNull();
  });

  it("falls back to the reference distribution with too few organisations, and says so", async () => {
    const { org, repA } = await orgWithTwoTeams("healthcare");
    const ranks = await callerFor(repA.user.id).score.ranks({ orgSlug: org.slug });
    expect(ranks.industry.source).toBe("REFERENCE");
    expect(ranks.industry.benchmarkSource).toBe("reference");
    expect(ranks.industry.benchmarkSourceText).toMatch(/Illustrative/);
    expect(ranks.industry.topPercent).toBeGreaterThanOrEqual(1);
  });
});
