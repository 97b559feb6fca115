// Profile URLs and the archive owner's identity.
//
// Which messages are "sent" depends on knowing the owner's profile URL; the archive never
// states it outright. Sources, best first (the first that yields a URL wins):
//   1. Invitations.csv (2020+): inviterProfileUrl on OUTGOING rows, inviteeProfileUrl on
//      INCOMING rows. Every row votes; the most voted URL is the owner.
//   2. messages.csv, by name: sender URLs whose FROM equals the Profile.csv name (First Last);
//      the most frequent one.
//   3. messages.csv, by participation: the URL that appears most often as sender or recipient
//      (the owner takes part in every conversation of their own inbox).
//   4. None: every message is counted as received and a notice says so.
// Sources 2 and 3 need a pre-pass over messages.csv (small per-URL counters only).

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/**
 * Canonical profile URL: `https://www.linkedin.com/<path>` lower-cased, without query,
 * fragment or trailing slash. Accepts "www.linkedin.com/in/x" (endorsements) and
 * country hosts ("de.linkedin.com"). Non-LinkedIn URLs are returned trimmed, unchanged.
 */
export function normalizeProfileUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  const hit = cache.get(trimmed);
  if (hit !== undefined) return hit;
  const result = normalizeUncached(trimmed);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // `trimmed` is usually a slice of a 256 KiB decoded chunk; a cached slice would keep the whole
  // chunk alive. Cache a detached copy instead.
  cache.set(detach(trimmed), result);
  return result;
}

/** A copy of `s` that does not share memory with a larger string. */
export function detach(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

function normalizeUncached(s: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return s;
  }
  const host = url.hostname.toLowerCase();
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return s;
  let path = url.pathname.replace(/\/+$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form
  }
  if (path === "") return null;
  return `https://www.linkedin.com${path.toLowerCase()}`;
}

/** Split RECIPIENT PROFILE URLS ("a,b" or "a, b") into normalised URLs. */
export function splitProfileUrls(raw: string): string[] {
  if (raw.trim() === "") return [];
  const out: string[] = [];
  for (const part of raw.split(/[,;]\s*/)) {
    const u = normalizeProfileUrl(part);
    if (u) out.push(u);
  }
  return out;
}

/** Counts votes for URLs; ties go to the URL seen first (deterministic for a given file). */
export class UrlVotes {
  private readonly votes = new Map<string, number>();

  add(url: string | null, weight = 1): void {
    if (!url) return;
    this.votes.set(url, (this.votes.get(url) ?? 0) + weight);
  }

  get size(): number {
    return this.votes.size;
  }

  best(): { url: string; votes: number } | null {
    let best: { url: string; votes: number } | null = null;
    for (const [url, votes] of this.votes) {
      if (!best || votes > best.votes) best = { url, votes };
    }
    return best;
  }
}

export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) !== "" && norm(a) === norm(b);
}
