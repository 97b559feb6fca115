// Safe random-access reading of a ZIP with yauzl: the central directory is read first (entry
// list, declared sizes, names), each entry is then streamed on demand.
//
// Safety: entry count and the sum of declared sizes are checked before anything is inflated;
// yauzl's own name validation (strictFileNames: absolute paths, "..", backslashes, drive
// letters) is mapped to UNSAFE_ENTRY_PATH and repeated here; encrypted entries are refused;
// bytes actually inflated are counted while streaming, against the pass's budget and against
// the entry's declared size (a lying header is stopped at its first surplus chunk);
// CRC-32 is verified at the end of each fully read entry (yauzl does not check it).
//
// yauzl locates each entry's data (local header, bounds-checked); we read those bytes with a
// plain fs stream and inflate them with our own zlib stream: 1 MiB reads, 64 KiB inflate
// chunks and a 1 MiB read-ahead let the thread pool read and inflate the next chunk while the
// main thread parses the current one (yauzl's own streams step 16 KiB at a time).
import { createReadStream } from "node:fs";
import { Readable, type TransformOptions } from "node:stream";
import { createInflateRaw, crc32, type ZlibOptions } from "node:zlib";
import yauzl from "yauzl";
import { ArchiveError, damaged, encrypted, formatBytes, fromZipLibraryError, tooLargeUncompressed, unsafePath } from "./errors";

/**
 * Inflate output chunk. Kept at 64 KiB: each chunk becomes one decoded string, and strings
 * over ~128 KiB go to V8's large-object space, which only a full GC frees (RSS grew by
 * ~70 MB with 256 KiB chunks on the 50 MB benchmark archive).
 */
const INFLATE_CHUNK = 64 * 1024;

export interface ZipEntryInfo {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  crc32: number;
  entry: yauzl.Entry;
}

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

/** Shared count of bytes inflated during one pass over the archive. */
export class InflateBudget {
  private used = 0;
  constructor(readonly limit: number) {}
  add(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw tooLargeUncompressed(this.limit);
  }
  get bytes(): number {
    return this.used;
  }
}

export function checkEntryName(name: string): void {
  if (
    name.includes("\\") ||
    name.includes("\0") ||
    name.startsWith("/") ||
    /^[a-zA-Z]:/.test(name) ||
    name.split("/").includes("..")
  ) {
    throw unsafePath(name);
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true, decodeStrings: true },
      (err, zip) => (err || !zip ? reject(err ?? new Error("no zip")) : resolve(zip)),
    );
  });
}

export class ZipArchive {
  private constructor(
    private readonly path: string,
    private readonly zip: yauzl.ZipFile,
    readonly entries: ZipEntryInfo[],
    private readonly limits: ZipLimits,
  ) {}

  /** Reads and validates the whole central directory. Throws ArchiveError. */
  static async open(path: string, limits: ZipLimits): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await openZip(path);
    } catch (err) {
      throw fromZipLibraryError(err, limits.maxUncompressedBytes);
    }
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw new ArchiveError(
          "TOO_MANY_ENTRIES",
          `The archive holds ${zip.entryCount} files; at most ${limits.maxEntries} are accepted.`,
        );
      }
      const entries = await readDirectory(zip, limits);
      return new ZipArchive(path, zip, entries, limits);
    } catch (err) {
      zip.close();
      throw fromZipLibraryError(err, limits.maxUncompressedBytes);
    }
  }

  /**
   * Stream one entry's inflated bytes. Counts them against `budget`; when the entry is read to
   * its end, checks its size and CRC-32. Stopping early (break) skips the CRC check.
   */
  async *read(info: ZipEntryInfo, budget: InflateBudget): AsyncGenerator<Buffer> {
    const method = info.entry.compressionMethod;
    if (method !== 0 && method !== 8) {
      throw fromZipLibraryError(new Error(`unsupported compression method: ${method}`), this.limits.maxUncompressedBytes);
    }
    let raw: Readable;
    try {
      const { fileDataStart } = await new Promise<{ fileDataStart: number }>((resolve, reject) => {
        this.zip.readLocalFileHeader(info.entry, { minimal: true }, (err, header) =>
          err ? reject(err) : resolve(header),
        );
      });
      raw =
        info.compressedSize === 0
          ? Readable.from([])
          : createReadStream(this.path, {
              start: fileDataStart,
              end: fileDataStart + info.compressedSize - 1,
              highWaterMark: 1024 * 1024,
            });
    } catch (err) {
      throw fromZipLibraryError(err, this.limits.maxUncompressedBytes);
    }
    let stream: Readable = raw;
    if (method === 8) {
      // zlib passes stream options through to its Transform.
      const options: ZlibOptions & TransformOptions = { chunkSize: INFLATE_CHUNK, readableHighWaterMark: 1024 * 1024 };
      const inflate = createInflateRaw(options);
      raw.on("error", (err) => inflate.destroy(err));
      stream = raw.pipe(inflate);
    }
    let crc = 0;
    let size = 0;
    let finished = false;
    try {
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > info.uncompressedSize) throw tooLargeUncompressed(this.limits.maxUncompressedBytes);
          budget.add(chunk.length);
          crc = crc32(chunk, crc);
          yield chunk;
        }
        finished = true;
      } catch (err) {
        throw fromZipLibraryError(err, this.limits.maxUncompressedBytes);
      }
      if (size !== info.uncompressedSize) throw damaged(`${info.name}: size mismatch`);
      if (crc >>> 0 !== info.crc32 >>> 0) throw damaged(`${info.name}: checksum mismatch`);
    } finally {
      if (!finished) {
        raw.destroy();
        stream.destroy();
      }
    }
  }

  close(): void {
    this.zip.close();
  }
}

async function readDirectory(zip: yauzl.ZipFile, limits: ZipLimits): Promise<ZipEntryInfo[]> {
  const entries: ZipEntryInfo[] = [];
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      try {
        const name = entry.fileName;
        checkEntryName(name);
        if (entry.isEncrypted()) throw encrypted(name);
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressedBytes) {
          throw new ArchiveError(
            "UNCOMPRESSED_TOO_LARGE",
            `The archive declares ${formatBytes(declared)} or more of content; the limit is ${formatBytes(limits.maxUncompressedBytes)}.`,
          );
        }
        if (!name.endsWith("/")) {
          entries.push({
            name,
            uncompressedSize: entry.uncompressedSize,
            compressedSize: entry.compressedSize,
            crc32: entry.crc32,
            entry,
          });
        }
        zip.readEntry();
      } catch (err) {
        reject(err);
      }
    });
    zip.readEntry();
  });
  return entries;
}
