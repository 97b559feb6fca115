import { z } from "zod";
import { orgProcedure, router } from "~/server/api/trpc";
import { recordOfficialReading } from "~/server/services/readings/record-reading";
import { listReadings } from "~/server/services/readings/list-readings";

const pillar = z.number().min(0, "0 to 25").max(25, "0 to 25");
const topPercent = z.number().min(0.1, "Between 0.1 and 100").max(100, "Between 0.1 and 100").nullable().optional();

export const readingsRouter = router({
  record: orgProcedure
    .input(
      z.object({
        readOn: z.iso.date("Use a date like 2026-11-27").transform((d) => new Date(`${d}T00:00:00Z`)),
        total: z.number().min(0, "0 to 100").max(100, "0 to 100"),
        brand: pillar,
        findPeople: pillar,
        engage: pillar,
        relationships: pillar,
        industryTopPercent: topPercent,
        networkTopPercent: topPercent,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const r = await recordOfficialReading(ctx.db, ctx.caller, input);
      return { id: r.id, readOn: r.readOn.toISOString().slice(0, 10), total: r.total };
    }),
  list: orgProcedure.input(z.object({ repId: z.string().min(1).max(64).optional() })).query(({ ctx, input }) => listReadings(ctx.db, ctx.caller, input)),
});
