import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** "27 Nov 2026, 14:05" in the organisation's time zone. */
export function formatInstant(when: Date | null | undefined, timeZone: string): string {
  if (!when) return "—";
  return format(new TZDate(when.getTime(), timeZone), "d MMM yyyy, HH:mm");
}

/** "27 Nov 2026" in the organisation's time zone. */
export function formatDate(when: Date | null | undefined, timeZone: string): string {
  if (!when) return "—";
  return format(new TZDate(when.getTime(), timeZone), "d MMM yyyy");
}

/** "VP, Director" ⇄ ["VP", "Director"]: commas or new lines separate keywords. */
export const keywordsToText = (list: string[]) => list.join(", ");
export const textToKeywords = (text: string) =>
  text
    .split(/[,\n]/)
    .map((k) => k.trim())
    .filter(Boolean);

/** The message of a tRPC or network error, safe to show. */
export function errorMessage(err: unknown, fallback = "Something went wrong. Try again."): string {
  const msg = (err as { message?: unknown } | null)?.message;
  return typeof msg === "string" && msg && !/fetch|network/i.test(msg) ? msg : fallback;
}
