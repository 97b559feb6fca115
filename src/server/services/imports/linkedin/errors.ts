// Archive-level failures: the whole upload is refused. Row-level problems are never thrown;
// they are reported in FileReport.rejected instead.

export type ArchiveErrorCode =
  /** Neither a ZIP nor a CSV text file. */
  | "UNSUPPORTED_FILE_TYPE"
  /** The upload is larger than limits.maxBytes. */
  | "FILE_TOO_LARGE"
  /** Declared or actually inflated content above limits.maxUncompressedBytes, or an entry
   *  inflating past its declared size (zip bomb). */
  | "UNCOMPRESSED_TOO_LARGE"
  | "TOO_MANY_ENTRIES"
  /** Absolute path, `..`, backslash or drive letter in an entry name. */
  | "UNSAFE_ENTRY_PATH"
  | "ENCRYPTED_ENTRY"
  | "UNSUPPORTED_COMPRESSION"
  /** Corrupt or truncated ZIP, CRC mismatch, inflate error. */
  | "ARCHIVE_DAMAGED"
  /** A single CSV whose header is not one we know. */
  | "UNRECOGNISED_CSV"
  /** A ZIP without any LinkedIn export file in it. */
  | "NOT_LINKEDIN_EXPORT";

export class ArchiveError extends Error {
  override readonly name = "ArchiveError";
  readonly code: ArchiveErrorCode;
  /** Safe to show to the user. */
  readonly userMessage: string;

  constructor(code: ArchiveErrorCode, userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options);
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function isArchiveError(e: unknown): e is ArchiveError {
  return e instanceof ArchiveError;
}

const DAMAGED = "The archive is damaged or incomplete. Download it again from LinkedIn and re-upload it.";

export function damaged(detail?: string, cause?: unknown): ArchiveError {
  return new ArchiveError("ARCHIVE_DAMAGED", detail ? `${DAMAGED} (${detail})` : DAMAGED, { cause });
}

export function tooLargeUncompressed(limit: number, cause?: unknown): ArchiveError {
  return new ArchiveError(
    "UNCOMPRESSED_TOO_LARGE",
    `The archive expands to more than ${formatBytes(limit)} (or to more than it declares), so it was refused as unsafe.`,
    { cause },
  );
}

export function unsafePath(name: string, cause?: unknown): ArchiveError {
  return new ArchiveError(
    "UNSAFE_ENTRY_PATH",
    `The archive contains an unsafe file path (${JSON.stringify(name.slice(0, 120))}); LinkedIn archives never do, so it was refused.`,
    { cause },
  );
}

export function encrypted(name: string, cause?: unknown): ArchiveError {
  return new ArchiveError(
    "ENCRYPTED_ENTRY",
    `The archive is password-protected (${name.slice(0, 120)}). Upload the archive exactly as LinkedIn sent it.`,
    { cause },
  );
}

/**
 * Map an error raised by yauzl (or zlib under it) to an ArchiveError. yauzl validates entry
 * names itself and reports them as plain Errors; we translate them by message.
 */
export function fromZipLibraryError(err: unknown, limit: number): ArchiveError {
  if (err instanceof ArchiveError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(message)) {
    const name = message.replace(/^[^:]*:\s*/, "");
    return unsafePath(name, err);
  }
  if (/encrypt/i.test(message)) return encrypted("entry", err);
  if (/too many bytes in the stream/.test(message)) return tooLargeUncompressed(limit, err);
  if (/unsupported compression method/.test(message)) {
    return new ArchiveError(
      "UNSUPPORTED_COMPRESSION",
      "The archive uses a compression method we cannot read. Upload the archive exactly as LinkedIn sent it.",
      { cause: err },
    );
  }
  return damaged(undefined, err);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
