// Advice a rep can act on this week, per signal, from DESIGN.md "Coaching content". `advice` is
// the general tip (dashboard tooltips, e-mails); `action` is this week's concrete step, worded
// with the rep's own figures where that helps.
import { MIN_RATE_DENOMINATOR, PROFILE_CHECKLIST, type ProfileItem, type SignalKey } from "./model-v1";
import { nextProfileItem } from "./signals/brand";
import type { UnlockGroup } from "./signals/signal";
import { connectionTotal } from "./signals/relationships";
import { formatNumber, percent, plural } from "./text";
import type { ScoringInput } from "./types";

interface Coaching {
  advice: string;
  action: (input: ScoringInput) => string;
}

const PROFILE_ACTIONS: Record<ProfileItem, (i: ScoringInput) => string> = {
  headline: () => "Write a headline that says who you help and how, not just your job title",
  about: (i) =>
    i.profile.summaryLength > 0
      ? `Expand your About section to at least 200 characters (now ${formatNumber(i.profile.summaryLength)})`
      : "Write an About section of at least 200 characters on the problems you solve for customers",
  photo: (i) =>
    i.profile.hasPhoto === null
      ? "Add a professional photo, or confirm you have one (LinkedIn archives don't say)"
      : "Add a professional, friendly photo to your profile",
  currentPosition: () => "Add your current position, with a line on what you do for customers",
  pastPosition: () => "Add a past position so prospects see your experience",
  education: () => "Add your education to your profile",
  skills: (i) =>
    `List at least 5 skills you want to be known for (now ${formatNumber(i.profile.skillsCount)})`,
  certifications: () => "Add a certification you hold: the less obvious sections count too",
  publications: () => "Add a publication (an article, paper or talk) to your profile",
  volunteering: () => "Add volunteering experience to your profile",
  otherExtras: () => "Add languages, projects or honors to your profile",
};

export const COACHING: Record<SignalKey, Coaching> = {
  profileCompleteness: {
    advice:
      "Complete every profile section, including the less obvious ones: publications, certifications, volunteering, languages.",
    action: (i) => {
      const item = nextProfileItem(i.profile);
      return item ? PROFILE_ACTIONS[item](i) : "Keep your profile up to date";
    },
  },
  endorsementsReceived: {
    advice: "Keep your skills aligned with what you want to be known for, and ask connections to confirm them.",
    action: () => "Ask 2–3 colleagues or customers to endorse the skills you want to be known for",
  },
  recommendationsReceived: {
    advice: "A recommendation from a customer is the strongest proof on a profile.",
    action: () => "Ask a satisfied customer or colleague for a short recommendation",
  },
  contentPublished: {
    advice: "Publish posts and articles on your field; an article counts three times a post.",
    action: () => "Publish a post on a problem your customers face this week (an article counts 3×)",
  },
  engagementReceived: {
    advice: "Engagement follows useful posts: answer every comment on your content.",
    action: () => "Answer the comments on your latest post",
  },
  searches: {
    advice:
      'Use advanced search with filters, keywords of your trade and boolean operators (AND, OR, NOT, "quoted phrases") rather than names.',
    action: () => 'Run 2–3 advanced searches with filters and boolean keywords (AND, OR, NOT, "quoted phrases")',
  },
  profileViews: {
    advice: "Look at leads' profiles for common ground before you reach out.",
    action: () => "View the profiles of 5 leads and note the common ground you share",
  },
  invitationsSent: {
    advice: "Connect with the people you sell to and with influencers of your field; prefer quality over quantity.",
    action: () => "Send 5 connection invitations to people who match your ideal customer profile",
  },
  invitationsAccepted: {
    advice: "A personal note that mentions common ground gets invitations accepted.",
    action: (i) => {
      const sent = i.kinds.INVITATION_SENT.windowCount;
      const rate = sent >= MIN_RATE_DENOMINATOR ? ` (${percent(i.invitationsAccepted, sent)} accepted so far)` : "";
      return `Add a personal note mentioning common ground to each invitation${rate}`;
    },
  },
  icpConnections: {
    advice: "Quality over quantity: connect with people who match your ideal customer profile.",
    action: () => "Connect with 3 people who match your ideal customer profile",
  },
  comments: {
    advice: "Comment helpfully rather than only react: a thoughtful comment is what prospects notice.",
    action: () => "Write 3 thoughtful comments on posts by prospects this week",
  },
  shares: {
    advice: "Share useful content regularly, with a line on why it matters to your customers.",
    action: () => "Share one useful article with a sentence on why it matters to your customers",
  },
  reactions: {
    advice: "React to your prospects' and customers' posts; comments count more, but reactions keep you visible.",
    action: () => "React to 5 posts by prospects and customers",
  },
  formatVariety: {
    advice: "Vary formats: video, PDF/document, image, poll.",
    action: (i) =>
      `Try a format you haven't used: a short video, a PDF carousel or a poll (${formatNumber(i.formatsUsed)} of 6 used)`,
  },
  groupPosts: {
    advice: "Take part in the groups where your customers talk.",
    action: () => "Post or answer a question in a group where your customers talk",
  },
  companiesFollowed: {
    advice: "Follow the companies you sell to, so their news reaches you first.",
    action: () => "Follow 3 companies you sell to",
  },
  consistency: {
    advice: "A little every week beats a burst once a quarter.",
    action: () => "Do something on LinkedIn every week: even one comment keeps your streak",
  },
  connections: {
    advice: "Grow past 500 connections, without empty contacts.",
    action: (i) => `Connect with 5 relevant people (${plural(connectionTotal(i), "connection")} now; 500+ is the mark)`,
  },
  conversationsStarted: {
    advice: "Start conversations with first-degree connections and with people who engaged with your posts.",
    action: () => "Message 2 connections who engaged with your posts, and start a conversation",
  },
  repliesToInbound: {
    advice: "Answer every message, ideally within a day.",
    action: (i) => {
      const waiting = i.conversationsInbound - i.conversationsReplied;
      return `Answer the ${plural(waiting, "conversation")} waiting for your reply`;
    },
  },
  welcomeMessages: {
    advice: "Send a welcome message to every new connection.",
    action: (i) => {
      const waiting = i.kinds.CONNECTION_ADDED.windowCount - i.welcomeMessages;
      return `Send a welcome message to your ${plural(waiting, "new connection")} you haven't written to yet`;
    },
  },
  decisionMakers: {
    advice: "Connect with decision-makers: VPs, directors, heads, C-level, owners and founders.",
    action: () => "Connect with 2 decision-makers (VP, Director, Head, C-level, Owner, Founder) at accounts you target",
  },
};

/** What to do when a signal has no data: one suggestion per unlock group, in priority order. */
export const UNLOCK_ACTIONS: Record<UnlockGroup, string> = {
  basicArchive:
    "Import your LinkedIn data export (Settings → Data privacy → Get a copy of your data) so your profile and network can be scored",
  completeArchive:
    "Import the Complete LinkedIn archive (the Basic one has no posts, comments, reactions or searches), or log your comments and posts",
  icp: "Ask your admin to set the ideal customer profile, so connections with the people you sell to count",
  manualLogging:
    "Log profile views, group posts and engagement on your posts in SSI Coach: LinkedIn archives don't include them",
};

export const UNLOCK_PRIORITY: readonly UnlockGroup[] = ["basicArchive", "completeArchive", "icp", "manualLogging"];

/** Label of each profile checklist item, for UIs that list what is missing. */
export function profileItemLabel(item: ProfileItem): string {
  return PROFILE_CHECKLIST[item].label;
}
