// One entry per procedure of the app router (the suites fail when one is missing or stale):
// a valid input built from an organisation, and what else to try with it.
import { randomUUID } from "node:crypto";
import { BENCHMARK_CSV } from "../settings/helpers";
import { uid, type SecurityOrg } from "./world";

type Input = Record<string, unknown>;

export interface Sample {
  /** A valid input (orgSlug is added for org procedures) that every role allowed to call it may use. */
  input: (f: SecurityOrg) => Input;
  /**
   * Inputs that carry another organisation's ids (own slug, foreign ids) → NOT_FOUND. Default for
   * id-taking procedures (`ids: true`): the sample built from the other organisation.
   */
  foreign?: (own: SecurityOrg, other: SecurityOrg) => Input[];
  /** The sample of an id-taking procedure built from the other org is a foreign-id cell. */
  ids?: boolean;
  /**
   * Inputs with own-organisation ids a MANAGER (rep and team of the other team) or a REP (another
   * rep) may not reach → FORBIDDEN or NOT_FOUND.
   */
  hidden?: (f: SecurityOrg) => Input;
}

const rep = (f: SecurityOrg) => ({ repId: f.rep.rep.id });
const hiddenRep = (f: SecurityOrg) => ({ repId: f.rep2.rep.id });
const noInput = { input: () => ({}) } satisfies Sample;

export const SAMPLES: Record<string, Sample> = {
  // Public and signed-in (not organisation) procedures: checked separately for leaks.
  "auth.signUp": { input: () => ({ name: "New Person", email: `new-${uid()}@example.test`, password: "correct horse battery", orgName: `New Org ${uid()}` }) },
  "auth.invitation.describe": { input: () => ({ token: `tok_${"x".repeat(40)}` }) },
  "reports.describeUnsubscribe": { input: () => ({ token: "not-a-valid-token" }) },
  "auth.invitation.accept": { input: () => ({ token: `tok_${"x".repeat(40)}` }) },
  "auth.invitation.signUpAndAccept": { input: () => ({ token: `tok_${"x".repeat(40)}`, name: "New Person", password: "correct horse battery" }) },
  "me.organizations": noInput,
  "me.createOrganization": { input: () => ({ name: `Made Org ${uid()}` }) },
  "benchmarks.industries": noInput,

  "me.reportPreferences": noInput,
  "me.setReportPreferences": { input: () => ({ emailReports: true }) },
  "org.current": noInput,
  "score.current": { input: rep, ids: true, hidden: hiddenRep },
  "score.history": { input: (f) => ({ ...rep(f), weeks: 12, withBreakdown: true }), ids: true, hidden: (f) => ({ ...hiddenRep(f), weeks: 12 }) },
  "score.ranks": { input: rep, ids: true, hidden: hiddenRep },
  "score.weekChange": { input: rep, ids: true, hidden: hiddenRep },
  "goals.forRep": { input: rep, ids: true, hidden: hiddenRep },
  "goals.setPersonal": { input: () => ({ target: 70, dueDate: null }) },
  "goals.clearPersonal": noInput,
  "goals.setTeam": { input: (f) => ({ teamId: f.team.id, target: 70, dueDate: "2027-03-31" }), ids: true, hidden: (f) => ({ teamId: f.team2.id, target: 70, dueDate: null }) },
  "activity.kinds": noInput,
  "activity.log": { input: () => ({ kind: "COMMENT", quantity: 1, occurredAt: new Date(Date.now() - 3_600_000), clientId: randomUUID() }) },
  "readings.record": { input: () => ({ readOn: "2026-11-02", total: 50, brand: 12, findPeople: 12, engage: 13, relationships: 13 }) },
  "readings.list": { input: rep, ids: true, hidden: hiddenRep },
  "profile.get": { input: rep, ids: true, hidden: hiddenRep },
  "profile.update": { input: (f) => ({ ...rep(f), facts: { headline: "Helping teams sell" } }), ids: true, hidden: (f) => ({ ...hiddenRep(f), facts: { headline: "hijacked" } }) },
  "benchmarks.forOrg": noInput,
  "imports.get": { input: (f) => ({ importJobId: f.import1.id }), ids: true, hidden: (f) => ({ importJobId: f.import2.id }) },
  "imports.list": noInput,
  "imports.reps": noInput,
  "team.teams": noInput,
  "team.summary": { input: (f) => ({ teamId: f.team.id }), ids: true, hidden: (f) => ({ teamId: f.team2.id }) },
  "team.reps": { input: (f) => ({ teamId: f.team.id, search: "a", sort: "total", page: 1, pageSize: 25 }), ids: true, hidden: (f) => ({ teamId: f.team2.id }) },
  "team.heatmap": { input: (f) => ({ teamId: f.team.id }), ids: true, hidden: (f) => ({ teamId: f.team2.id }) },
  "team.trend": {
    input: (f) => ({ teamId: f.team.id, weeks: 12 }),
    foreign: (own, other) => [{ teamId: other.team.id, weeks: 12 }, { teamId: own.team.id, compareTeamId: other.team.id, weeks: 26 }],
    hidden: (f) => ({ teamId: f.team.id, compareTeamId: f.team2.id, weeks: 12 }),
  },
  "team.movers": { input: (f) => ({ teamId: f.team.id }), ids: true, hidden: (f) => ({ teamId: f.team2.id }) },
  "team.leaderboard": { input: () => ({ scope: "organization" }) },
  "reports.members": noInput,
  "reports.preview": { input: (f) => ({ userId: f.rep.user.id, kind: "REP_REPORT" }), ids: true },
  "reports.sendTest": { input: (f) => ({ userId: f.manager.user.id, kind: "MANAGER_REPORT" }), ids: true },

  "settings.org.get": noInput,
  "settings.org.update": { input: () => ({ goalTarget: 72, timezone: "Europe/Paris" }) },
  "settings.members.list": noInput,
  "settings.members.changeRole": { input: (f) => ({ membershipId: f.rep.membership.id, role: "MANAGER" }), ids: true },
  "settings.members.remove": { input: (f) => ({ membershipId: f.rep.membership.id }), ids: true },
  "settings.invitations.list": noInput,
  "settings.invitations.create": { input: (f) => ({ email: `invitee-${uid()}@example.test`, role: "REP", teamId: f.team.id }), ids: true },
  "settings.invitations.bulk": {
    input: (f) => ({ csv: `email,role\nbulk-${uid()}@example.test,rep`, defaultRole: "REP", defaultTeamId: f.team.id }),
    ids: true,
  },
  "settings.invitations.resend": { input: (f) => ({ invitationId: f.invitation.id }), ids: true },
  "settings.invitations.revoke": { input: (f) => ({ invitationId: f.invitation.id }), ids: true },
  "settings.teams.list": noInput,
  "settings.teams.create": {
    input: (f) => ({ name: `Team ${uid()}`, managerIds: [f.manager.user.id], memberIds: [f.rep.user.id] }),
    foreign: (_own, other) => [{ name: `Team ${uid()}`, managerIds: [other.manager.user.id], memberIds: [other.rep.user.id] }],
  },
  "settings.teams.rename": { input: (f) => ({ teamId: f.team.id, name: `Renamed ${uid()}` }), ids: true },
  "settings.teams.delete": { input: (f) => ({ teamId: f.team.id }), ids: true },
  "settings.teams.setPeople": {
    input: (f) => ({ teamId: f.team.id, managerIds: [f.manager.user.id], memberIds: [f.rep.user.id] }),
    foreign: (own, other) => [
      { teamId: other.team.id, managerIds: [], memberIds: [] },
      { teamId: own.team.id, managerIds: [other.manager.user.id], memberIds: [other.rep.user.id] },
    ],
  },
  "settings.schedule.get": noInput,
  "settings.schedule.update": { input: () => ({ reportDay: 3, reportHour: 9, repReportsEnabled: true, managerReportsEnabled: false }) },
  "settings.apiKeys.list": noInput,
  "settings.apiKeys.create": { input: () => ({ name: "CI", scopes: ["read", "write"] }) },
  "settings.apiKeys.revoke": { input: (f) => ({ apiKeyId: f.apiKey.id }), ids: true },
  "settings.benchmarks.get": noInput,
  "settings.benchmarks.preview": { input: () => ({ csv: BENCHMARK_CSV }) },
  "settings.benchmarks.save": { input: () => ({ csv: BENCHMARK_CSV }) },
  "settings.benchmarks.remove": noInput,
  "settings.audit.list": { input: () => ({ page: 1, pageSize: 25 }), foreign: (_own, other) => [{ actorId: other.owner.id, page: 1, pageSize: 25 }] },
  "settings.audit.filters": noInput,
  "settings.data.exports": noInput,
  "settings.data.startExport": { input: () => ({ format: "json" }) },
  "settings.data.reps": noInput,
  "settings.data.deleteRepData": { input: (f) => ({ repId: f.rep.rep.id }), ids: true },
  "settings.data.deleteOrganization": { input: (f) => ({ confirmName: f.org.name }), foreign: (_own, other) => [{ confirmName: other.org.name }] },
};

/** The cells a Sample adds for one procedure: foreign-id inputs (own slug). */
export function foreignInputs(s: Sample, own: SecurityOrg, other: SecurityOrg): Input[] {
  if (s.foreign) return s.foreign(own, other);
  return s.ids ? [s.input(other)] : [];
}
