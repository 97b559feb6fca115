import type { Prisma } from "@prisma/client";
import type { Tx } from "~/server/db";
import type { ParseResult } from "./linkedin";

/** "Complete_LinkedInDataExport_11-20-2026.zip" → "2026-11-20" (null when the name has no date). */
export function exportDateOf(fileName: string): string | null {
  const m = /(\d{2})-(\d{2})-(\d{4})\.(zip|csv)$/i.exec(fileName);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}

const FACT_KEYS = [
  "headline",
  "jobTitle",
  "summaryLength",
  "currentPositions",
  "pastPositions",
  "educationCount",
  "skillsCount",
  "certificationsCount",
  "publicationsCount",
  "volunteeringCount",
  "languagesCount",
  "projectsCount",
  "honorsCount",
  "connectionCount",
] as const;

/**
 * Copies the archive's profile facts onto the rep and records which sources it contained. An
 * older export imported after a newer one adds its activities but does not roll facts back.
 * Returns the names of the facts that were written.
 */
export async function applyProfileFacts(
  tx: Tx,
  rep: { id: string; dataSources: Prisma.JsonValue },
  parsed: ParseResult,
  fileName: string,
  now: Date,
): Promise<string[]> {
  const previous = (rep.dataSources ?? {}) as Record<string, unknown>;
  const exportDate = exportDateOf(fileName);
  const lastDate = typeof previous.profileExportDate === "string" ? previous.profileExportDate : null;
  const newer = !lastDate || !exportDate || exportDate >= lastDate;

  const data: Prisma.RepProfileUpdateInput = {};
  const written: string[] = [];
  if (newer) {
    for (const key of FACT_KEYS) {
      const value = parsed.profile[key];
      if (value !== undefined) {
        (data as Record<string, unknown>)[key] = value;
        written.push(key);
      }
    }
    if (parsed.ownerProfileUrl) data.linkedinUrl = parsed.ownerProfileUrl;
  }
  const sources: Record<string, unknown> = { ...previous };
  for (const [key, present] of Object.entries(parsed.sourcesPresent)) if (present) sources[key] = true;
  if (newer && exportDate) sources.profileExportDate = exportDate;
  data.dataSources = sources as Prisma.InputJsonValue;
  data.lastImportAt = now;
  await tx.repProfile.update({ where: { id: rep.id }, data });
  return written;
}
