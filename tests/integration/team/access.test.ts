import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "~/app/api/team/export/route";
import { db } from "~/server/db";
import { callerFor } from "../../factories/caller";
import { sessionCookie } from "../../factories/session";
import { addMember, createOrg, createTeam } from "../../factories";
import { codeOf, setCurrent, setSnapshots } from "./helpers";

// Who may see what in the team view: every procedure × every role, own and foreign organisation,
// and the teams a manager does not manage. Counts the cells so the matrix cannot pass empty.

type World = Awaited<ReturnType<typeof world>>;

async function world() {
  const { org, owner } = await createOrg({ name: "Acme" });
  const a = await createTeam(org.id, "Alpha");
  const b = await createTeam(org.id, "Beta");
  const managerA = await addMember(org.id, "MANAGER", { teamId: a.id, name: "Manny Alpha" });
  const managerNone = await addMember(org.id, "MANAGER", { name: "Manny Nobody" });
  const admin = await addMember(org.id, "ADMIN", { name: "Ada Admin" });
  const repsA = await Promise.all(["Rita Alpha", "Ray Alpha", "Rosa Alpha"].map((name) => addMember(org.id, "REP", { teamId: a.id, name })));
  const repsB = await Promise.all(["Bob Beta", "Bea Beta"].map((name) => addMember(org.id, "REP", { teamId: b.id, name })));
  for (const [i, m] of [...repsA, ...repsB].entries()) {
    await setCurrent(m.rep, 40 + i * 7);
    await setSnapshots(m.rep, [40 + i * 7, 38 + i * 5], { teamId: i < 3 ? a.id : b.id });
  }
  const { org: other } = await createOrg({ name: "Other" });
  const otherTeam = await createTeam(other.id, "Other team");
  const outsider = await addMember(other.id, "ADMIN", { name: "Otto Outsider" });
  const otherRep = await addMember(other.id, "REP", { teamId: otherTeam.id, name: "Olga Other" });
  await setCurrent(otherRep.rep, 66);
  return { org, owner, a, b, managerA, managerNone, admin, repsA, repsB, other, otherTeam, outsider, otherRep };
}

let w: World;
beforeAll(async () => {
  w = await world();
});

const procedures = (userId: string | null, orgSlug: string, teamId?: string) => {
  const t = callerFor(userId).team;
  const team = teamId ? { teamId } : {};
  return {
    teams: () => t.teams({ orgSlug }),
    summary: () => t.summary({ orgSlug, ...team }),
    reps: () => t.reps({ orgSlug, ...team }),
    heatmap: () => t.heatmap({ orgSlug, ...team }),
    trend: () => t.trend({ orgSlug, weeks: 12, ...team }),
    movers: () => t.movers({ orgSlug, ...team }),
  };
};

describe("team procedures × roles", () => {
  it("reps are FORBIDDEN, managers and admins allowed, other organisations NOT_FOUND, signed out UNAUTHORIZED", async () => {
    const s = w.org.slug;
    const expectations: [string, string | null, string, string][] = [
      ["rep", w.repsA[0]!.user.id, s, "FORBIDDEN"],
      ["manager of A", w.managerA.user.id, s, "OK"],
      ["manager of no team", w.managerNone.user.id, s, "OK"],
      ["admin", w.admin.user.id, s, "OK"],
      ["owner", w.owner.id, s, "OK"],
      ["other org's admin", w.outsider.user.id, s, "NOT_FOUND"],
      ["signed out", null, s, "UNAUTHORIZED"],
    ];
    let cells = 0;
    for (const [who, userId, slug, want] of expectations) {
      for (const [name, call] of Object.entries(procedures(userId, slug))) {
        expect(await codeOf(call()), `${who} → team.${name}`).toBe(want);
        cells++;
      }
    }
    expect(cells).toBe(7 * 6);
  });

  it("a team the caller may not see answers NOT_FOUND, like another organisation's team", async () => {
    const s = w.org.slug;
    const cases: [string, string, string, string][] = [
      ["manager A → team B", w.managerA.user.id, w.b.id, "NOT_FOUND"],
      ["manager A → other org's team", w.managerA.user.id, w.otherTeam.id, "NOT_FOUND"],
      ["manager of no team → team A", w.managerNone.user.id, w.a.id, "NOT_FOUND"],
      ["admin → other org's team", w.admin.user.id, w.otherTeam.id, "NOT_FOUND"],
      ["admin → made-up team", w.admin.user.id, "no-such-team", "NOT_FOUND"],
      ["manager A → team A", w.managerA.user.id, w.a.id, "OK"],
      ["admin → team B", w.admin.user.id, w.b.id, "OK"],
    ];
    let cells = 0;
    for (const [who, userId, teamId, want] of cases) {
      for (const [name, call] of Object.entries(procedures(userId, s, teamId))) {
        if (name === "teams") continue;
        expect(await codeOf(call()), `${who}: team.${name}`).toBe(want);
        cells++;
      }
    }
    // The trend's second team obeys the same rule.
    expect(await codeOf(callerFor(w.managerA.user.id).team.trend({ orgSlug: s, weeks: 12, compareTeamId: w.b.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(w.admin.user.id).team.trend({ orgSlug: s, weeks: 12, teamId: w.a.id, compareTeamId: w.b.id }))).toBe("OK");
    expect(cells).toBe(7 * 5);
  });

  it("a manager of team A never receives a row, name or id of team B; an admin sees both", async () => {
    const s = w.org.slug;
    const asManager = procedures(w.managerA.user.id, s);
    const responses = await Promise.all(Object.values(asManager).map((call) => call()));
    const json = JSON.stringify(responses);
    for (const r of w.repsB) {
      expect(json).not.toContain(r.rep.id);
      expect(json).not.toContain(r.user.name);
    }
    expect(json).not.toContain(w.b.id);
    expect(json).not.toContain("Olga Other");
    const table = await callerFor(w.managerA.user.id).team.reps({ orgSlug: s, pageSize: 100 });
    expect(table.rows.map((r) => r.name).sort()).toEqual(["Ray Alpha", "Rita Alpha", "Rosa Alpha"]);
    expect((await callerFor(w.managerA.user.id).team.teams({ orgSlug: s })).teams.map((t) => t.name)).toEqual(["Alpha"]);

    const asAdmin = await callerFor(w.admin.user.id).team.reps({ orgSlug: s, pageSize: 100 });
    expect(asAdmin.rows.map((r) => r.name).sort()).toEqual(["Bea Beta", "Bob Beta", "Ray Alpha", "Rita Alpha", "Rosa Alpha"]);
    expect((await callerFor(w.owner.id).team.teams({ orgSlug: s })).teams.map((t) => [t.name, t.reps])).toEqual([
      ["Alpha", 3],
      ["Beta", 2],
    ]);
    // A manager of no team: an empty view, not an error and not the whole organisation.
    const none = await callerFor(w.managerNone.user.id).team.reps({ orgSlug: s });
    expect(none.matching).toBe(0);
    expect((await callerFor(w.managerNone.user.id).team.summary({ orgSlug: s })).reps).toBe(0);
  });

  it("withholds the organisation's average from a manager when one or two scored reps sit outside their teams", async () => {
    const s = w.org.slug;
    // Team B has two scored reps: org average − team A's would give their sum away.
    const manager = await callerFor(w.managerA.user.id).team.summary({ orgSlug: s });
    expect(manager.organization).toMatchObject({ average: null, withheld: true });
    const admin = await callerFor(w.admin.user.id).team.summary({ orgSlug: s, teamId: w.a.id });
    expect(admin.organization.withheld).toBe(false);
    expect(admin.organization.average).not.toBeNull();
  });
});

describe("the reps' leaderboard", () => {
  it("is FORBIDDEN to reps unless enabled; then names and totals only, and groups under 3 are withheld", async () => {
    const s = w.org.slug;
    const repA = callerFor(w.repsA[0]!.user.id).team;
    const repB = callerFor(w.repsB[0]!.user.id).team;
    expect(await codeOf(repA.leaderboard({ orgSlug: s }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(w.outsider.user.id).team.leaderboard({ orgSlug: s }))).toBe("NOT_FOUND");
    await db.organization.update({ where: { id: w.org.id }, data: { repLeaderboardEnabled: true } });
    try {
      const team = await repA.leaderboard({ orgSlug: s, scope: "team" });
      expect(team).toMatchObject({ scope: "team", group: "Alpha", withheld: false, size: 3 });
      expect(team.entries.map((e) => e.name)).toEqual(["Rosa Alpha", "Ray Alpha", "Rita Alpha"]);
      for (const e of team.entries) expect(Object.keys(e).sort()).toEqual(["isSelf", "name", "rank", "total"]);
      expect(team.entries.find((e) => e.isSelf)?.name).toBe("Rita Alpha");
      const json = JSON.stringify(team);
      for (const m of [...w.repsA, ...w.repsB]) expect(json).not.toContain(m.rep.id);
      expect(json).not.toMatch(/brand|findPeople|engage|relationships|Beta/);

      // Team B has two reps: nothing about them, not even to themselves.
      const small = await repB.leaderboard({ orgSlug: s, scope: "team" });
      expect(small).toMatchObject({ withheld: true, size: 2, entries: [] });
      const org = await repB.leaderboard({ orgSlug: s, scope: "organization" });
      expect(org.withheld).toBe(false);
      expect(org.entries).toHaveLength(5);
      // Still no manager procedures for reps.
      expect(await codeOf(repA.reps({ orgSlug: s }))).toBe("FORBIDDEN");
      expect(await codeOf(repA.summary({ orgSlug: s }))).toBe("FORBIDDEN");
    } finally {
      await db.organization.update({ where: { id: w.org.id }, data: { repLeaderboardEnabled: false } });
    }
  });
});

describe("CSV export route", () => {
  const get = async (userId: string | null, query: string) =>
    exportCsv(
      new NextRequest(`http://localhost:3000/api/team/export?${query}`, {
        headers: userId ? { cookie: await sessionCookie(userId) } : {},
      }),
    );

  it("applies the same access rules as the procedures", async () => {
    const s = w.org.slug;
    const cases: [string, string | null, string, number][] = [
      ["manager A", w.managerA.user.id, `org=${s}`, 200],
      ["manager A, team A", w.managerA.user.id, `org=${s}&team=${w.a.id}`, 200],
      ["manager A, team B", w.managerA.user.id, `org=${s}&team=${w.b.id}`, 404],
      ["manager A, other org's team", w.managerA.user.id, `org=${s}&team=${w.otherTeam.id}`, 404],
      ["rep", w.repsA[0]!.user.id, `org=${s}`, 403],
      ["other org's admin", w.outsider.user.id, `org=${s}`, 404],
      ["signed out", null, `org=${s}`, 401],
      ["admin", w.admin.user.id, `org=${s}`, 200],
    ];
    for (const [who, userId, query, status] of cases) expect((await get(userId, query)).status, who).toBe(status);
    const res = await get(w.managerA.user.id, `org=${s}`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="team-org-[\w-]+\.csv"$/);
    const text = await res.text();
    expect(text).toContain("Rita Alpha");
    expect(text).not.toContain("Beta");
  });
});
