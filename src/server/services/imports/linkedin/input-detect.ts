// What was uploaded: a ZIP (magic bytes "PK\x03\x04" / empty "PK\x05\x06") or one CSV text
// file (name ending .csv and text content). Anything else is refused before any parsing.
import { open, stat } from "node:fs/promises";
import { ArchiveError, formatBytes } from "./errors";

export type InputType = "zip" | "csv";

const HEAD = 64 * 1024;

export async function detectInput(path: string, fileName: string, maxBytes: number): Promise<{ type: InputType; size: number }> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error("not a file");
    size = st.size;
  } catch (err) {
    throw new ArchiveError("UNSUPPORTED_FILE_TYPE", "The uploaded file could not be read.", { cause: err });
  }
  if (size > maxBytes) {
    throw new ArchiveError(
      "FILE_TOO_LARGE",
      `The file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`,
    );
  }
  if (size === 0) throw new ArchiveError("UNSUPPORTED_FILE_TYPE", "The uploaded file is empty.");

  const head = Buffer.alloc(Math.min(size, HEAD));
  const fh = await open(path, "r");
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const pk = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b;
  if (pk && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) {
    return { type: "zip", size };
  }
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") && looksLikeText(head)) return { type: "csv", size };
  if (name.endsWith(".zip")) {
    throw new ArchiveError(
      "UNSUPPORTED_FILE_TYPE",
      "This file is named .zip but is not a ZIP archive. Upload the LinkedIn data export exactly as downloaded.",
    );
  }
  throw new ArchiveError(
    "UNSUPPORTED_FILE_TYPE",
    "Only a LinkedIn data export (.zip) or one CSV file from it can be imported.",
  );
}

/** BOM'd UTF-16, or bytes without NULs and with (almost) no control characters. */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control <= head.length * 0.01;
}
