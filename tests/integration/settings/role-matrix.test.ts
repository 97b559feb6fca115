import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Invitations are really sent: this suite runs its own capture SMTP server.
const SMTP_PORT = vi.hoisted(() => {
  const port = 25000 + (process.pid % 2000) + Number(process.env.VITEST_POOL_ID ?? 0) * 2000;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

import { appRouter } from "~/server/api/root";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { callerFor } from "../../factories/caller";
import { BENCHMARK_CSV, codeOf, procedureAt, settingsFixture, uid, type SettingsFixture } from "./helpers";

let smtp: CaptureServer;
beforeAll(async () => {
  smtp = await startCaptureServer({ port: SMTP_PORT });
});
afterAll(async () => {
  closeMailTransport();
  await smtp.close();
});

type Sample = (f: SettingsFixture) => Record<string, unknown>;

/** A valid input for every settings procedure (orgSlug is added). A new procedure without one fails the suite. */
const SAMPLES: Record<string, Sample> = {
  "settings.org.get": () => ({}),
  "settings.org.update": () => ({ goalTarget: 72, timezone: "Europe/Paris" }),
  "settings.members.list": () => ({}),
  "settings.members.changeRole": (f) => ({ membershipId: f.rep.membership.id, role: "MANAGER" }),
  "settings.members.remove": (f) => ({ membershipId: f.rep.membership.id }),
  "settings.invitations.list": () => ({}),
  "settings.invitations.create": (f) => ({ email: `invitee-${uid()}@example.test`, role: "REP", teamId: f.team.id }),
  "settings.invitations.bulk": () => ({ csv: `email,role\nbulk-${uid()}@example.test,rep\nbulk-${uid()}@example.test,manager`, defaultRole: "REP", defaultTeamId: null }),
  "settings.invitations.resend": (f) => ({ invitationId: f.invitation.id }),
  "settings.invitations.revoke": (f) => ({ invitationId: f.invitation.id }),
  "settings.teams.list": () => ({}),
  "settings.teams.create": () => ({ name: `Team ${uid()}` }),
  "settings.teams.rename": (f) => ({ teamId: f.team.id, name: `Renamed ${uid()}` }),
  "settings.teams.delete": (f) => ({ teamId: f.team.id }),
  "settings.teams.setPeople": (f) => ({ teamId: f.team.id, managerIds: [f.manager.user.id], memberIds: [f.rep.user.id] }),
  "settings.schedule.get": () => ({}),
  "settings.schedule.update": () => ({ reportDay: 3, reportHour: 9, repReportsEnabled: true, managerReportsEnabled: false }),
  "settings.apiKeys.list": () => ({}),
  "settings.apiKeys.create": () => ({ name: "CI", scopes: ["read", "write"] }),
  "settings.apiKeys.revoke": (f) => ({ apiKeyId: f.apiKey.id }),
  "settings.benchmarks.get": () => ({}),
  "settings.benchmarks.preview": () => ({ csv: BENCHMARK_CSV }),
  "settings.benchmarks.save": () => ({ csv: BENCHMARK_CSV }),
  "settings.benchmarks.remove": () => ({}),
  "settings.audit.list": () => ({ page: 1, pageSize: 25 }),
  "settings.audit.filters": () => ({}),
  "settings.data.exports": () => ({}),
  "settings.data.startExport": () => ({ format: "json" }),
  "settings.data.reps": () => ({}),
  "settings.data.deleteRepData": (f) => ({ repId: f.rep.rep.id }),
  "settings.data.deleteOrganization": (f) => ({ confirmName: f.org.name }),
};

/** Read-only views a manager may open (the settings page shows them without controls). */
const MANAGER_READABLE = new Set(["settings.org.get", "settings.members.list", "settings.teams.list"]);

/** Procedures that act on one row by id: another organisation's id must answer NOT_FOUND. */
const ID_TARGETS = new Set([
  "settings.members.changeRole",
  "settings.members.remove",
  "settings.invitations.resend",
  "settings.invitations.revoke",
  "settings.teams.rename",
  "settings.teams.delete",
  "settings.teams.setPeople",
  "settings.apiKeys.revoke",
  "settings.data.deleteRepData",
]);

const PROCEDURES = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("settings.")).sort();

describe("settings role matrix", () => {
  it("every settings procedure has a sample input (and no sample is stale)", () => {
    const missing = PROCEDURES.filter((p) => !SAMPLES[p]);
    expect(missing, "settings procedures without a sample input in role-matrix.test.ts").toEqual([]);
    expect(Object.keys(SAMPLES).sort()).toEqual(PROCEDURES);
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(31);
  });

  it("OWNER and ADMIN may, MANAGER only reads the profile, members and teams, REP nothing, foreign orgs and ids are NOT_FOUND", async () => {
    const foreign = await settingsFixture({ name: "Foreign Org" });
    const failures: string[] = [];
    let cells = 0;
    const check = async (label: string, call: Promise<unknown>, want: string) => {
      cells++;
      const got = await codeOf(call);
      if (got !== want) failures.push(`${label}: expected ${want}, got ${got}`);
    };

    for (const path of PROCEDURES) {
      const sample = SAMPLES[path]!;
      // Refusals change nothing, so one fixture serves them all.
      const shared = await settingsFixture();
      const input = (f: SettingsFixture) => ({ orgSlug: f.org.slug, ...sample(f) });
      await check(`${path} × REP`, procedureAt(callerFor(shared.rep.user.id), path)(input(shared)), "FORBIDDEN");
      if (!MANAGER_READABLE.has(path)) await check(`${path} × MANAGER`, procedureAt(callerFor(shared.manager.user.id), path)(input(shared)), "FORBIDDEN");
      await check(`${path} × admin of another org`, procedureAt(callerFor(foreign.admin.user.id), path)(input(shared)), "NOT_FOUND");
      await check(`${path} × signed out`, procedureAt(callerFor(null), path)(input(shared)), "UNAUTHORIZED");
      if (ID_TARGETS.has(path)) {
        // Own organisation in the slug, the other organisation's ids in the input.
        await check(`${path} × foreign id`, procedureAt(callerFor(shared.admin.user.id), path)({ ...sample(foreign), orgSlug: shared.org.slug }), "NOT_FOUND");
      }
      // Allowed cells may change things: a fresh organisation each.
      const allowed: ("owner" | "admin" | "manager")[] = ["owner", "admin", ...(MANAGER_READABLE.has(path) ? (["manager"] as const) : [])];
      for (const role of allowed) {
        const f = await settingsFixture();
        const userId = role === "owner" ? f.owner.id : f[role].user.id;
        await check(`${path} × ${role.toUpperCase()}`, procedureAt(callerFor(userId), path)(input(f)), "OK");
      }
    }

    expect(failures).toEqual([]);
    // Per procedure: OWNER, ADMIN, MANAGER (refused or allowed), REP, another org's admin, signed out;
    // plus one foreign-id cell per id-taking procedure.
    expect(cells).toBe(PROCEDURES.length * 6 + ID_TARGETS.size);
    console.info(`settings role matrix: ${cells} cells over ${PROCEDURES.length} procedures`);
    // The foreign organisation came through untouched.
    expect((await callerFor(foreign.owner.id).settings.members.list({ orgSlug: foreign.org.slug })).length).toBe(4);
  }, 240_000);
});
