import { orgProcedure, publicProcedure, router } from "~/server/api/trpc";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { industryOptions } from "~/server/services/benchmarks/reference-csv";

export const benchmarksRouter = router({
  /** The benchmark the organisation is compared with (its own, platform or reference) and its provenance. */
  forOrg: orgProcedure.query(async ({ ctx }) => {
    const org = await ctx.db.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { industry: true } });
    return getBenchmark(ctx.db, { organizationId: ctx.org.id, industry: org.industry });
  }),
  industries: publicProcedure.query(() => industryOptions()),
});
