import type { ActivityKind } from "@prisma/client";
import type { CountBreakdown, FileReport, ImportCounts, ParseResult } from "./linkedin";

/** Which archive file (parser id) an activity kind comes from, for per-file counts. */
const FILE_OF_KIND: Partial<Record<ActivityKind, string>> = {
  CONNECTION_ADDED: "connections",
  INVITATION_SENT: "invitations",
  INVITATION_RECEIVED: "invitations",
  MESSAGE_SENT: "messages",
  MESSAGE_RECEIVED: "messages",
  POST_PUBLISHED: "shares",
  REPOST: "shares",
  COMMENT: "comments",
  REACTION: "reactions",
  POLL_VOTE: "votes",
  MEDIA_UPLOADED: "rich_media",
  ARTICLE_PUBLISHED: "articles",
  SEARCH: "search_queries",
  COMPANY_FOLLOWED: "company_follows",
  MEMBER_FOLLOWED: "member_follows",
  ENDORSEMENT_RECEIVED: "endorsements_received",
  ENDORSEMENT_GIVEN: "endorsements_given",
  RECOMMENDATION_RECEIVED: "recommendations_received",
  RECOMMENDATION_GIVEN: "recommendations_given",
  EVENT_ATTENDED: "events",
};

export const fileOfKind = (kind: ActivityKind): string => FILE_OF_KIND[kind] ?? "other";

export interface FileSummary {
  name: string;
  kind: string;
  rows: number;
  imported: number;
  duplicates: number;
  skipped: number;
  rejected: number;
  rejections: { line: number; reason: string }[];
  unknownColumns: string[];
  error: string | null;
}

/** What an import reports to the UI, the CLI (--json) and the ImportJob row. */
export interface ImportSummary {
  archiveType: ParseResult["archiveType"];
  ownerProfileUrl: string | null;
  /** Every count of the samples' expected.json: the per-file counts and their sponsored/repost parts. */
  counts: ImportCounts & CountBreakdown;
  imported: number;
  duplicates: number;
  rejected: number;
  files: FileSummary[];
  unknownFiles: string[];
  ignoredFiles: { name: string; reason: string }[];
  notices: string[];
  profileUpdated: string[];
}

/** Spreads per-kind inserted/duplicate tallies over the files they came from. */
export function summarize(
  parsed: ParseResult,
  tally: Map<ActivityKind, { imported: number; duplicates: number }>,
  profileUpdated: string[],
): ImportSummary {
  const perFile = new Map<string, { imported: number; duplicates: number }>();
  for (const [kind, t] of tally) {
    const f = perFile.get(fileOfKind(kind)) ?? { imported: 0, duplicates: 0 };
    f.imported += t.imported;
    f.duplicates += t.duplicates;
    perFile.set(fileOfKind(kind), f);
  }
  const seen = new Set<string>();
  const files = parsed.files.map((f: FileReport): FileSummary => {
    // Numbered Shares_1.csv / Shares_2.csv share one tally: attach it to the first of them.
    const t = !seen.has(f.kind) ? perFile.get(f.kind) : undefined;
    seen.add(f.kind);
    return {
      name: f.name,
      kind: f.kind,
      rows: f.rows,
      imported: t?.imported ?? 0,
      duplicates: t?.duplicates ?? 0,
      skipped: f.skipped,
      rejected: f.rejectedCount,
      rejections: f.rejected,
      unknownColumns: f.unknownColumns,
      error: f.error ?? null,
    };
  });
  const total = (k: "imported" | "duplicates") => [...tally.values()].reduce((a, t) => a + t[k], 0);
  return {
    archiveType: parsed.archiveType,
    ownerProfileUrl: parsed.ownerProfileUrl,
    counts: { ...parsed.counts, ...parsed.breakdown },
    imported: total("imported"),
    duplicates: total("duplicates"),
    rejected: parsed.files.reduce((a, f) => a + f.rejectedCount, 0),
    files,
    unknownFiles: parsed.unknownFiles,
    ignoredFiles: parsed.ignoredFiles,
    notices: parsed.notices,
    profileUpdated,
  };
}
