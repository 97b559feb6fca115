// Generates a believable LinkedIn activity history for one rep: deterministic for a given
// (seed key, end day), shaped by a persona (how active, in which pillars, trending up or down).
import type { ActivityKind } from "@prisma/client";
import { hashSeed, rng, type Rng } from "./random";

export interface Persona {
  /** Overall activity, 0.1 (barely) .. 1.2 (power user). */
  level: number;
  /** Relative change of activity from the first to the last week, e.g. +0.6 = growing. */
  trend: number;
  content: number;
  find: number;
  engage: number;
  relationships: number;
  /** Connections made before the generated window. */
  priorConnections: number;
}

export interface GeneratedActivity {
  kind: ActivityKind;
  occurredAt: Date;
  externalId: string;
  quantity: number;
  counterpart: string | null;
  counterpartTitle: string | null;
  thread: string | null;
  format: string | null;
}

export const TITLES_DECISION = ["VP Sales", "VP Operations", "Director of IT", "Head of Procurement", "Chief Financial Officer", "CTO", "Founder", "Owner", "Head of Logistics", "Director, Supply Chain"];
export const TITLES_OTHER = ["Software Engineer", "Analyst", "Account Executive", "Consultant", "Project Manager", "Recruiter", "Operations Specialist", "Buyer", "Marketing Manager", "Customer Success Manager"];
const FORMATS = ["post", "post", "post", "image", "video", "document", "poll"] as const;

const DAY = 86_400_000;

/** `weeks` weeks of activity ending at `endDay` (UTC midnight), plus the prior network. */
export function generateActivity(seedKey: string, persona: Persona, endDay: Date, weeks = 26): GeneratedActivity[] {
  const r = rng(hashSeed(seedKey));
  const out: GeneratedActivity[] = [];
  const start = endDay.getTime() - weeks * 7 * DAY;
  let n = 0;
  const id = (kind: string, at: number) => `seed:${seedKey}:${new Date(at).toISOString().slice(0, 10)}:${kind}:${n++}`;
  const person = () => `https://www.linkedin.com/in/contact-${r.int(1, 2_000_000).toString(36)}`;
  const title = (pDecision: number) => (r.chance(pDecision) ? r.pick(TITLES_DECISION) : r.pick(TITLES_OTHER));
  const push = (kind: ActivityKind, at: number, extra: Partial<GeneratedActivity> = {}) =>
    out.push({ kind, occurredAt: new Date(at), externalId: id(kind, at), quantity: 1, counterpart: null, counterpartTitle: null, thread: null, format: null, ...extra });

  // The network they already had, spread over the two years before the window.
  for (let i = 0; i < persona.priorConnections; i++) {
    const at = start - r.int(1, 730) * DAY + r.int(8, 19) * 3_600_000;
    push("CONNECTION_ADDED", at, { counterpart: person(), counterpartTitle: title(0.18 + 0.1 * persona.relationships) });
  }

  for (let w = 0; w < weeks; w++) {
    const progress = weeks > 1 ? w / (weeks - 1) : 1;
    const intensity = Math.max(0.02, persona.level * (1 + persona.trend * (progress - 0.5)) * (0.75 + 0.5 * r.next()));
    const weekStart = start + w * 7 * DAY;
    const at = () => weekStart + r.int(0, 4) * DAY + r.int(8 * 60, 18 * 60) * 60_000; // weekdays, office hours
    const times = (mean: number) => r.poisson(mean * intensity);

    for (let i = times(1.3 * persona.content); i > 0; i--) {
      const t = at();
      const format = r.pick(FORMATS);
      push("POST_PUBLISHED", t, { format });
      push("ENGAGEMENT_RECEIVED", t + 3 * 3_600_000, { quantity: r.int(3, 40) });
    }
    for (let i = times(0.12 * persona.content); i > 0; i--) push("ARTICLE_PUBLISHED", at(), { format: "article" });
    for (let i = times(0.35 * persona.content); i > 0; i--) push("MEDIA_UPLOADED", at(), { format: r.pick(["video", "document", "image"]) });
    for (let i = times(0.8); i > 0; i--) push("REPOST", at(), { format: "repost" });
    for (let i = times(4.5 * persona.engage); i > 0; i--) push("COMMENT", at());
    for (let i = times(12 * persona.engage); i > 0; i--) push("REACTION", at());
    for (let i = times(0.3); i > 0; i--) push("POLL_VOTE", at());
    if (persona.engage > 0.8) for (let i = times(0.6); i > 0; i--) push("GROUP_POST", at());
    for (let i = times(0.25); i > 0; i--) push("COMPANY_FOLLOWED", at());
    for (let i = times(6 * persona.find); i > 0; i--) push("SEARCH", at());
    for (let i = times(9 * persona.find); i > 0; i--) push("PROFILE_VIEW", at());
    for (let i = times(0.8); i > 0; i--) push("ENDORSEMENT_RECEIVED", at());
    if (r.chance(0.03 * intensity)) push("RECOMMENDATION_RECEIVED", at());

    generateNetworking(r, persona, at, times, person, title, push);
  }
  return out.filter((a) => a.occurredAt.getTime() <= endDay.getTime());
}

type Push = (kind: ActivityKind, at: number, extra?: Partial<GeneratedActivity>) => void;

/** Invitations, new connections, welcome messages and conversations for one week. */
function generateNetworking(
  r: Rng,
  persona: Persona,
  at: () => number,
  times: (mean: number) => number,
  person: () => string,
  title: (pDecision: number) => string,
  push: Push,
) {
  const connect = (t: number, who: string, whoTitle: string) => {
    push("CONNECTION_ADDED", t, { counterpart: who, counterpartTitle: whoTitle });
    if (r.chance(0.45 * persona.relationships)) {
      push("MESSAGE_SENT", t + r.int(1, 48) * 3_600_000, { counterpart: who, thread: `welcome-${who}` });
    }
  };
  for (let i = times(7 * persona.find); i > 0; i--) {
    const t = at();
    const who = person();
    const whoTitle = title(0.25 + 0.25 * persona.find);
    push("INVITATION_SENT", t, { counterpart: who, counterpartTitle: whoTitle });
    if (r.chance(0.35 + 0.3 * persona.relationships)) connect(t + r.int(1, 5) * DAY, who, whoTitle);
  }
  for (let i = times(2.5); i > 0; i--) {
    const t = at();
    const who = person();
    const whoTitle = title(0.15);
    push("INVITATION_RECEIVED", t, { counterpart: who, counterpartTitle: whoTitle });
    if (r.chance(0.8)) connect(t + r.int(0, 2) * DAY, who, whoTitle);
  }
  // Conversations the rep starts, and inbound ones they may answer.
  for (let i = times(3 * persona.relationships); i > 0; i--) {
    const who = person();
    const thread = `conv-${who}`;
    let t = at();
    push("MESSAGE_SENT", t, { counterpart: who, thread });
    for (let k = r.int(0, 3); k > 0; k--) {
      t += r.int(1, 30) * 3_600_000;
      push(r.chance(0.5) ? "MESSAGE_RECEIVED" : "MESSAGE_SENT", t, { counterpart: who, thread });
    }
  }
  for (let i = times(3); i > 0; i--) {
    const who = person();
    const thread = `conv-${who}`;
    const t = at();
    push("MESSAGE_RECEIVED", t, { counterpart: who, thread });
    if (r.chance(0.3 + 0.6 * persona.relationships)) push("MESSAGE_SENT", t + r.int(1, 20) * 3_600_000, { counterpart: who, thread });
  }
}
