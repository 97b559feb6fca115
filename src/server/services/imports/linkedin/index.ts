// LinkedIn data-export parser (pure: reads the given file, no database, no queue).
//
//   parseLinkedInExport({ path, fileName }, { limits, onBatch, onProgress?, batchSize? })
//     → Promise<ParseResult>
//
// Input: the ZIP as downloaded (Basic_/Complete_LinkedInDataExport_MM-DD-YYYY.zip) or one CSV
// file from it; anything else throws ArchiveError (see errors.ts for the codes).
// Activities stream to `onBatch` in batches of `batchSize` (default 1000), each awaited; the
// last batch may be smaller. `externalKey`s are content-derived and rep-independent
// (external-key.ts): the importer prefixes them with the rep id.
//
// When errors surface: every archive-level problem (not ZIP/CSV, size limits, too many entries,
// unsafe paths, encryption, zip bombs and lying sizes, truncation, CRC) and an unrecognised
// single-CSV header are detected before onBatch is first called (the ZIP is verified in a
// first pass). Only I/O failures during the second pass (the file changing or vanishing under
// us) or an error thrown by onBatch itself can interrupt a parse after batches were emitted;
// the importer runs in one transaction, so nothing is kept then.
// Row-level problems never throw: they are listed per file in ParseResult.files[].rejected.
import { detectInput } from "./input-detect";
import { parseZip } from "./parse-archive";
import { parseSingleCsv } from "./parse-csv";
import { finishProfileFacts } from "./profile-facts";
import { ParseSession } from "./session";
import type { ParseInput, ParseOptions, ParseResult } from "./types";

export { ArchiveError, isArchiveError, type ArchiveErrorCode } from "./errors";
export { parseLinkedInDate } from "./dates";
export { normalizeProfileUrl } from "./identity";
export { KEY_VERSION } from "./external-key";
export { detectInput } from "./input-detect";
export * from "./types";

export async function parseLinkedInExport(input: ParseInput, opts: ParseOptions): Promise<ParseResult> {
  const { type, size } = await detectInput(input.path, input.fileName, opts.limits.maxBytes);
  const session = new ParseSession(opts);

  const outcome =
    type === "zip"
      ? await parseZip(input.path, input.fileName, opts.limits, session, opts.integrityPass ?? true)
      : {
          archiveType: "csv" as const,
          unknownFiles: [],
          ignoredFiles: [],
          ...(await parseSingleCsv(input.path, input.fileName, size, opts.limits, session)),
        };
  await session.drain(true);
  for (const f of outcome.files) {
    if (f.error) session.notice(`${f.name} could not be read (${f.error}).`);
    else if (f.rejectedCount > 0) {
      session.notice(`${f.rejectedCount} row${f.rejectedCount === 1 ? "" : "s"} of ${f.name} could not be read and ${f.rejectedCount === 1 ? "was" : "were"} skipped.`);
    }
  }
  await session.progress(1);

  return {
    archiveType: outcome.archiveType,
    ownerProfileUrl: session.owner.url,
    ownerSource: outcome.ownerSource,
    profile: finishProfileFacts(session),
    counts: session.counts,
    breakdown: session.breakdown,
    files: outcome.files,
    unknownFiles: outcome.unknownFiles,
    ignoredFiles: outcome.ignoredFiles,
    sourcesPresent: session.sources,
    notices: session.notices,
    activityCount: session.activityCount,
  };
}
