import { z } from "zod";
import { exportFormatSchema } from "~/lib/settings/schemas";
import { adminProcedure, router } from "~/server/api/trpc";
import { deleteOrganization } from "~/server/services/org-data/delete-organization";
import { deleteRepData, listRepsForDeletion } from "~/server/services/org-data/delete-rep-data";
import { listExports, requestExport } from "~/server/services/org-data/exports";

export const dataRouter = router({
  exports: adminProcedure.query(({ ctx }) => listExports(ctx.db, ctx.caller)),
  /** Queues an export ZIP; download it from /api/exports/<id> when it is done. */
  startExport: adminProcedure
    .input(z.object({ format: exportFormatSchema }))
    .mutation(({ ctx, input }) => requestExport(ctx.db, ctx.caller, { format: input.format })),
  reps: adminProcedure.query(({ ctx }) => listRepsForDeletion(ctx.db, ctx.caller)),
  deleteRepData: adminProcedure
    .input(z.object({ repId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => deleteRepData(ctx.db, ctx.caller, { repId: input.repId })),
  /** Everything of the organisation, after its exact name is typed. */
  deleteOrganization: adminProcedure
    .input(z.object({ confirmName: z.string().max(200) }))
    .mutation(({ ctx, input }) => deleteOrganization(ctx.db, ctx.caller, { confirmName: input.confirmName })),
});
