// The contract between the data layer (set-based SQL aggregation, src/server/services/activity/)
// and the pure scoring model (this folder). No I/O happens in the scoring model.
import type { ActivityKind } from "@prisma/client";
import type { ProfileFacts } from "~/domain/profile-facts";

export type PillarKey = "brand" | "findPeople" | "engage" | "relationships";

/** Profile facts as stored on RepProfile; null = unknown (never silently zero). */
export type { ProfileFacts } from "~/domain/profile-facts";

/** Aggregates of one activity kind for one rep, as of `asOf`. */
export interface KindAggregate {
  /** Σ quantity × exp(−ageDays / 30) over the trailing 90-day window. */
  weighted: number;
  /** Σ quantity over the trailing 90-day window (unweighted). */
  windowCount: number;
  /** Σ quantity over all time up to asOf. */
  allTimeCount: number;
}

/** Everything the model needs for one rep, computed set-based in SQL. */
export interface ScoringInput {
  asOf: Date;
  profile: ProfileFacts;
  /** Every ActivityKind is present (zeros when none). */
  kinds: Record<ActivityKind, KindAggregate>;
  /** Distinct ISO weeks (of the last 13) with any self-initiated activity. */
  activeWeeks: number;
  /** Distinct content formats published in the window (post, article, video, document, image, poll). */
  formatsUsed: number;
  /** Invitations sent in the window whose counterpart became a connection (any time up to asOf). */
  invitationsAccepted: number;
  /** Conversations (message threads) with activity in the window, by who spoke first. */
  conversationsStarted: number;
  conversationsInbound: number;
  /** Inbound conversations in the window the rep answered. */
  conversationsReplied: number;
  /** Messages sent within 14 days after a new connection (window), to that connection. */
  welcomeMessages: number;
  /** All-time connections whose title is a decision-maker (VP, Director, Head, C-level, Owner, Founder). */
  decisionMakerConnections: number;
  /** All-time connections whose title or company matches the org's ICP keywords (null: no ICP set). */
  icpConnections: number | null;
  /** All-time connections with a known title (denominator for the ICP share). */
  connectionsWithTitle: number;
  /**
   * Which data sources exist for this rep. A signal whose source is absent is "no data", not zero.
   * Derived from RepProfile.dataSources (what imports saw) OR any stored activity of the kinds.
   */
  sources: DataSources;
}

export interface DataSources {
  profile: boolean;
  /** Shares, comments, reactions, votes, rich media, articles (Complete archive, API or manual). */
  content: boolean;
  searches: boolean;
  profileViews: boolean;
  invitations: boolean;
  connections: boolean;
  messages: boolean;
  endorsements: boolean;
  recommendations: boolean;
  follows: boolean;
  groups: boolean;
  engagementReceived: boolean;
}

export interface SignalResult {
  key: string;
  pillar: PillarKey;
  label: string;
  /** The raw input the curve reads (after weighting), e.g. 4.2 weighted comments. */
  value: number;
  /** Human-readable raw figure, e.g. "6 comments in 90 days". */
  display: string;
  points: number;
  cap: number;
  noData: boolean;
  /**
   * The plain (unweighted) count behind `display`, e.g. 6 comments, so a change can be phrased
   * "6 comments written (was 1)". Optional so results stored before it existed stay valid.
   */
  count?: number;
}

export interface NextBestAction {
  signal: string;
  pillar: PillarKey;
  /** What to do this week, in plain words. */
  action: string;
  /** Estimated total-score gain of doing it once (one unit of effort). */
  gain: number;
}

export interface ScoreResult {
  modelVersion: string;
  asOf: string;
  total: number;
  pillars: Record<PillarKey, number>;
  signals: SignalResult[];
  actions: NextBestAction[];
}
