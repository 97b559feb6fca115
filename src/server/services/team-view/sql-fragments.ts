// SQL building blocks shared by the team view's queries. Every fragment is scoped by the
// organisation id it is given; identifiers come from closed lists, values are bound parameters.
// Rows reached through a unique key of an already scoped row (a rep's current score, a team by
// the id on its org-scoped TeamMember row) are joined by that key alone, so the planner always
// probes the unique index, whatever its row estimates.
import { Prisma } from "@prisma/client";
import { likePattern } from "~/domain/team-view/params";

/**
 * `members`: the reps of a set of teams (team MEMBERs with a live membership and a rep profile that
 * is not archived), one row per rep with their team. A rep is in at most one team; should data
 * ever say otherwise, the earliest membership within the scope wins.
 */
export function membersCte(organizationId: string, teamIds: readonly string[] | null, search?: string | null): Prisma.Sql {
  const teams = teamIds === null ? Prisma.empty : Prisma.sql`AND tm."teamId" = ANY(${[...teamIds]}::text[])`;
  const name = search ? Prisma.sql`AND r."displayName" ILIKE ${likePattern(search)}` : Prisma.empty;
  return Prisma.sql`
    SELECT DISTINCT ON (r.id) r.id, r."displayName", r."jobTitle", tm."teamId", t.name AS "teamName"
    FROM "TeamMember" tm
    JOIN "Team" t ON t.id = tm."teamId"
    JOIN "RepProfile" r ON r."organizationId" = tm."organizationId" AND r."userId" = tm."userId"
    JOIN "Membership" ms ON ms."organizationId" = r."organizationId" AND ms."userId" = r."userId"
    WHERE tm."organizationId" = ${organizationId} AND tm.role = 'MEMBER' AND r."archivedAt" IS NULL ${teams} ${name}
    ORDER BY r.id, tm."createdAt", tm."teamId"`;
}

/**
 * `weeks`: the organisation's two latest snapshot weeks (w1 = latest, w2 = the one before), each
 * found by a backward scan of the (organizationId, isoWeek) index.
 */
export function weeksCte(organizationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT l.w AS w1, (SELECT max(s."isoWeek") FROM "WeeklySnapshot" s WHERE s."organizationId" = ${organizationId} AND s."isoWeek" < l.w) AS w2
    FROM (SELECT max(s."isoWeek") AS w FROM "WeeklySnapshot" s WHERE s."organizationId" = ${organizationId}) l`;
}

/** The Monday of an ISO week label ("2026-W48") as a date, in SQL. */
export function isoMonday(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_date(${column} || '-1', 'IYYY-"W"IW-ID')`;
}

/** The rounded total as shown (one decimal, half away from zero), for band bounds. */
export function shownTotal(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round(${column}::numeric, 1)`;
}
