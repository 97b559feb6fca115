import { z } from "zod";
import { callerOf } from "~/server/api/caller";
import { orgProcedure, router } from "~/server/api/trpc";
import { recordOfficialReading } from "~/server/services/readings/record-reading";
import { resolveVisibleRep } from "~/server/services/reps/access";

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
      const r = await recordOfficialReading(ctx.db, { organizationId: ctx.org.id, userId: ctx.userId }, input);
      return { id: r.id, readOn: r.readOn.toISOString().slice(0, 10), total: r.total };
    }),
  list: orgProcedure.input(z.object({ repId: z.string().min(1).max(64).optional() })).query(async ({ ctx, input }) => {
    const rep = await resolveVisibleRep(ctx.db, callerOf(ctx), input.repId);
    const rows = await ctx.db.officialSsiReading.findMany({
      where: { repId: rep.id, organizationId: ctx.org.id },
      orderBy: { readOn: "desc" },
      take: 52,
    });
    return rows.map((r) => ({ readOn: r.readOn.toISOString().slice(0, 10), total: r.total, brand: r.brand, findPeople: r.findPeople, engage: r.engage, relationships: r.relationships }));
  }),
});
