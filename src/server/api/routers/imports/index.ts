import { z } from "zod";
import { adminProcedure, orgProcedure, router } from "~/server/api/trpc";
import { getImportStatus, listImports } from "~/server/services/imports/import-status";
import { listActiveReps } from "~/server/services/reps/list-reps";

export const importsRouter = router({
  get: orgProcedure.input(z.object({ importJobId: z.string().min(1).max(64) })).query(({ ctx, input }) => getImportStatus(ctx.db, ctx.caller, input.importJobId)),
  list: orgProcedure.query(({ ctx }) => listImports(ctx.db, ctx.caller)),
  /** Reps an admin may import for (name and id). */
  reps: adminProcedure.query(({ ctx }) => listActiveReps(ctx.db, ctx.caller)),
});
