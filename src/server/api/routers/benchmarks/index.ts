import { orgProcedure, publicProcedure, router } from "~/server/api/trpc";
import { getOrgBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { industryOptions } from "~/server/services/benchmarks/reference-csv";

export const benchmarksRouter = router({
  /** The benchmark the organisation is compared with (its own, platform or reference) and its provenance. */
  forOrg: orgProcedure.query(({ ctx }) => getOrgBenchmark(ctx.db, ctx.caller)),
  industries: publicProcedure.query(() => industryOptions()),
});
