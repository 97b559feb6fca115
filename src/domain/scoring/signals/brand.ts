// Pillar 1, "Establish your professional brand": a complete profile, social proof
// (endorsements, recommendations) and publishing.
import { withKind, withProfile } from "../effort";
import {
  ABOUT_MIN_CHARS,
  ARTICLE_WEIGHT,
  PROFILE_CHECKLIST,
  SKILLS_MIN,
  type ProfileItem,
} from "../model-v1";
import { listWords, plural } from "../text";
import type { ProfileFacts } from "../types";
import { nonNeg, requires, type SignalDef } from "./signal";

const ITEMS = Object.keys(PROFILE_CHECKLIST) as ProfileItem[];

/** Points earned per checklist item; partial credit for a short About and for 1–4 skills. */
export function profileChecklist(p: ProfileFacts): Record<ProfileItem, number> {
  const c = PROFILE_CHECKLIST;
  const has = (n: number) => nonNeg(n) >= 1;
  const summary = nonNeg(p.summaryLength);
  const skills = nonNeg(p.skillsCount);
  return {
    headline: p.headline && p.headline.trim() !== "" ? c.headline.points : 0,
    about: summary >= ABOUT_MIN_CHARS ? c.about.points : summary > 0 ? c.about.partial : 0,
    photo: p.hasPhoto === true ? c.photo.points : 0,
    currentPosition: has(p.currentPositions) ? c.currentPosition.points : 0,
    pastPosition: has(p.pastPositions) ? c.pastPosition.points : 0,
    education: has(p.educationCount) ? c.education.points : 0,
    skills: skills >= SKILLS_MIN ? c.skills.points : skills >= 1 ? c.skills.partial : 0,
    certifications: has(p.certificationsCount) ? c.certifications.points : 0,
    publications: has(p.publicationsCount) ? c.publications.points : 0,
    volunteering: has(p.volunteeringCount) ? c.volunteering.points : 0,
    otherExtras: has(p.languagesCount) || has(p.projectsCount) || has(p.honorsCount) ? c.otherExtras.points : 0,
  };
}

export function missingProfileItems(p: ProfileFacts): ProfileItem[] {
  const earned = profileChecklist(p);
  return ITEMS.filter((item) => earned[item] < PROFILE_CHECKLIST[item].points);
}

/** The missing item worth the most points still open (ties: checklist order). */
export function nextProfileItem(p: ProfileFacts): ProfileItem | null {
  const earned = profileChecklist(p);
  let best: ProfileItem | null = null;
  let bestGap = 0;
  for (const item of ITEMS) {
    const gap = PROFILE_CHECKLIST[item].points - earned[item];
    if (gap > bestGap) [best, bestGap] = [item, gap];
  }
  return best;
}

/** The profile facts after completing `item` (used to price the action). */
export function completeProfileItem(p: ProfileFacts, item: ProfileItem): Partial<ProfileFacts> {
  const atLeast = (n: number, min: number) => Math.max(nonNeg(n), min);
  switch (item) {
    case "headline": return { headline: p.headline?.trim() ? p.headline : "Headline" };
    case "about": return { summaryLength: atLeast(p.summaryLength, ABOUT_MIN_CHARS) };
    case "photo": return { hasPhoto: true };
    case "currentPosition": return { currentPositions: atLeast(p.currentPositions, 1) };
    case "pastPosition": return { pastPositions: atLeast(p.pastPositions, 1) };
    case "education": return { educationCount: atLeast(p.educationCount, 1) };
    case "skills": return { skillsCount: atLeast(p.skillsCount, SKILLS_MIN) };
    case "certifications": return { certificationsCount: atLeast(p.certificationsCount, 1) };
    case "publications": return { publicationsCount: atLeast(p.publicationsCount, 1) };
    case "volunteering": return { volunteeringCount: atLeast(p.volunteeringCount, 1) };
    case "otherExtras": return { languagesCount: atLeast(p.languagesCount, 1) };
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const brandSignals: SignalDef[] = [
  {
    key: "profileCompleteness",
    missing: requires("profile"),
    value: (i) => sum(Object.values(profileChecklist(i.profile))),
    points: (i) => sum(Object.values(profileChecklist(i.profile))),
    count: (i) => ITEMS.length - missingProfileItems(i.profile).length,
    display: (i) => {
      const missing = missingProfileItems(i.profile);
      const done = `${ITEMS.length - missing.length} of ${ITEMS.length} profile items complete`;
      if (missing.length === 0) return done;
      return `${done} (missing: ${listWords(missing.map((m) => PROFILE_CHECKLIST[m].label))})`;
    },
    effort: (i) => {
      const item = nextProfileItem(i.profile);
      return item ? withProfile(i, completeProfileItem(i.profile, item)) : null;
    },
  },
  {
    key: "endorsementsReceived",
    missing: requires("endorsements"),
    value: (i) => nonNeg(i.kinds.ENDORSEMENT_RECEIVED.allTimeCount),
    count: (i) => nonNeg(i.kinds.ENDORSEMENT_RECEIVED.allTimeCount),
    display: (i) => `${plural(nonNeg(i.kinds.ENDORSEMENT_RECEIVED.allTimeCount), "endorsement")} received`,
    effort: (i) => withKind(i, "ENDORSEMENT_RECEIVED"),
  },
  {
    key: "recommendationsReceived",
    missing: requires("recommendations"),
    value: (i) => nonNeg(i.kinds.RECOMMENDATION_RECEIVED.allTimeCount),
    count: (i) => nonNeg(i.kinds.RECOMMENDATION_RECEIVED.allTimeCount),
    display: (i) => `${plural(nonNeg(i.kinds.RECOMMENDATION_RECEIVED.allTimeCount), "recommendation")} received`,
    effort: (i) => withKind(i, "RECOMMENDATION_RECEIVED"),
  },
  {
    key: "contentPublished",
    missing: requires("content"),
    value: (i) => nonNeg(i.kinds.POST_PUBLISHED.weighted) + ARTICLE_WEIGHT * nonNeg(i.kinds.ARTICLE_PUBLISHED.weighted),
    count: (i) => nonNeg(i.kinds.POST_PUBLISHED.windowCount) + nonNeg(i.kinds.ARTICLE_PUBLISHED.windowCount),
    display: (i) => {
      const posts = nonNeg(i.kinds.POST_PUBLISHED.windowCount);
      const articles = nonNeg(i.kinds.ARTICLE_PUBLISHED.windowCount);
      const what = articles > 0 ? `${plural(posts, "post")} and ${plural(articles, "article")}` : plural(posts, "post");
      return `${what} in 90 days`;
    },
    effort: (i) => withKind(i, "POST_PUBLISHED"),
  },
  {
    key: "engagementReceived",
    missing: requires("engagementReceived"),
    value: (i) => nonNeg(i.kinds.ENGAGEMENT_RECEIVED.weighted),
    count: (i) => nonNeg(i.kinds.ENGAGEMENT_RECEIVED.windowCount),
    display: (i) => `${plural(nonNeg(i.kinds.ENGAGEMENT_RECEIVED.windowCount), "reaction or comment", "reactions and comments")} on your content in 90 days`,
    // Not a rep's own effort: it follows from publishing, which has its own action.
    effort: () => null,
  },
];
