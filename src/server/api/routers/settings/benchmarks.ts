import { z } from "zod";
import { adminProcedure, router } from "~/server/api/trpc";
import { BENCHMARK_CSV_MAX_CHARS, getOrgBenchmarks, previewBenchmarkCsv, removeOrgBenchmarks, saveOrgBenchmarks } from "~/server/services/benchmarks/org-benchmarks";

const csv = z.object({ csv: z.string().min(1, "Choose a CSV file").max(BENCHMARK_CSV_MAX_CHARS, "The file is too large") });

export const benchmarksSettingsRouter = router({
  get: adminProcedure.query(({ ctx }) => getOrgBenchmarks(ctx.db, ctx.caller)),
  /** Validates without saving (a mutation: the CSV is too large for a GET). */
  preview: adminProcedure.input(csv).mutation(({ input }) => previewBenchmarkCsv(input.csv)),
  save: adminProcedure.input(csv).mutation(({ ctx, input }) => saveOrgBenchmarks(ctx.db, ctx.caller, { csv: input.csv })),
  /** Back to the platform's values. */
  remove: adminProcedure.mutation(({ ctx }) => removeOrgBenchmarks(ctx.db, ctx.caller)),
});
