// Which parser reads which archive entry.
import { ARTICLE_PATH } from "./files/articles";
import { connectionsFile } from "./files/connections";
import { commentsFile, reactionsFile, votesFile } from "./files/engagement";
import { eventsFile } from "./files/events";
import { invitationsFile } from "./files/invitations";
import { messagesFile } from "./files/messages";
import { companyFollowsFile, memberFollowsFile, searchQueriesFile } from "./files/network";
import { positionsFile, profileCountFiles, profileFile, profileSummaryFile } from "./files/profile";
import {
  endorsementsGivenFile,
  endorsementsReceivedFile,
  recommendationsGivenFile,
  recommendationsReceivedFile,
} from "./files/reputation";
import { richMediaFile } from "./files/rich-media";
import { sharesFile } from "./files/shares";
import type { CsvFileSpec } from "./file-spec";

export const CSV_SPECS: readonly CsvFileSpec[] = [
  profileFile,
  profileSummaryFile,
  positionsFile,
  ...profileCountFiles,
  invitationsFile,
  connectionsFile,
  sharesFile,
  commentsFile,
  reactionsFile,
  votesFile,
  richMediaFile,
  searchQueriesFile,
  companyFollowsFile,
  memberFollowsFile,
  endorsementsReceivedFile,
  endorsementsGivenFile,
  recommendationsReceivedFile,
  recommendationsGivenFile,
  eventsFile,
  messagesFile,
];

/** Files whose absence makes an archive "Basic" (FORMAT.md). */
export const ACTIVITY_SPEC_IDS = new Set(["shares", "comments", "reactions", "votes", "search_queries"]);

export type EntryClass =
  | { type: "csv"; spec: CsvFileSpec }
  | { type: "article" }
  | { type: "ignored"; reason: string }
  | { type: "unknown" };

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function classifyEntry(path: string): EntryClass {
  const base = baseName(path).toLowerCase();
  if (path.startsWith("__MACOSX/") || base.startsWith("._") || base === ".ds_store" || base === "thumbs.db") {
    return { type: "ignored", reason: "operating-system file" };
  }
  if (ARTICLE_PATH.test(path)) return { type: "article" };
  const spec = CSV_SPECS.find((s) => s.match.test(base));
  if (spec) return { type: "csv", spec };
  if (/messages\.csv$/.test(base)) return { type: "ignored", reason: "not member conversations" };
  return { type: "unknown" };
}
