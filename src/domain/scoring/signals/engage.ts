// Pillar 3, "Engage with insights": comments weigh most (a thoughtful comment is the engagement
// prospects notice), then shares, reactions, format variety, groups, follows and consistency.
import { withCounts, withKind } from "../effort";
import { CONTENT_FORMATS, POLL_VOTE_WEIGHT, WINDOW_WEEKS } from "../model-v1";
import { plural } from "../text";
import { nonNeg, requires, requiresAny, type SignalDef } from "./signal";

const clamp = (x: number, max: number) => Math.min(nonNeg(x), max);

export const engageSignals: SignalDef[] = [
  {
    key: "comments",
    missing: requires("content"),
    value: (i) => nonNeg(i.kinds.COMMENT.weighted),
    count: (i) => nonNeg(i.kinds.COMMENT.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.COMMENT.windowCount), "comment")} written in 90 days`,
    effort: (i) => withKind(i, "COMMENT"),
  },
  {
    key: "shares",
    missing: requires("content"),
    value: (i) => nonNeg(i.kinds.REPOST.weighted),
    count: (i) => nonNeg(i.kinds.REPOST.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.REPOST.windowCount), "share")} in 90 days`,
    effort: (i) => withKind(i, "REPOST"),
  },
  {
    key: "reactions",
    missing: requires("content"),
    value: (i) => nonNeg(i.kinds.REACTION.weighted) + POLL_VOTE_WEIGHT * nonNeg(i.kinds.POLL_VOTE.weighted),
    count: (i) => nonNeg(i.kinds.REACTION.windowCount) + nonNeg(i.kinds.POLL_VOTE.windowCount),
    display: (i) => {
      const votes = nonNeg(i.kinds.POLL_VOTE.windowCount);
      const reactions = plural(nonNeg(i.kinds.REACTION.windowCount), "reaction");
      return `${votes > 0 ? `${reactions} and ${plural(votes, "poll vote")}` : reactions} in 90 days`;
    },
    effort: (i) => withKind(i, "REACTION"),
  },
  {
    key: "formatVariety",
    missing: requires("content"),
    value: (i) => clamp(i.formatsUsed, CONTENT_FORMATS),
    count: (i) => clamp(i.formatsUsed, CONTENT_FORMATS),
    display: (i) => `${clamp(i.formatsUsed, CONTENT_FORMATS)} of ${CONTENT_FORMATS} content formats used`,
    // A post in a format not used yet: one more format and one more post.
    effort: (i) =>
      nonNeg(i.formatsUsed) >= CONTENT_FORMATS ? null : withCounts(withKind(i, "POST_PUBLISHED"), { formatsUsed: 1 }),
  },
  {
    key: "groupPosts",
    missing: requires("groups"),
    value: (i) => nonNeg(i.kinds.GROUP_POST.weighted),
    count: (i) => nonNeg(i.kinds.GROUP_POST.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.GROUP_POST.windowCount), "group post")} in 90 days`,
    effort: (i) => withKind(i, "GROUP_POST"),
  },
  {
    key: "companiesFollowed",
    missing: requires("follows"),
    value: (i) => nonNeg(i.kinds.COMPANY_FOLLOWED.allTimeCount),
    count: (i) => nonNeg(i.kinds.COMPANY_FOLLOWED.allTimeCount),
    display: (i) => `${plural(nonNeg(i.kinds.COMPANY_FOLLOWED.allTimeCount), "company", "companies")} followed`,
    effort: (i) => withKind(i, "COMPANY_FOLLOWED"),
  },
  {
    key: "consistency",
    // Active weeks can come from any self-initiated activity we can see.
    missing: requiresAny("invitations", "messages", "content", "searches", "groups", "profileViews"),
    value: (i) => clamp(i.activeWeeks, WINDOW_WEEKS),
    count: (i) => clamp(i.activeWeeks, WINDOW_WEEKS),
    display: (i) => `active in ${clamp(i.activeWeeks, WINDOW_WEEKS)} of the last ${WINDOW_WEEKS} weeks`,
    // Being active in one more week (we cannot tell whether this week already counts).
    effort: (i) => (nonNeg(i.activeWeeks) >= WINDOW_WEEKS ? null : withCounts(i, { activeWeeks: 1 })),
  },
];
