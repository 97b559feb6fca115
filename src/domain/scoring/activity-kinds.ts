import type { ActivityKind } from "@prisma/client";
import type { KindAggregate } from "./types";

// A Record keyed by the Prisma enum makes this list exhaustive at compile time, without
// importing @prisma/client at runtime (the scoring model also runs in the browser and seed).
const KINDS: Record<ActivityKind, true> = {
  POST_PUBLISHED: true,
  REPOST: true,
  ARTICLE_PUBLISHED: true,
  MEDIA_UPLOADED: true,
  COMMENT: true,
  REACTION: true,
  POLL_VOTE: true,
  GROUP_POST: true,
  EVENT_ATTENDED: true,
  ENGAGEMENT_RECEIVED: true,
  SEARCH: true,
  PROFILE_VIEW: true,
  INVITATION_SENT: true,
  INVITATION_RECEIVED: true,
  CONNECTION_ADDED: true,
  MESSAGE_SENT: true,
  MESSAGE_RECEIVED: true,
  ENDORSEMENT_RECEIVED: true,
  ENDORSEMENT_GIVEN: true,
  RECOMMENDATION_RECEIVED: true,
  RECOMMENDATION_GIVEN: true,
  COMPANY_FOLLOWED: true,
  MEMBER_FOLLOWED: true,
};

export const ACTIVITY_KINDS = Object.keys(KINDS) as ActivityKind[];

export const ZERO_AGGREGATE: Readonly<KindAggregate> = Object.freeze({ weighted: 0, windowCount: 0, allTimeCount: 0 });

export function emptyKinds(): Record<ActivityKind, KindAggregate> {
  const out = {} as Record<ActivityKind, KindAggregate>;
  for (const kind of ACTIVITY_KINDS) out[kind] = { ...ZERO_AGGREGATE };
  return out;
}
