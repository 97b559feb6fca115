// Pillar 2, "Find the right people". Rates (acceptance, ICP share) are shown but never scored
// directly: a rate falls when its denominator grows, and "more activity never lowers a score"
// must hold. The scored quantity is the numerator (accepted invitations, ICP connections): only
// the right people earn points, which is how quality beats quantity. See docs/scoring.md.
import { withCounts, withKind, withNewConnection } from "../effort";
import { MIN_RATE_DENOMINATOR } from "../model-v1";
import { formatNumber, percent, plural } from "../text";
import type { ScoringInput } from "../types";
import { noData, nonNeg, requires, type SignalDef } from "./signal";

const sent = (i: ScoringInput) => nonNeg(i.kinds.INVITATION_SENT.windowCount);

export const findPeopleSignals: SignalDef[] = [
  {
    key: "searches",
    missing: requires("searches"),
    value: (i) => nonNeg(i.kinds.SEARCH.weighted),
    count: (i) => nonNeg(i.kinds.SEARCH.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.SEARCH.windowCount), "search", "searches")} in 90 days`,
    effort: (i) => withKind(i, "SEARCH"),
  },
  {
    key: "profileViews",
    missing: requires("profileViews"),
    value: (i) => nonNeg(i.kinds.PROFILE_VIEW.weighted),
    count: (i) => nonNeg(i.kinds.PROFILE_VIEW.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.PROFILE_VIEW.windowCount), "profile")} viewed in 90 days`,
    effort: (i) => withKind(i, "PROFILE_VIEW"),
  },
  {
    key: "invitationsSent",
    missing: requires("invitations"),
    value: (i) => nonNeg(i.kinds.INVITATION_SENT.weighted),
    count: sent,
    display: (i) => `${plural(sent(i), "invitation")} sent in 90 days`,
    effort: (i) => withKind(i, "INVITATION_SENT"),
  },
  {
    key: "invitationsAccepted",
    missing: requires("invitations", "connections"),
    value: (i) => nonNeg(i.invitationsAccepted),
    count: (i) => nonNeg(i.invitationsAccepted),
    display: (i) => {
      const accepted = nonNeg(i.invitationsAccepted);
      const base = `${formatNumber(accepted)} of ${plural(sent(i), "invitation")} accepted`;
      return sent(i) >= MIN_RATE_DENOMINATOR ? `${base}, ${percent(accepted, sent(i))}` : base;
    },
    // A personalised invitation to someone with common ground, accepted: one sent, one accepted,
    // one new connection.
    effort: (i) => withCounts(withNewConnection(withKind(i, "INVITATION_SENT")), { invitationsAccepted: 1 }),
  },
  {
    key: "icpConnections",
    missing: (i) => requires("connections")(i) ?? (i.icpConnections === null ? noData("icp") : null),
    value: (i) => nonNeg(i.icpConnections),
    count: (i) => nonNeg(i.icpConnections),
    display: (i) => {
      const icp = nonNeg(i.icpConnections);
      const withTitle = nonNeg(i.connectionsWithTitle);
      const base = `${plural(icp, "connection")} matching your ideal customer profile`;
      return withTitle >= MIN_RATE_DENOMINATOR ? `${base}, ${percent(icp, withTitle)} of those with a known title` : base;
    },
    effort: (i) => (i.icpConnections === null ? null : withNewConnection(i, { icp: true })),
  },
];
