// Regular expressions the aggregation SQL uses on connection titles (PostgreSQL ARE syntax).

/** VP, Director, Head, C-level, Owner, Founder, President, Partner (DESIGN.md: decision makers). */
export const DECISION_MAKER_RE =
  String.raw`\m(vp|svp|evp|vice[ -]president|director|head|chief|ceo|cto|cfo|coo|cio|cmo|cro|owner|founder|co-?founder|president|partner|managing director)\M`;

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

/** A case-insensitive alternation of the org's ICP keywords, or null when none are set. */
export function icpRegex(keywords: readonly string[]): string | null {
  const words = keywords.map((k) => k.trim()).filter((k) => k.length > 0);
  if (words.length === 0) return null;
  return String.raw`\m(${words.map(escapeRe).join("|")})`;
}
