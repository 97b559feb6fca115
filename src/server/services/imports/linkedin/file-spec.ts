// The contract between the archive walker and one file's parser (files/*.ts).
import type { KeyPart } from "./external-key";
import type { UrlVotes } from "./identity";
import type { HeaderMatch, Row, TableSpec } from "./table";
import type { CountBreakdown, ImportCounts, ParsedActivity, ArchiveProfileFacts, SourcesPresent } from "./types";

export interface OwnerState {
  /** Known once resolved (see identity.ts); null until then or when never found. */
  url: string | null;
  /** First + Last from Profile.csv. */
  displayName: string | null;
  /** Votes from Invitations.csv. */
  readonly invitationVotes: UrlVotes;
}

export interface FileContext {
  readonly counts: ImportCounts;
  readonly breakdown: CountBreakdown;
  readonly profile: Partial<ArchiveProfileFacts>;
  readonly owner: OwnerState;
  /** Derive the external key from `keyParts` and queue the activity for onBatch. */
  emit(activity: Omit<ParsedActivity, "externalKey">, keyParts: readonly KeyPart[]): void;
  notice(text: string): void;
}

/** undefined = accepted; `skip` = dropped on purpose (drafts...); `reject` = not understood. */
export type RowOutcome = undefined | { skip: string } | { reject: string };

/** Processing order: identity sources before the files that need them. */
export const PHASE = { profile: 0, identity: 1, activity: 2, messages: 3 } as const;

export interface CsvFileSpec {
  /** Stable id, used as FileReport.kind. */
  id: string;
  /** Tested against the lower-case base name of the entry. */
  match: RegExp;
  source: keyof SourcesPresent | null;
  phase: number;
  table: TableSpec;
  /** Called once when the file is found, even if it holds only a header (a real zero). */
  present?(ctx: FileContext): void;
  /** Called when the header is known; returns the row handler. */
  start(ctx: FileContext, header: HeaderMatch): (row: Row) => RowOutcome;
}

export const reject = (reason: string): RowOutcome => ({ reject: reason });
export const skip = (reason: string): RowOutcome => ({ skip: reason });

export function badDate(column: string, value: string): RowOutcome {
  return value === "" ? reject(`missing ${column}`) : reject(`unreadable ${column} "${value.slice(0, 40)}"`);
}

/** Omit empty values so metadata stays small. */
export function compact(meta: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    if (v === undefined || v === null || v === "") continue;
    out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}
