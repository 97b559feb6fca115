// Form rules for the quick actions (the procedures check the same rules again on the server).
import { z } from "zod";
import { localDay } from "~/lib/format/dates";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar day `days` before `day` ("YYYY-MM-DD"), in plain calendar arithmetic. */
export function dayMinus(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export interface KindLimit {
  kind: string;
  maxQuantity: number;
  unit: string;
}

/** Log an activity: a kind from the list, 1..its maximum, a day within the last 12 months. */
export function logActivitySchema(kinds: readonly KindLimit[], today: string = localDay()) {
  const earliest = dayMinus(today, 365);
  return z
    .object({
      kind: z.string().min(1, "Choose what you did"),
      quantity: z.number({ error: "Enter how many" }).int("Whole numbers only").min(1, "At least 1"),
      day: z
        .string()
        .regex(DAY, "Use a date like 2026-11-27")
        .refine((d) => d <= today, "Not in the future")
        .refine((d) => d >= earliest, "Only the last 12 months can be logged"),
    })
    .superRefine((v, ctx) => {
      const spec = kinds.find((k) => k.kind === v.kind);
      if (!spec) {
        if (v.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "Choose what you did" });
        return;
      }
      if (v.quantity > spec.maxQuantity) {
        ctx.addIssue({ code: "custom", path: ["quantity"], message: `At most ${spec.maxQuantity} ${spec.unit} at once` });
      }
    });
}
export type LogActivityValues = z.infer<ReturnType<typeof logActivitySchema>>;

/**
 * The instant an activity logged for `day` is stored at: now for today (so it counts at full
 * weight at once), else noon of that day in the user's zone.
 */
export function occurredAtFor(day: string, now: Date = new Date()): Date {
  if (day === localDay(now)) return now;
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

const pillar = z.number({ error: "Enter 0 to 25" }).min(0, "0 to 25").max(25, "0 to 25");
const topPercent = z.number().min(0.1, "Between 0.1 and 100").max(100, "Between 0.1 and 100").nullable();

/** LinkedIn's pillars are shown with two decimals and the total as a whole number: allow 1 point of rounding. */
export const READING_SUM_TOLERANCE = 1;

/** Record LinkedIn's official SSI: total, four pillars that add up to it, optional ranks, a day not in the future. */
export function readingSchema(today: string = localDay()) {
  return z
    .object({
      readOn: z
        .string()
        .regex(DAY, "Use a date like 2026-11-27")
        .refine((d) => d <= today, "Not in the future"),
      total: z.number({ error: "Enter 0 to 100" }).min(0, "0 to 100").max(100, "0 to 100"),
      brand: pillar,
      findPeople: pillar,
      engage: pillar,
      relationships: pillar,
      industryTopPercent: topPercent,
      networkTopPercent: topPercent,
    })
    .superRefine((v, ctx) => {
      const sum = pillarTotal(v);
      if (Math.abs(sum - v.total) > READING_SUM_TOLERANCE) {
        ctx.addIssue({
          code: "custom",
          path: ["total"],
          message: `The four pillars add up to ${sum.toFixed(2)}, not ${v.total}. Check the numbers on LinkedIn's page.`,
        });
      }
    });
}
export type ReadingValues = z.infer<ReturnType<typeof readingSchema>>;

/** Sum of the four pillars, to the cent. */
export function pillarTotal(v: { brand: number; findPeople: number; engage: number; relationships: number }): number {
  const cents = [v.brand, v.findPeople, v.engage, v.relationships].reduce((s, x) => s + Math.round((Number.isFinite(x) ? x : 0) * 100), 0);
  return cents / 100;
}

/** Form value → number: "" → null (optional), "12,5" → 12.5, "abc" → NaN (the schema rejects it). */
export function toNumberOrNull(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim().replace(",", ".");
  return s === "" ? null : Number(s);
}

/**
 * A v4 UUID for a logging attempt. crypto.randomUUID exists only in secure contexts (https or
 * localhost); plain-http intranet installs fall back to getRandomValues, which exists everywhere.
 */
export function newClientId(c: Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof c.randomUUID === "function") return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
