// Immutable input edits that model "one more unit of effort" for next best actions, and that
// the property tests reuse to prove monotonicity. An event done today has recency weight
// exp(−0/30) = 1, so it adds 1 to weighted, windowCount and allTimeCount alike.
import type { ActivityKind } from "@prisma/client";
import type { ProfileFacts, ScoringInput } from "./types";

export type DerivedCount =
  | "activeWeeks"
  | "formatsUsed"
  | "invitationsAccepted"
  | "conversationsStarted"
  | "conversationsInbound"
  | "conversationsReplied"
  | "welcomeMessages"
  | "decisionMakerConnections"
  | "icpConnections"
  | "connectionsWithTitle";

export const DERIVED_COUNTS: readonly DerivedCount[] = [
  "activeWeeks",
  "formatsUsed",
  "invitationsAccepted",
  "conversationsStarted",
  "conversationsInbound",
  "conversationsReplied",
  "welcomeMessages",
  "decisionMakerConnections",
  "icpConnections",
  "connectionsWithTitle",
];

function copy(input: ScoringInput): ScoringInput {
  return { ...input, profile: { ...input.profile }, kinds: { ...input.kinds }, sources: { ...input.sources } };
}

/** `qty` events of `kind` today. */
export function withKind(input: ScoringInput, kind: ActivityKind, qty = 1): ScoringInput {
  const out = copy(input);
  const agg = input.kinds[kind];
  out.kinds[kind] = {
    weighted: agg.weighted + qty,
    windowCount: agg.windowCount + qty,
    allTimeCount: agg.allTimeCount + qty,
  };
  return out;
}

/** Adds to derived counts; icpConnections stays null when no ICP is configured. */
export function withCounts(input: ScoringInput, deltas: Partial<Record<DerivedCount, number>>): ScoringInput {
  const out = copy(input);
  for (const [field, delta] of Object.entries(deltas) as [DerivedCount, number][]) {
    if (field === "icpConnections") {
      if (out.icpConnections !== null) out.icpConnections += delta;
    } else {
      out[field] += delta;
    }
  }
  return out;
}

export function withProfile(input: ScoringInput, patch: Partial<ProfileFacts>): ScoringInput {
  const out = copy(input);
  out.profile = { ...out.profile, ...patch };
  return out;
}

/** One new first-degree connection today, optionally matching the ICP or a decision-maker title. */
export function withNewConnection(
  input: ScoringInput,
  opts: { icp?: boolean; decisionMaker?: boolean } = {},
): ScoringInput {
  let out = withKind(input, "CONNECTION_ADDED");
  const count = out.profile.connectionCount;
  if (count !== null) out = withProfile(out, { connectionCount: count + 1 });
  return withCounts(out, {
    connectionsWithTitle: opts.icp || opts.decisionMaker ? 1 : 0,
    icpConnections: opts.icp ? 1 : 0,
    decisionMakerConnections: opts.decisionMaker ? 1 : 0,
  });
}
