// Pillar 4, "Build relationships": network size (saturating past 500), conversations, answers,
// welcome messages and decision-makers. The reply rate is shown, the answered count scored:
// see find-people.ts for why rates are never scored directly.
import { withCounts, withKind, withNewConnection } from "../effort";
import { MIN_RATE_DENOMINATOR } from "../model-v1";
import { formatNumber, percent, plural } from "../text";
import type { ScoringInput } from "../types";
import { noData, nonNeg, requires, type SignalDef } from "./signal";

/** The larger of the typed-in/imported total and the connections we hold rows for. */
export function connectionTotal(i: ScoringInput): number {
  return Math.max(nonNeg(i.profile.connectionCount), nonNeg(i.kinds.CONNECTION_ADDED.allTimeCount));
}

const unanswered = (i: ScoringInput) => nonNeg(i.conversationsInbound) - nonNeg(i.conversationsReplied);
const unwelcomed = (i: ScoringInput) => nonNeg(i.kinds.CONNECTION_ADDED.windowCount) - nonNeg(i.welcomeMessages);

export const relationshipSignals: SignalDef[] = [
  {
    key: "connections",
    missing: (i) => (i.sources.connections || i.profile.connectionCount !== null ? null : noData("basicArchive")),
    value: connectionTotal,
    count: connectionTotal,
    display: (i) => plural(connectionTotal(i), "connection"),
    effort: (i) => withNewConnection(i),
  },
  {
    key: "conversationsStarted",
    missing: requires("messages"),
    value: (i) => nonNeg(i.conversationsStarted),
    count: (i) => nonNeg(i.conversationsStarted),
    display: (i) => `${plural(nonNeg(i.conversationsStarted), "conversation")} started in 90 days`,
    effort: (i) => withCounts(withKind(i, "MESSAGE_SENT"), { conversationsStarted: 1 }),
  },
  {
    key: "repliesToInbound",
    missing: requires("messages"),
    value: (i) => nonNeg(i.conversationsReplied),
    count: (i) => nonNeg(i.conversationsReplied),
    display: (i) => {
      const replied = nonNeg(i.conversationsReplied);
      const inbound = nonNeg(i.conversationsInbound);
      const base = `replied to ${formatNumber(replied)} of ${plural(inbound, "conversation")} in 90 days`;
      return inbound >= MIN_RATE_DENOMINATOR ? `${base}, ${percent(replied, inbound)}` : base;
    },
    // Only possible while a conversation waits for an answer.
    effort: (i) => (unanswered(i) >= 1 ? withCounts(withKind(i, "MESSAGE_SENT"), { conversationsReplied: 1 }) : null),
  },
  {
    key: "welcomeMessages",
    missing: requires("messages", "connections"),
    value: (i) => nonNeg(i.welcomeMessages),
    count: (i) => nonNeg(i.welcomeMessages),
    display: (i) => `${plural(nonNeg(i.welcomeMessages), "welcome message")} to new connections`,
    // Only possible while a new connection (window) has not been welcomed; it opens a conversation.
    effort: (i) =>
      unwelcomed(i) >= 1
        ? withCounts(withKind(i, "MESSAGE_SENT"), { welcomeMessages: 1, conversationsStarted: 1 })
        : null,
  },
  {
    key: "decisionMakers",
    missing: requires("connections"),
    value: (i) => nonNeg(i.decisionMakerConnections),
    count: (i) => nonNeg(i.decisionMakerConnections),
    display: (i) => plural(nonNeg(i.decisionMakerConnections), "decision-maker connection"),
    effort: (i) => withNewConnection(i, { decisionMaker: true }),
  },
];
