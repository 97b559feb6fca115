import { z } from "zod";
import { adminProcedure, router } from "~/server/api/trpc";
import { mailTransport } from "~/server/services/mail/transport";
import { previewReport, sendTestReport } from "~/server/services/reports/preview-report";

const target = z.object({ userId: z.string().min(1).max(64), kind: z.enum(["REP_REPORT", "MANAGER_REPORT"]) });

export const reportsRouter = router({
  /** Members whose report an admin can preview. */
  members: adminProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.membership.findMany({
      where: { organizationId: ctx.org.id },
      select: { role: true, emailReports: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    });
    return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, emailReports: r.emailReports }));
  }),
  preview: adminProcedure.input(target).query(({ ctx, input }) => previewReport(ctx.db, { organizationId: ctx.org.id, ...input })),
  sendTest: adminProcedure.input(target).mutation(({ ctx, input }) =>
    sendTestReport(ctx.db, { organizationId: ctx.org.id, ...input, toUserId: ctx.userId, transport: mailTransport() }),
  ),
});
