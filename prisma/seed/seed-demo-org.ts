// Creates (or tops up) the demo organisation idempotently: users, memberships, teams, rep profiles
// and 39 weeks of activity (26 snapshot weeks + a full 90-day window before them) with deterministic external ids (re-running adds nothing new that day).
import type { Db } from "~/server/db";
import { hashPassword } from "~/server/auth/password";
import { insertActivities, type ActivityRow } from "~/server/services/activity/insert-activities";
import { generateActivity } from "./activity-generator";
import { DEMO_ORG, DEMO_PASSWORD, DEMO_PEOPLE, TEAMS } from "./demo-org";

const ALL_SOURCES = {
  profile: true,
  content: true,
  searches: true,
  profileViews: true,
  invitations: true,
  connections: true,
  messages: true,
  endorsements: true,
  recommendations: true,
  follows: true,
  groups: true,
  engagementReceived: true,
};

export async function seedDemoOrg(db: Db, opts: { now?: Date; weeks?: number; log?: (msg: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  const now = opts.now ?? new Date();
  const endDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const org = await db.organization.upsert({
    where: { slug: DEMO_ORG.slug },
    create: DEMO_ORG,
    update: {},
  });

  const teams = new Map<string, string>();
  for (const name of TEAMS) {
    const team = await db.team.upsert({
      where: { organizationId_name: { organizationId: org.id, name } },
      create: { organizationId: org.id, name },
      update: {},
    });
    teams.set(name, team.id);
  }

  let activityRows = 0;
  for (const person of DEMO_PEOPLE) {
    const user = await db.user.upsert({
      where: { email: person.email },
      create: { email: person.email, name: person.name, passwordHash },
      update: {},
    });
    await db.membership.upsert({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
      create: { organizationId: org.id, userId: user.id, role: person.role },
      update: {},
    });
    const rep = await db.repProfile.upsert({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
      create: {
        organizationId: org.id,
        userId: user.id,
        displayName: person.name,
        jobTitle: person.title,
        ...person.profile,
        dataSources: person.persona ? ALL_SOURCES : {},
      },
      update: {},
    });
    const teamLinks: { teamId: string; role: "MANAGER" | "MEMBER" }[] = [
      ...(person.team ? [{ teamId: teams.get(person.team)!, role: "MEMBER" as const }] : []),
      ...(person.managesTeams ?? []).map((t) => ({ teamId: teams.get(t)!, role: "MANAGER" as const })),
    ];
    for (const link of teamLinks) {
      await db.teamMember.upsert({
        where: { teamId_userId: { teamId: link.teamId, userId: user.id } },
        create: { organizationId: org.id, userId: user.id, ...link },
        update: {},
      });
    }
    if (person.persona) {
      const rows: ActivityRow[] = generateActivity(person.email, person.persona, endDay, opts.weeks ?? 39).map((a) => ({
        ...a,
        organizationId: org.id,
        repId: rep.id,
        source: "SEED",
      }));
      for (let i = 0; i < rows.length; i += 5_000) {
        activityRows += (await insertActivities(db, rows.slice(i, i + 5_000))).length;
      }
    }
  }
  log(`demo org "${org.name}" (/o/${org.slug}): ${DEMO_PEOPLE.length} people, ${TEAMS.length} teams, ${activityRows} new activity rows`);
  return { org, activityRows };
}
