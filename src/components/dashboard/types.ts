// The shapes the dashboard renders, inferred from the procedures so they can never drift.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Out = inferRouterOutputs<AppRouter>;
type In = inferRouterInputs<AppRouter>;

export type CurrentScore = Out["score"]["current"];
export type ScoreData = NonNullable<CurrentScore["score"]>;
export type OfficialReading = NonNullable<CurrentScore["official"]>;
export type Ranks = Out["score"]["ranks"];
export type HistoryPoint = Out["score"]["history"][number];
export type WeekChange = NonNullable<Out["score"]["weekChange"]>;
export type RepGoal = Out["goals"]["forRep"];
export type ActivityKindOption = Out["activity"]["kinds"][number];
export type HistoryWeeks = NonNullable<In["score"]["history"]["weeks"]>;

/** Which rep a dashboard shows: the caller's own (no repId) or one they may see. */
export interface RepRef {
  orgSlug: string;
  repId?: string;
}

/** The input every rep-scoped query takes; repId only when it is set, so cache keys match. */
export function repInput(ref: RepRef): { orgSlug: string; repId?: string } {
  return ref.repId ? { orgSlug: ref.orgSlug, repId: ref.repId } : { orgSlug: ref.orgSlug };
}
