import type { Db } from "~/server/db";

/** repId → teamId for every rep who is a MEMBER of a team (a rep is in at most one team). */
export async function repTeamMap(db: Db, organizationId: string): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ repId: string; teamId: string }[]>`
    SELECT DISTINCT ON (r.id) r.id AS "repId", tm."teamId"
    FROM "RepProfile" r JOIN "TeamMember" tm ON tm."userId" = r."userId" AND tm."organizationId" = r."organizationId" AND tm.role = 'MEMBER'
    WHERE r."organizationId" = ${organizationId}
    ORDER BY r.id, tm."createdAt"`;
  return new Map(rows.map((r) => [r.repId, r.teamId]));
}
