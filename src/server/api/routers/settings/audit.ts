import { auditQuerySchema } from "~/lib/settings/schemas";
import { adminProcedure, router } from "~/server/api/trpc";
import { auditFilterOptions, listAuditLog } from "~/server/services/audit/list-audit-log";

export const auditRouter = router({
  list: adminProcedure
    .input(auditQuerySchema)
    .query(({ ctx, input: { orgSlug: _request, ...query } }) => listAuditLog(ctx.db, ctx.caller, { timeZone: ctx.org.timezone, query })),
  filters: adminProcedure.query(({ ctx }) => auditFilterOptions(ctx.db, ctx.caller)),
});
