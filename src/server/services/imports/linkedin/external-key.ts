// External keys: deterministic, content-derived identifiers for activities.
//
// key = "li1:" + kind + ":" + first 32 hex of sha256(kind, version, identifying parts...)
//
// The parts are the row's identifying fields, normalised (trimmed, CRLF→LF, URLs canonical,
// instants as ISO UTC seconds) and never anything that changes between two exports of the
// same member: folder (INBOX→ARCHIVE), connection's current position, visibility, reaction
// type (changing LIKE→PRAISE is the same reaction) are left out. Nothing about the rep or the
// archive goes in, so a re-import or an overlapping older/newer export gives the same keys;
// the importer prefixes the rep id.
//
// Long free text (message bodies, comments, commentary) is part of the hash input, so two
// messages in the same second in the same thread with different text get different keys;
// the text itself is never stored.
//
// Rows whose identifying parts are identical (two "date only" connections on the same day, a
// message "ok" sent twice in the same second) are distinct events: KeyRegistry appends an
// occurrence number ("#2", "#3"...) to the parts, in file order. Keys are therefore unique
// within an archive, and stable across exports as long as both hold the same duplicates.
import * as crypto from "node:crypto";
import { createHash } from "node:crypto";
import type { ActivityKind } from "./types";

export const KEY_VERSION = "li1";
const SEP = "\u001f";

export type KeyPart = string | number | null | undefined;

/** Trim and unify line ends so CRLF-era and LF-era exports hash alike. */
export function normText(s: string | null | undefined): string {
  if (!s) return "";
  return (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s).trim();
}

/** Case- and space-insensitive form for names, titles, queries. */
export function normName(s: string | null | undefined): string {
  if (!s) return "";
  return s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function deriveKey(kind: ActivityKind, parts: readonly KeyPart[]): string {
  return `${KEY_VERSION}:${kind}:${keyDigest(kind, parts)}`;
}

/** The 32 hex characters of a key, as a flat string (no slice of a longer digest). */
function keyDigest(kind: ActivityKind, parts: readonly KeyPart[]): string {
  let input = KEY_VERSION + SEP + kind;
  for (const p of parts) input += SEP + (p === null || p === undefined ? "" : String(p));
  return sha256(input).toString("hex", 0, 16);
}

// crypto.hash (Node ≥ 20.12) is a one-shot without the Hash object; same digest as createHash.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "buffer") => Buffer }).hash;
function sha256(input: string): Buffer {
  return oneShot ? oneShot("sha256", input, "buffer") : createHash("sha256").update(input).digest();
}

/** Hands out unique keys within one parse, numbering repeated identical rows. */
export class KeyRegistry {
  // Digests only (kind is inside the hashed input): ~60 bytes per activity for 200k+ rows.
  private readonly seen = new Set<string>();
  /** Next occurrence number to try, for keys that repeated (keeps n identical rows O(n)). */
  private readonly nextOrdinal = new Map<string, number>();
  private duplicates = 0;

  unique(kind: ActivityKind, parts: readonly KeyPart[]): string {
    const base = keyDigest(kind, parts);
    let digest = base;
    if (this.seen.has(base)) {
      this.duplicates++;
      for (let n = this.nextOrdinal.get(base) ?? 2; ; n++) {
        const candidate = keyDigest(kind, [...parts, `#${n}`]);
        if (!this.seen.has(candidate)) {
          digest = candidate;
          this.nextOrdinal.set(base, n + 1);
          break;
        }
      }
    }
    this.seen.add(digest);
    return `${KEY_VERSION}:${kind}:${digest}`;
  }

  /** Rows that shared their identifying parts with an earlier row. */
  get repeatedRows(): number {
    return this.duplicates;
  }
}

/** Links as exported differ by era in percent-encoding (urn%3Ali%3Ashare vs urn:li:share). */
export function normLink(s: string | null | undefined): string {
  if (!s) return "";
  let t = s.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as is
  }
  return t.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/^https?:\/\/(www\.)?/i, "").toLowerCase();
}
