// Every date format LinkedIn exports use (FORMAT.md), read into UTC instants.
// Hand-written patterns rather than date-fns `parse`: one call tries all eras' formats in a
// few regex tests (≈150k calls per large archive), and each pattern is pinned by a unit test.
//
// Time zones: "UTC", "GMT", "Z" and numeric offsets are honoured; a timestamp without a zone
// (Shares, Comments, Reactions, Votes, Member_Follows, Invitations...) is read as UTC.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function monthFromName(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

function year4(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function hour24(h: number, ampm: string | undefined): number | null {
  if (!ampm) return h <= 23 ? h : null;
  if (h < 1 || h > 12) return null;
  const pm = ampm.toUpperCase() === "PM";
  return (h % 12) + (pm ? 12 : 0);
}

/** Offset in minutes east of UTC, or null when the zone is not understood. */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const z = zone.toUpperCase();
  if (z === "UTC" || z === "GMT" || z === "Z") return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return null;
  const mins = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -mins : mins;
}

/** Build a UTC instant, refusing impossible components (31 Feb, 25:00...). */
export function utcInstant(
  y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = 0,
): Date | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
    return null;
  }
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(ms - offsetMinutes * 60_000);
}

// 2026-03-05 22:26:20 UTC | 2025-07-01 14:33:22 | 2024/12/07 14:51:07 UTC | 2026-07-07 16:39 | 2022-07-21T20:53:18Z
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(UTC|GMT|Z|(?:UTC|GMT)?[+-]\d{2}:?\d{2})?$/i;
// 3/7/26, 1:07 PM | 09/19/24, 12:47 AM | 1/24/2018 9:41 PM | 3/7/26
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?\s*(UTC|GMT)?$/i;
// 09 Sep 2022 | 9-Sep-2022
const DAY_MON_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/;
// Tue Aug 30 14:33:11 UTC 2022
const UNIX = /^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3,9})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(UTC|GMT|[+-]\d{4})\s+(\d{4})$/i;
// Apr 3, 2023 | Mar 21, 2026 01:30 PM | March 8, 2026 at 4:05 AM (GMT)
const MON_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?\s*(?:\(?(UTC|GMT)\)?)?$/i;

/**
 * Parse any LinkedIn export timestamp into a UTC Date; null when not understood.
 * Events' ranges ("Mar 21, 2026 01:30 PM - Mar 21, 2026 03:00 PM") give their start.
 */
export function parseLinkedInDate(raw: string): Date | null {
  const fast = fastIso(raw);
  if (fast !== undefined) return fast;
  let s = raw.trim().replace(/\s+/g, " ");
  if (s === "") return null;
  const range = s.indexOf(" - ");
  if (range > 0) s = s.slice(0, range).trim();

  let m = ISO.exec(s);
  if (m) {
    const off = zoneOffset(m[7]);
    if (off === null) return null;
    return utcInstant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), off);
  }
  m = US.exec(s);
  if (m) {
    const h = m[4] === undefined ? 0 : hour24(Number(m[4]), m[7]);
    if (h === null) return null;
    return utcInstant(year4(m[3]!), Number(m[1]), Number(m[2]), h, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  m = DAY_MON_YEAR.exec(s);
  if (m) {
    const mo = monthFromName(m[2]!);
    return mo === null ? null : utcInstant(Number(m[3]), mo, Number(m[1]));
  }
  m = UNIX.exec(s);
  if (m) {
    const mo = monthFromName(m[1]!);
    const off = zoneOffset(m[6]);
    if (mo === null || off === null) return null;
    return utcInstant(Number(m[7]), mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), off);
  }
  m = MON_DAY_YEAR.exec(s);
  if (m) {
    const mo = monthFromName(m[1]!);
    if (mo === null) return null;
    const h = m[4] === undefined ? 0 : hour24(Number(m[4]), m[7]);
    if (h === null) return null;
    return utcInstant(Number(m[3]), mo, Number(m[2]), h, Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  return null;
}

const d2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

/**
 * The most frequent shapes, "YYYY-MM-DD HH:MM:SS" and the same + " UTC" (messages, Shares,
 * Comments, Reactions...), without regexes. undefined = not this shape, use the general path.
 */
function fastIso(s: string): Date | null | undefined {
  if (s.length !== 19 && s.length !== 23) return undefined;
  if (s.length === 23 && !s.endsWith(" UTC")) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return undefined;
  }
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return utcInstant(d2(s, 0) * 100 + d2(s, 2), d2(s, 5), d2(s, 8), d2(s, 11), d2(s, 14), d2(s, 17));
}

export type MediaType = "video" | "document" | "image";

// You uploaded a video on March 8, 2026 at 4:05 AM (GMT)
const UPLOAD_SENTENCE = /^you\s+(?:uploaded|shared|posted|added)\s+an?\s+([a-z]+)\s+on\s+(.+)$/i;

/** Rich_Media.csv's "Date/Time" sentence: the instant and what was uploaded. */
export function parseUploadSentence(raw: string): { date: Date; media: MediaType | null } | null {
  const m = UPLOAD_SENTENCE.exec(raw.trim().replace(/\s+/g, " "));
  if (!m) {
    const date = parseLinkedInDate(raw);
    return date ? { date, media: null } : null;
  }
  const date = parseLinkedInDate(m[2]!);
  if (!date) return null;
  return { date, media: mediaTypeFromWord(m[1]!) };
}

export function mediaTypeFromWord(word: string): MediaType | null {
  const w = word.toLowerCase();
  if (w === "video") return "video";
  if (w === "document" || w === "pdf" || w === "presentation") return "document";
  if (w === "photo" || w === "image" || w === "picture") return "image";
  return null;
}

/** "Mon YYYY", "Month YYYY" or "YYYY" (positions, certifications, education). */
export function parseMonthYear(raw: string): { year: number; month: number | null } | null {
  const s = raw.trim();
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthFromName(m[1]!);
    const year = Number(m[2]);
    return month === null || year < MIN_YEAR - 60 || year > MAX_YEAR ? null : { year, month };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { year: Number(m[1]), month: null };
  return null;
}

/** Canonical form used inside external keys: ISO-8601 UTC, second precision. */
export function isoSecond(d: Date): string {
  return d.toISOString().slice(0, 19) + "Z";
}
