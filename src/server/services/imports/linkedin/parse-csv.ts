// Parsing one CSV uploaded on its own (e.g. messages.csv): which export file it is comes from
// its header (and its name when the header fits several files).
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { CsvParser, sniffDelimiter } from "./csv";
import { ArchiveError, formatBytes } from "./errors";
import { baseName, CSV_SPECS } from "./file-registry";
import { runCsvFile } from "./file-runner";
import type { CsvFileSpec } from "./file-spec";
import { noOwnerNotice, ownerFromInvitations, ownerFromMessages } from "./owner";
import type { ParseSession } from "./session";
import { expectedHeader, HeaderNotFoundError, matchHeader } from "./table";
import { decodeText } from "./text-decode";
import type { FileReport, OwnerIdentitySource, ParseLimits } from "./types";

const HEAD_BYTES = 64 * 1024;
const CHUNK = 64 * 1024;

export async function parseSingleCsv(
  path: string,
  fileName: string,
  size: number,
  limits: ParseLimits,
  session: ParseSession,
): Promise<{ files: FileReport[]; ownerSource: OwnerIdentitySource }> {
  if (size > limits.maxUncompressedBytes) {
    throw new ArchiveError("UNCOMPRESSED_TOO_LARGE", `The file is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxUncompressedBytes)}.`);
  }
  const spec = await identify(path, fileName);
  const stream = () => createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>;
  let ownerSource: OwnerIdentitySource = "none";
  if (spec.id === "messages") {
    ownerSource = await ownerFromMessages(session, stream());
    if (ownerSource === "none") noOwnerNotice(session);
  }
  let read = 0;
  const onBytes = (n: number) => session.progress((read += n) / Math.max(1, size));
  let report: FileReport;
  try {
    report = await runCsvFile(baseName(fileName), spec, stream(), session, { onBytes, throwOnBadHeader: true });
  } catch (err) {
    if (err instanceof HeaderNotFoundError) throw unrecognised(spec);
    throw err;
  }
  if (spec.id === "invitations" && ownerFromInvitations(session)) ownerSource = "invitations";
  await session.drain(true);
  session.notice(`Only ${baseName(fileName)} was imported; signals from the other export files show as “no data”.`);
  return { files: [report], ownerSource };
}

function unrecognised(spec: CsvFileSpec | null): ArchiveError {
  if (spec) {
    return new ArchiveError(
      "UNRECOGNISED_CSV",
      `This file's header is not the one LinkedIn exports for ${spec.id}; expected: ${expectedHeader(spec.table)}.`,
    );
  }
  return new ArchiveError(
    "UNRECOGNISED_CSV",
    "This CSV is not a LinkedIn export file we know. Expected, e.g., Connections.csv (First Name,Last Name,URL,Email Address,Company,Position,Connected On), messages.csv (CONVERSATION ID,...,DATE,...,CONTENT,...) or Invitations.csv (From,To,Sent At,Message,Direction,...).",
  );
}

/** "Connections (1).csv" → "connections.csv" (browser download copies). */
function canonicalName(fileName: string): string {
  return baseName(fileName.replace(/\\/g, "/")).toLowerCase().replace(/\s*\(\d+\)(?=\.csv$)/, "");
}

async function identify(path: string, fileName: string): Promise<CsvFileSpec> {
  const fh = await open(path, "r");
  const head = Buffer.alloc(HEAD_BYTES);
  let n: number;
  try {
    ({ bytesRead: n } = await fh.read(head, 0, HEAD_BYTES, 0));
  } finally {
    await fh.close();
  }
  let text = "";
  for await (const t of decodeText([head.subarray(0, n)])) text += t;
  const parser = new CsvParser({ delimiter: sniffDelimiter(text.slice(0, 16_384)) });
  const records = parser.push(text).slice(0, 10);
  if (n < HEAD_BYTES) records.push(...parser.end());
  const name = canonicalName(fileName);
  const byName = CSV_SPECS.find((s) => s.match.test(name)) ?? null;

  let best: { spec: CsvFileSpec; score: number } | null = null;
  for (const spec of CSV_SPECS) {
    for (const rec of records.slice(0, 10)) {
      const m = matchHeader(rec.fields, spec.table);
      if (!m) continue;
      const nameMatch = spec === byName;
      if (m.matched < 2 && !nameMatch) break;
      const score = m.matched - m.unknownColumns.length * 0.5 + (nameMatch ? 100 : 0);
      if (!best || score > best.score) best = { spec, score };
      break;
    }
  }
  if (!best || (byName && best.spec !== byName)) throw unrecognised(byName);
  return best.spec;
}
