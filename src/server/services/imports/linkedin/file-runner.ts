// Runs one CSV file through decode → CSV → header → row handler, and reports on it.
import { CsvRecordTooLargeError, sniffDelimiter } from "./csv";
import { isArchiveError } from "./errors";
import type { CsvFileSpec, RowOutcome } from "./file-spec";
import type { ParseSession } from "./session";
import { expectedHeader, HeaderNotFoundError, TableReader, type Row } from "./table";
import { decodeText } from "./text-decode";
import type { FileReport } from "./types";

export const MAX_STORED_REJECTIONS = 100;

export function newReport(name: string, kind: string): FileReport {
  return { name, kind, encoding: "utf-8", rows: 0, accepted: 0, skipped: 0, rejected: [], rejectedCount: 0, unknownColumns: [] };
}

export function addRejection(report: FileReport, line: number, reason: string): void {
  report.rejectedCount++;
  if (report.rejected.length < MAX_STORED_REJECTIONS) report.rejected.push({ line, reason });
}

export interface RunOptions {
  /** Called with the byte count of each chunk read (progress). */
  onBytes?: (n: number) => Promise<void>;
  /** Single-CSV uploads: an unrecognised header is fatal, not a file error. */
  throwOnBadHeader?: boolean;
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes?: (n: number) => Promise<void>) {
  for await (const c of chunks) {
    if (onBytes) await onBytes(c.length);
    yield c;
  }
}

/** Read a whole CSV file into the session. Throws only ArchiveErrors (and onBatch's errors). */
export async function runCsvFile(
  name: string,
  spec: CsvFileSpec,
  chunks: AsyncIterable<Uint8Array>,
  session: ParseSession,
  opts: RunOptions = {},
): Promise<FileReport> {
  const report = newReport(name, spec.id);
  if (spec.source) session.sources[spec.source] = true;
  spec.present?.(session);
  let reader: TableReader | null = null;
  let handler: ((row: Row) => RowOutcome) | null = null;

  const handle = (rows: Row[]) => {
    for (const row of rows) {
      if (row.isEmpty()) continue;
      report.rows++;
      if (row.problem) {
        addRejection(report, row.line, row.problem);
        continue;
      }
      handler ??= spec.start(session, reader!.headerMatch!);
      let outcome: RowOutcome;
      try {
        outcome = handler(row);
      } catch (err) {
        if (isArchiveError(err)) throw err;
        outcome = { reject: `could not read the row (${err instanceof Error ? err.message : String(err)})` };
      }
      if (outcome === undefined) report.accepted++;
      else if ("skip" in outcome) report.skipped++;
      else addRejection(report, row.line, outcome.reject);
    }
  };

  try {
    for await (const text of decodeText(counted(chunks, opts.onBytes), (e) => (report.encoding = e))) {
      reader ??= new TableReader(spec.table, sniffDelimiter(text.slice(0, 16_384)));
      handle(reader.push(text));
      await session.drain();
    }
    if (reader) {
      handle(reader.end());
      if (reader.missingHeader()) throw new HeaderNotFoundError(expectedHeader(spec.table));
    }
    await session.drain();
  } catch (err) {
    if (err instanceof HeaderNotFoundError) {
      if (opts.throwOnBadHeader) throw err;
      report.error = `${err.message}; file skipped`;
    } else if (err instanceof CsvRecordTooLargeError) {
      report.error = `${err.message}; the rest of the file was skipped`;
      await session.drain();
    } else {
      throw err;
    }
  }
  report.unknownColumns = reader?.headerMatch?.unknownColumns ?? [];
  return report;
}
