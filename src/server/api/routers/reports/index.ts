import { z } from "zod";
import { adminProcedure, publicProcedure, router } from "~/server/api/trpc";
import { mailTransport } from "~/server/services/mail/transport";
import { previewReport, sendTestReport } from "~/server/services/reports/preview-report";
import { listReportMembers } from "~/server/services/reports/recipients";
import { describeUnsubscribe } from "~/server/services/reports/unsubscribe";

const target = z.object({ userId: z.string().min(1).max(64), kind: z.enum(["REP_REPORT", "MANAGER_REPORT"]) });

export const reportsRouter = router({
  /** What an unsubscribe link would turn off (the signed token is the only credential; changes nothing). */
  describeUnsubscribe: publicProcedure.input(z.object({ token: z.string().max(200) })).query(({ ctx, input }) => describeUnsubscribe(ctx.db, input.token)),
  /** Members whose report an admin can preview. */
  members: adminProcedure.query(({ ctx }) => listReportMembers(ctx.db, ctx.caller)),
  preview: adminProcedure.input(target).query(({ ctx, input }) => previewReport(ctx.db, ctx.caller, input)),
  sendTest: adminProcedure.input(target).mutation(({ ctx, input }) =>
    sendTestReport(ctx.db, ctx.caller, { ...input, transport: mailTransport() }),
  ),
});
