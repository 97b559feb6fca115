import type { ActivityKind } from "@prisma/client";
import type { DataSources } from "~/domain/scoring/types";

/** Which data source each kind belongs to (a source with no file and no rows is "no data"). */
export const KIND_SOURCE: Record<ActivityKind, keyof DataSources> = {
  POST_PUBLISHED: "content",
  REPOST: "content",
  ARTICLE_PUBLISHED: "content",
  MEDIA_UPLOADED: "content",
  COMMENT: "content",
  REACTION: "content",
  POLL_VOTE: "content",
  GROUP_POST: "groups",
  EVENT_ATTENDED: "content",
  ENGAGEMENT_RECEIVED: "engagementReceived",
  SEARCH: "searches",
  PROFILE_VIEW: "profileViews",
  INVITATION_SENT: "invitations",
  INVITATION_RECEIVED: "invitations",
  CONNECTION_ADDED: "connections",
  MESSAGE_SENT: "messages",
  MESSAGE_RECEIVED: "messages",
  ENDORSEMENT_RECEIVED: "endorsements",
  ENDORSEMENT_GIVEN: "endorsements",
  RECOMMENDATION_RECEIVED: "recommendations",
  RECOMMENDATION_GIVEN: "recommendations",
  COMPANY_FOLLOWED: "follows",
  MEMBER_FOLLOWED: "follows",
};

/** Kinds that are something the rep did (count toward "active weeks"), not something done to them. */
export const SELF_INITIATED: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  "POST_PUBLISHED",
  "REPOST",
  "ARTICLE_PUBLISHED",
  "MEDIA_UPLOADED",
  "COMMENT",
  "REACTION",
  "POLL_VOTE",
  "GROUP_POST",
  "EVENT_ATTENDED",
  "SEARCH",
  "PROFILE_VIEW",
  "INVITATION_SENT",
  "MESSAGE_SENT",
  "ENDORSEMENT_GIVEN",
  "RECOMMENDATION_GIVEN",
  "COMPANY_FOLLOWED",
  "MEMBER_FOLLOWED",
]);

/** Content formats that count toward "variety of formats". */
export const CONTENT_FORMATS = ["post", "article", "video", "document", "image", "poll"] as const;

/** What a rep can log by hand, with the words the UI uses. */
export const MANUAL_KINDS: { kind: ActivityKind; label: string; unit: string; maxQuantity: number }[] = [
  { kind: "POST_PUBLISHED", label: "Published a post", unit: "posts", maxQuantity: 20 },
  { kind: "ARTICLE_PUBLISHED", label: "Published an article", unit: "articles", maxQuantity: 5 },
  { kind: "MEDIA_UPLOADED", label: "Shared a video or document", unit: "uploads", maxQuantity: 20 },
  { kind: "COMMENT", label: "Commented on posts", unit: "comments", maxQuantity: 100 },
  { kind: "REPOST", label: "Shared others' posts", unit: "shares", maxQuantity: 50 },
  { kind: "REACTION", label: "Reacted to posts", unit: "reactions", maxQuantity: 500 },
  { kind: "GROUP_POST", label: "Took part in a group", unit: "group posts", maxQuantity: 50 },
  { kind: "SEARCH", label: "Ran searches for prospects", unit: "searches", maxQuantity: 200 },
  { kind: "PROFILE_VIEW", label: "Viewed prospects' profiles", unit: "profile views", maxQuantity: 500 },
  { kind: "INVITATION_SENT", label: "Sent connection requests", unit: "requests", maxQuantity: 200 },
  { kind: "CONNECTION_ADDED", label: "Made new connections", unit: "connections", maxQuantity: 200 },
  { kind: "MESSAGE_SENT", label: "Sent messages", unit: "messages", maxQuantity: 200 },
  { kind: "COMPANY_FOLLOWED", label: "Followed target companies", unit: "companies", maxQuantity: 50 },
  { kind: "ENDORSEMENT_RECEIVED", label: "Received endorsements", unit: "endorsements", maxQuantity: 100 },
  { kind: "RECOMMENDATION_RECEIVED", label: "Received a recommendation", unit: "recommendations", maxQuantity: 10 },
  { kind: "ENGAGEMENT_RECEIVED", label: "Got reactions or comments on my posts", unit: "reactions/comments", maxQuantity: 5000 },
];
