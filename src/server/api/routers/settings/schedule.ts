import { reportScheduleSchema } from "~/lib/settings/schemas";
import { adminProcedure, router } from "~/server/api/trpc";
import { getReportSchedule, updateReportSchedule } from "~/server/services/schedules/report-schedule";

export const scheduleRouter = router({
  get: adminProcedure.query(({ ctx }) => getReportSchedule(ctx.db, ctx.caller)),
  update: adminProcedure
    .input(reportScheduleSchema)
    .mutation(({ ctx, input: { orgSlug: _request, ...schedule } }) => updateReportSchedule(ctx.db, ctx.caller, { schedule })),
});
