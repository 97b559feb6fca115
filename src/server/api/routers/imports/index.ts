import { z } from "zod";
import { callerOf } from "~/server/api/caller";
import { adminProcedure, orgProcedure, router } from "~/server/api/trpc";
import { getImportStatus, listImports } from "~/server/services/imports/import-status";

export const importsRouter = router({
  get: orgProcedure.input(z.object({ importJobId: z.string().min(1).max(64) })).query(({ ctx, input }) => getImportStatus(ctx.db, callerOf(ctx), input.importJobId)),
  list: orgProcedure.query(({ ctx }) => listImports(ctx.db, callerOf(ctx))),
  /** Reps an admin may import for (name and id). */
  reps: adminProcedure.query(({ ctx }) =>
    ctx.db.repProfile.findMany({
      where: { organizationId: ctx.org.id, archivedAt: null },
      select: { id: true, displayName: true },
      orderBy: { displayName: "asc" },
    }),
  ),
});
