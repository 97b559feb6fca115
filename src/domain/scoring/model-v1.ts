// Scoring model v1: every constant in one table. Changing ANY value here changes scores, so it
// must bump MODEL_VERSION (snapshots store it; history stays reproducible). Reasons for each
// cap and k are in docs/scoring.md.
import type { PillarKey } from "./types";

export const MODEL_VERSION = "v1.0.0";

export const PILLAR_MAX = 25;
export const PILLAR_KEYS = ["brand", "findPeople", "engage", "relationships"] as const satisfies readonly PillarKey[];

/** Short labels for sentences ("+2.1 Engage: ...") and the full names LinkedIn uses. */
export const PILLAR_LABELS: Record<PillarKey, string> = {
  brand: "Brand",
  findPeople: "Find people",
  engage: "Engage",
  relationships: "Relationships",
};
export const PILLAR_TITLES: Record<PillarKey, string> = {
  brand: "Establish your professional brand",
  findPeople: "Find the right people",
  engage: "Engage with insights",
  relationships: "Build relationships",
};

/** Where a signal's data comes from; shown in the docs and used to explain "no data". */
export type SignalSource =
  | "profile"
  | "endorsements"
  | "recommendations"
  | "content"
  | "engagementReceived"
  | "searches"
  | "profileViews"
  | "invitations"
  | "invitations+connections"
  | "connections+icp"
  | "groups"
  | "follows"
  | "any activity"
  | "connections or profile"
  | "messages"
  | "messages+connections"
  | "connections";

export interface SignalSpec {
  pillar: PillarKey;
  label: string;
  /** Maximum points; the caps of one pillar sum to 25. */
  cap: number;
  /** Saturation constant: value = k earns 63% of the cap, 2k 86%, 3k 95%. null = checklist. */
  k: number | null;
  source: SignalSource;
  /** What the curve reads, for docs and tooltips. */
  input: string;
}

// prettier-ignore
export const SIGNAL_SPECS = {
  // ── Establish your professional brand ─────────────────────────────────────────────────────
  profileCompleteness:     { pillar: "brand",         label: "Profile completeness",          cap: 9, k: null, source: "profile",                 input: "checklist points (PROFILE_CHECKLIST)" },
  endorsementsReceived:    { pillar: "brand",         label: "Endorsements received",         cap: 4, k: 20,   source: "endorsements",            input: "ENDORSEMENT_RECEIVED all-time" },
  recommendationsReceived: { pillar: "brand",         label: "Recommendations received",      cap: 4, k: 2,    source: "recommendations",         input: "RECOMMENDATION_RECEIVED all-time" },
  contentPublished:        { pillar: "brand",         label: "Posts and articles published",  cap: 5, k: 3,    source: "content",                 input: "POST_PUBLISHED.weighted + 3 × ARTICLE_PUBLISHED.weighted" },
  engagementReceived:      { pillar: "brand",         label: "Engagement on your content",    cap: 3, k: 20,   source: "engagementReceived",      input: "ENGAGEMENT_RECEIVED.weighted" },
  // ── Find the right people ─────────────────────────────────────────────────────────────────
  searches:                { pillar: "findPeople",    label: "Searches run",                  cap: 4, k: 5,    source: "searches",                input: "SEARCH.weighted" },
  profileViews:            { pillar: "findPeople",    label: "Profiles viewed",               cap: 3, k: 10,   source: "profileViews",            input: "PROFILE_VIEW.weighted" },
  invitationsSent:         { pillar: "findPeople",    label: "Invitations sent",              cap: 3, k: 6,    source: "invitations",             input: "INVITATION_SENT.weighted" },
  invitationsAccepted:     { pillar: "findPeople",    label: "Invitations accepted",          cap: 7, k: 6,    source: "invitations+connections", input: "invitationsAccepted (window)" },
  icpConnections:          { pillar: "findPeople",    label: "Ideal-customer connections",    cap: 8, k: 40,   source: "connections+icp",         input: "icpConnections (all-time)" },
  // ── Engage with insights ──────────────────────────────────────────────────────────────────
  comments:                { pillar: "engage",        label: "Comments written",              cap: 7, k: 6,    source: "content",                 input: "COMMENT.weighted" },
  shares:                  { pillar: "engage",        label: "Shares and reposts",            cap: 3, k: 4,    source: "content",                 input: "REPOST.weighted" },
  reactions:               { pillar: "engage",        label: "Reactions given",               cap: 3, k: 15,   source: "content",                 input: "REACTION.weighted + 0.5 × POLL_VOTE.weighted" },
  formatVariety:           { pillar: "engage",        label: "Variety of formats",            cap: 3, k: 2,    source: "content",                 input: "formatsUsed (of 6)" },
  groupPosts:              { pillar: "engage",        label: "Group participation",           cap: 2, k: 3,    source: "groups",                  input: "GROUP_POST.weighted" },
  companiesFollowed:       { pillar: "engage",        label: "Companies followed",            cap: 2, k: 10,   source: "follows",                 input: "COMPANY_FOLLOWED all-time" },
  consistency:             { pillar: "engage",        label: "Consistency",                   cap: 5, k: 5,    source: "any activity",            input: "activeWeeks (of 13)" },
  // ── Build relationships ───────────────────────────────────────────────────────────────────
  connections:             { pillar: "relationships", label: "Connections",                   cap: 7, k: 200,  source: "connections or profile",  input: "max(profile.connectionCount, CONNECTION_ADDED all-time)" },
  conversationsStarted:    { pillar: "relationships", label: "Conversations started",         cap: 5, k: 8,    source: "messages",                input: "conversationsStarted (window)" },
  repliesToInbound:        { pillar: "relationships", label: "Messages answered",             cap: 4, k: 5,    source: "messages",                input: "conversationsReplied (window)" },
  welcomeMessages:         { pillar: "relationships", label: "Welcome messages",              cap: 3, k: 4,    source: "messages+connections",    input: "welcomeMessages (window)" },
  decisionMakers:          { pillar: "relationships", label: "Decision-maker connections",    cap: 6, k: 40,   source: "connections",             input: "decisionMakerConnections (all-time)" },
} as const satisfies Record<string, SignalSpec>;

export type SignalKey = keyof typeof SIGNAL_SPECS;
/** Table order: the order of the breakdown and the tie-break of every ranking. */
export const SIGNAL_KEYS = Object.keys(SIGNAL_SPECS) as SignalKey[];

/** Profile checklist (signal profileCompleteness). Points sum to its cap (9). */
// prettier-ignore
export const PROFILE_CHECKLIST = {
  headline:       { label: "headline",                          points: 1 },
  about:          { label: "About section (200+ characters)",   points: 1.5, partial: 0.5 },
  photo:          { label: "photo",                             points: 1 },
  currentPosition:{ label: "current position",                  points: 1 },
  pastPosition:   { label: "past position",                     points: 0.5 },
  education:      { label: "education",                         points: 1 },
  skills:         { label: "5+ skills",                         points: 1, partial: 0.5 },
  certifications: { label: "certifications",                    points: 0.5 },
  publications:   { label: "publications",                      points: 0.5 },
  volunteering:   { label: "volunteering",                      points: 0.5 },
  otherExtras:    { label: "languages, projects or honors",     points: 0.5 },
} as const;
export type ProfileItem = keyof typeof PROFILE_CHECKLIST;
export const ABOUT_MIN_CHARS = 200;
export const SKILLS_MIN = 5;

/** An article takes several times the work of a post and reads as deeper expertise. */
export const ARTICLE_WEIGHT = 3;
/** A poll vote is a one-click signal, lighter than a reaction to a post. */
export const POLL_VOTE_WEIGHT = 0.5;
/** Rates (acceptance, reply, ICP share) are shown only from this denominator up. */
export const MIN_RATE_DENOMINATOR = 3;
/** Consistency counts weeks of the last 13 (≈ the 90-day window). */
export const WINDOW_WEEKS = 13;
/** post, article, video, document, image, poll. */
export const CONTENT_FORMATS = 6;
