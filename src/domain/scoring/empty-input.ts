import { emptyProfileFacts } from "~/domain/profile-facts";
import { emptyKinds } from "./activity-kinds";
import type { DataSources, ProfileFacts, ScoringInput } from "./types";

export const NO_SOURCES: Readonly<DataSources> = Object.freeze({
  profile: false,
  content: false,
  searches: false,
  profileViews: false,
  invitations: false,
  connections: false,
  messages: false,
  endorsements: false,
  recommendations: false,
  follows: false,
  groups: false,
  engagementReceived: false,
});

/** Every source present: for tests and for reps whose data arrives through the API. */
export const ALL_SOURCES: Readonly<DataSources> = Object.freeze(
  Object.fromEntries(Object.keys(NO_SOURCES).map((k) => [k, true])) as unknown as DataSources,
);

/** What a Basic LinkedIn archive contains (no Shares/Comments/Reactions/Votes/SearchQueries). */
export const BASIC_ARCHIVE_SOURCES: Readonly<DataSources> = Object.freeze({
  ...NO_SOURCES,
  profile: true,
  invitations: true,
  connections: true,
  messages: true,
  endorsements: true,
  recommendations: true,
  follows: true,
});

/** A Complete archive adds the activity files; profile views, groups and engagement received are in no archive. */
export const COMPLETE_ARCHIVE_SOURCES: Readonly<DataSources> = Object.freeze({
  ...BASIC_ARCHIVE_SOURCES,
  content: true,
  searches: true,
});

/** Every profile fact unknown or zero. */
export const emptyProfile = emptyProfileFacts;

export interface EmptyInputOptions {
  /** Sources to mark present; default none (a rep who has imported nothing yet). */
  sources?: Partial<DataSources>;
  /** Whether the org has ICP keywords: icpConnections becomes 0 instead of null. Default false. */
  icpConfigured?: boolean;
}

/**
 * A zero ScoringInput: every kind present with zeros, no profile facts. With no sources every
 * signal scores "no data" and the total is 0. Used by tests, the seed and brand-new reps.
 */
export function emptyScoringInput(asOf: Date, options: EmptyInputOptions = {}): ScoringInput {
  return {
    asOf: new Date(asOf.getTime()),
    profile: emptyProfile(),
    kinds: emptyKinds(),
    activeWeeks: 0,
    formatsUsed: 0,
    invitationsAccepted: 0,
    conversationsStarted: 0,
    conversationsInbound: 0,
    conversationsReplied: 0,
    welcomeMessages: 0,
    decisionMakerConnections: 0,
    icpConnections: options.icpConfigured ? 0 : null,
    connectionsWithTitle: 0,
    sources: { ...NO_SOURCES, ...options.sources },
  };
}
