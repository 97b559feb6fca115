import type { Prisma } from "@prisma/client";
import type { PoolClient } from "pg";
import { ARCHIVE_FACT_KEYS } from "~/domain/profile-facts";
import type { ParseResult } from "./linkedin";

/** "Complete_LinkedInDataExport_11-20-2026.zip" → "2026-11-20" (null when the name has no date). */
export function exportDateOf(fileName: string): string | null {
  const m = /(\d{2})-(\d{2})-(\d{4})\.(zip|csv)$/i.exec(fileName);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}

/** The archive's profile facts plus the rep's current job title: the columns an import may overwrite. */
const FACT_KEYS = [...ARCHIVE_FACT_KEYS, "jobTitle"] as const;

/**
 * What an archive changes on the rep: its profile facts and the sources it contained. An older
 * export imported after a newer one adds its activities but does not roll the facts back.
 */
export function profileFactsUpdate(
  rep: { dataSources: Prisma.JsonValue },
  parsed: ParseResult,
  fileName: string,
  now: Date,
): { set: Record<string, unknown>; written: string[] } {
  const previous = (rep.dataSources ?? {}) as Record<string, unknown>;
  const exportDate = exportDateOf(fileName);
  const lastDate = typeof previous.profileExportDate === "string" ? previous.profileExportDate : null;
  const newer = !lastDate || !exportDate || exportDate >= lastDate;

  const set: Record<string, unknown> = {};
  const written: string[] = [];
  if (newer) {
    for (const key of FACT_KEYS) {
      const value = parsed.profile[key];
      if (value !== undefined) {
        set[key] = value;
        written.push(key);
      }
    }
    if (parsed.ownerProfileUrl) set.linkedinUrl = parsed.ownerProfileUrl;
  }
  const sources: Record<string, unknown> = { ...previous };
  for (const [key, present] of Object.entries(parsed.sourcesPresent)) if (present) sources[key] = true;
  if (newer && exportDate) sources.profileExportDate = exportDate;
  set.dataSources = JSON.stringify(sources);
  set.lastImportAt = now;
  return { set, written };
}

/** Writes the update inside the import's transaction (column names come from the whitelist above). */
export async function applyProfileFacts(
  client: PoolClient,
  rep: { id: string; organizationId: string },
  update: { set: Record<string, unknown> },
): Promise<void> {
  const entries = Object.entries(update.set);
  const assignments = entries.map(([col], i) => `"${col}" = $${i + 3}${col === "dataSources" ? "::jsonb" : ""}`);
  await client.query(`UPDATE "RepProfile" SET ${assignments.join(", ")}, "updatedAt" = now() WHERE id = $1 AND "organizationId" = $2`, [
    rep.id,
    rep.organizationId,
    ...entries.map(([, v]) => v),
  ]);
}
