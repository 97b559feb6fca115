// Golden profiles for tests and docs/scoring.md "Worked examples". Values sit at k, 2k or 3k of
// their signal where possible, so each expected score can be checked by hand:
// 1 − e^−1 = 0.6321206, 1 − e^−2 = 0.8646647, 1 − e^−3 = 0.9502129.
import type { ActivityKind } from "@prisma/client";
import {
  ALL_SOURCES,
  COMPLETE_ARCHIVE_SOURCES,
  emptyScoringInput,
  type KindAggregate,
  type ScoringInput,
} from "~/domain/scoring";

export const AS_OF = new Date("2026-11-23T06:00:00Z");

const agg = (weighted: number, windowCount: number, allTimeCount = windowCount): KindAggregate => ({
  weighted,
  windowCount,
  allTimeCount,
});

function withKinds(input: ScoringInput, kinds: Partial<Record<ActivityKind, KindAggregate>>): ScoringInput {
  return { ...input, kinds: { ...input.kinds, ...kinds } };
}

/** 1. A brand-new rep: nothing imported. */
export const newRep = (): ScoringInput => emptyScoringInput(AS_OF);

/** 2. A typical mid rep: Complete archive, ICP configured, no manual logging. */
export function midRep(): ScoringInput {
  const base = emptyScoringInput(AS_OF, { sources: COMPLETE_ARCHIVE_SOURCES, icpConfigured: true });
  return withKinds(
    {
      ...base,
      profile: {
        ...base.profile,
        headline: "Account Executive | Helping logistics teams ship on time",
        summaryLength: 150, // short About: partial credit
        hasPhoto: null, // archives don't say
        currentPositions: 1,
        pastPositions: 2,
        educationCount: 1,
        skillsCount: 8,
        languagesCount: 1,
      },
      activeWeeks: 9,
      formatsUsed: 2,
      invitationsAccepted: 3,
      conversationsStarted: 8,
      conversationsInbound: 6,
      conversationsReplied: 5,
      welcomeMessages: 4,
      decisionMakerConnections: 40,
      icpConnections: 40,
      connectionsWithTitle: 300,
    },
    {
      ENDORSEMENT_RECEIVED: agg(0, 0, 20),
      RECOMMENDATION_RECEIVED: agg(0, 0, 1),
      POST_PUBLISHED: agg(3, 5, 30),
      SEARCH: agg(5, 8, 120),
      INVITATION_SENT: agg(6, 10, 250),
      COMMENT: agg(6, 9, 80),
      REPOST: agg(2, 3, 12),
      REACTION: agg(15, 25, 400),
      COMPANY_FOLLOWED: agg(0, 1, 10),
      CONNECTION_ADDED: agg(7, 12, 400),
    },
  );
}

/** 3. A strong rep: everything but profile views and groups (no source for those). */
export function strongRep(): ScoringInput {
  const base = emptyScoringInput(AS_OF, {
    sources: { ...ALL_SOURCES, profileViews: false, groups: false },
    icpConfigured: true,
  });
  return withKinds(
    {
      ...base,
      profile: {
        ...base.profile,
        headline: "Senior AE | Supply-chain software for mid-size manufacturers",
        summaryLength: 900,
        hasPhoto: true,
        currentPositions: 1,
        pastPositions: 3,
        educationCount: 2,
        skillsCount: 25,
        certificationsCount: 2,
        publicationsCount: 1,
        volunteeringCount: 1,
        languagesCount: 2,
        projectsCount: 1,
        honorsCount: 1,
        connectionCount: 600,
      },
      activeWeeks: 13,
      formatsUsed: 4,
      invitationsAccepted: 12,
      conversationsStarted: 16,
      conversationsInbound: 12,
      conversationsReplied: 10,
      welcomeMessages: 8,
      decisionMakerConnections: 120,
      icpConnections: 120,
      connectionsWithTitle: 520,
    },
    {
      ENDORSEMENT_RECEIVED: agg(0, 2, 60),
      RECOMMENDATION_RECEIVED: agg(0, 0, 4),
      POST_PUBLISHED: agg(3, 6, 70),
      ENGAGEMENT_RECEIVED: agg(40, 90, 600),
      SEARCH: agg(10, 20, 300),
      INVITATION_SENT: agg(12, 20, 700),
      COMMENT: agg(12, 20, 300),
      REPOST: agg(8, 12, 60),
      REACTION: agg(25, 45, 900),
      POLL_VOTE: agg(10, 15, 40),
      COMPANY_FOLLOWED: agg(0, 2, 30),
      CONNECTION_ADDED: agg(9, 15, 580),
    },
  );
}
