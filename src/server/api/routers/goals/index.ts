import { z } from "zod";
import { managerProcedure, orgProcedure, router } from "~/server/api/trpc";
import { getRepGoal } from "~/server/services/goals/get-goal";
import { clearPersonalGoal, setPersonalGoal, setTeamGoal } from "~/server/services/goals/set-goal";

const target = z.number().int("Whole points only").min(1, "At least 1").max(100, "At most 100");
const dueDate = z.iso.date("Use a date like 2027-03-31").nullable().transform((d) => (d ? new Date(`${d}T00:00:00Z`) : null));

export const goalsRouter = router({
  forRep: orgProcedure.input(z.object({ repId: z.string().min(1).max(64).optional() })).query(({ ctx, input }) => getRepGoal(ctx.db, ctx.caller, input.repId)),
  setPersonal: orgProcedure.input(z.object({ target, dueDate })).mutation(async ({ ctx, input }) => {
    const goal = await setPersonalGoal(ctx.db, ctx.caller, input);
    return { target: goal.target, dueDate: goal.dueDate?.toISOString().slice(0, 10) ?? null };
  }),
  clearPersonal: orgProcedure.mutation(async ({ ctx }) => {
    await clearPersonalGoal(ctx.db, ctx.caller);
    return { ok: true };
  }),
  setTeam: managerProcedure.input(z.object({ teamId: z.string().min(1).max(64), target, dueDate })).mutation(async ({ ctx, input }) => {
    const goal = await setTeamGoal(ctx.db, ctx.caller, input);
    return { target: goal.target, dueDate: goal.dueDate?.toISOString().slice(0, 10) ?? null };
  }),
});
