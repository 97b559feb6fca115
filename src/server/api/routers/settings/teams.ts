import { z } from "zod";
import { idListSchema, teamNameSchema } from "~/lib/settings/schemas";
import { adminProcedure, managerProcedure, router } from "~/server/api/trpc";
import { listTeams } from "~/server/services/teams/list-teams";
import { createTeam, deleteTeam, renameTeam, updateTeamPeople } from "~/server/services/teams/team-mutations";

const teamId = z.string().min(1).max(64);

export const teamsRouter = router({
  /** Teams with managers and members. Managers may read it. */
  list: managerProcedure.query(({ ctx }) => listTeams(ctx.db, ctx.caller)),
  create: adminProcedure
    .input(z.object({ name: teamNameSchema, managerIds: idListSchema.optional(), memberIds: idListSchema.optional() }))
    .mutation(({ ctx, input }) => createTeam(ctx.db, ctx.caller, { name: input.name, managerIds: input.managerIds, memberIds: input.memberIds })),
  rename: adminProcedure
    .input(z.object({ teamId, name: teamNameSchema }))
    .mutation(({ ctx, input }) => renameTeam(ctx.db, ctx.caller, { teamId: input.teamId, name: input.name })),
  delete: adminProcedure
    .input(z.object({ teamId }))
    .mutation(({ ctx, input }) => deleteTeam(ctx.db, ctx.caller, { teamId: input.teamId })),
  /** Exactly these managers and members; reps added here leave their previous team. */
  setPeople: adminProcedure
    .input(z.object({ teamId, managerIds: idListSchema, memberIds: idListSchema }))
    .mutation(({ ctx, input }) =>
      updateTeamPeople(ctx.db, ctx.caller, { teamId: input.teamId, managerIds: input.managerIds, memberIds: input.memberIds }),
    ),
});
