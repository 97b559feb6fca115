import { simpleParser } from "mailparser";
import type { CapturedMessage } from "~/server/services/mail/capture-server";
import { db } from "~/server/db";
import { lastCompletedWeek, previousWeek, weekStart, type IsoWeek } from "~/domain/time/iso-week";
import { addMember, createOrg, createTeam } from ".";

/** An org with two teams, a manager each, reps with snapshots for the last two weeks. */
export async function orgWithReportData(opts: { timezone?: string; reps?: number } = {}) {
  const { org, owner } = await createOrg({ timezone: opts.timezone ?? "Europe/Berlin" });
  const week = lastCompletedWeek(new Date(), org.timezone) as IsoWeek;
  const prev = previousWeek(week, org.timezone);
  const teams = [await createTeam(org.id, "North"), await createTeam(org.id, "South")];
  const managers = [await addMember(org.id, "MANAGER", { teamId: teams[0]!.id, name: "Mia Manager" }), await addMember(org.id, "MANAGER", { teamId: teams[1]!.id, name: "Max Manager" })];
  const reps = [];
  for (let i = 0; i < (opts.reps ?? 6); i++) {
    const m = await addMember(org.id, "REP", { teamId: teams[i % 2]!.id, name: `Rep ${i}` });
    const total = 40 + i * 5;
    for (const [w, t] of [[prev, total - (i % 3 === 0 ? 8 : -2)], [week, total]] as const) {
      const q = t / 4;
      await db.weeklySnapshot.create({
        data: { organizationId: org.id, repId: m.rep.id, isoWeek: w, weekStart: weekStart(w, org.timezone), total: t, brand: q, findPeople: q, engage: q, relationships: q, breakdown: { v: 1, s: [] }, modelVersion: "v1.0.0", orgRankPct: 50, industryRankPct: 60, industryRankSource: "REFERENCE" },
      });
    }
    reps.push({ ...m, total });
  }
  return { org, owner, week, teams, managers, reps };
}

export async function parsed(messages: CapturedMessage[]) {
  return Promise.all(messages.map(async (m) => ({ ...m, mail: await simpleParser(m.raw) })));
}
