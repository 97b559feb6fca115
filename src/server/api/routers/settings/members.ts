import { z } from "zod";
import { roleSchema } from "~/lib/settings/schemas";
import { adminProcedure, managerProcedure, router } from "~/server/api/trpc";
import { changeMemberRole } from "~/server/services/members/change-role";
import { listMembers } from "~/server/services/members/list-members";
import { removeMember } from "~/server/services/members/remove-member";

const membershipId = z.string().min(1).max(64);

export const membersRouter = router({
  /** Everyone with role, teams and last activity. Managers may read it. */
  list: managerProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.caller)),
  changeRole: adminProcedure
    .input(z.object({ membershipId, role: roleSchema }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.caller, { membershipId: input.membershipId, role: input.role })),
  remove: adminProcedure
    .input(z.object({ membershipId }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.caller, { membershipId: input.membershipId })),
});
