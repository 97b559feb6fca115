// Uploads that must be refused with a clear ArchiveError — and refused before any batch is
// emitted: the ZIP is fully verified (sizes, CRC, paths) in a first pass, and a single CSV's
// header is identified before rows are read. (Only I/O failures during the second pass or an
// error from onBatch itself can surface mid-stream; the importer's transaction covers those.)
import { beforeAll, describe, expect, it } from "vitest";
import { ArchiveError, type ArchiveErrorCode } from "~/server/services/imports/linkedin";
import {
  buildZip,
  COMPLETE_ZIP,
  flipDataByte,
  lieAboutSize,
  markEncrypted,
  randomBytes,
  sampleBytes,
  sampleFiles,
  zeroBomb,
} from "../../fixtures/linkedin-export/build-archive";
import { parseFailure } from "../../fixtures/linkedin-export/parse-helpers";

const CONNECTIONS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Nash,https://www.linkedin.com/in/ada,,Acme,CFO,09 Sep 2022\n";

async function expectRefused(
  bytes: Uint8Array | string,
  fileName: string,
  code: ArchiveErrorCode,
  message: RegExp,
  limits = {},
) {
  const { error, batches } = await parseFailure(bytes, fileName, limits);
  expect(error).toBeInstanceOf(ArchiveError);
  const e = error as ArchiveError;
  expect(e.code).toBe(code);
  expect(e.userMessage).toMatch(message);
  expect(batches).toBe(0);
  return e;
}

describe("refused uploads", () => {
  // 200 MB of zeros deflate to ~200 KB; built once (streaming, never inflated in memory).
  let zeros200mb: Uint8Array;
  beforeAll(() => {
    zeros200mb = zeroBomb("messages.csv", 200 * 1024 * 1024);
  });

  it("random bytes named .zip", async () => {
    await expectRefused(randomBytes(4096), "Complete_LinkedInDataExport_01-01-2026.zip", "UNSUPPORTED_FILE_TYPE", /not a ZIP/);
  });

  it("something that is neither ZIP nor CSV", async () => {
    await expectRefused(randomBytes(2048, 7), "photo.jpg", "UNSUPPORTED_FILE_TYPE", /\.zip\) or one CSV/);
    await expectRefused("just text", "notes.txt", "UNSUPPORTED_FILE_TYPE", /\.zip\) or one CSV/);
  });

  it("a file over maxBytes", async () => {
    await expectRefused(sampleBytes(COMPLETE_ZIP), COMPLETE_ZIP, "FILE_TOO_LARGE", /limit is 10 KB/, { maxBytes: 10 * 1024 });
  });

  it("a zip bomb declaring 200 MB of zeros (limit 50 MB)", async () => {
    expect(zeros200mb.length).toBeLessThan(1024 * 1024);
    await expectRefused(zeros200mb, "bomb.zip", "UNCOMPRESSED_TOO_LARGE", /declares .* the limit is 50 MB/, { maxUncompressedBytes: 50 * 1024 * 1024 });
  });

  it("a zip bomb whose headers lie about its size (declares 1 KB, inflates to 200 MB)", async () => {
    const bomb = lieAboutSize(zeros200mb, "messages.csv", 1024);
    await expectRefused(bomb, "liar.zip", "UNCOMPRESSED_TOO_LARGE", /refused as unsafe/, { maxUncompressedBytes: 50 * 1024 * 1024 });
  });

  it("more entries than allowed", async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.csv`, "a\n"]));
    await expectRefused(buildZip(files), "many.zip", "TOO_MANY_ENTRIES", /12 files; at most 10/, { maxEntries: 10 });
  });

  it.each([
    ["../evil.csv"],
    ["Articles/../../evil.csv"],
    ["/etc/Connections.csv"],
    ["C:/Users/Connections.csv"],
    ["folder\\Connections.csv"],
  ])("an unsafe entry path: %s", async (name) => {
    const zip = buildZip({ "Connections.csv": CONNECTIONS, [name]: "x\n" });
    await expectRefused(zip, "evil.zip", "UNSAFE_ENTRY_PATH", /unsafe file path/);
  });

  it("a truncated archive", async () => {
    const bytes = sampleBytes(COMPLETE_ZIP);
    await expectRefused(bytes.subarray(0, Math.floor(bytes.length / 2)), COMPLETE_ZIP, "ARCHIVE_DAMAGED", /The archive is damaged/);
  });

  it("a CRC mismatch in a stored entry, even in the last file read", async () => {
    const files = sampleFiles(COMPLETE_ZIP);
    const zip = buildZip(files, 0);
    // messages.csv is read last: without the integrity pass its rows would already be out.
    await expectRefused(flipDataByte(zip, "messages.csv", 500), COMPLETE_ZIP, "ARCHIVE_DAMAGED", /checksum mismatch/);
  });

  it("a corrupt deflate stream", async () => {
    const zip = buildZip(sampleFiles(COMPLETE_ZIP));
    await expectRefused(flipDataByte(zip, "Connections.csv", 40), COMPLETE_ZIP, "ARCHIVE_DAMAGED", /The archive is damaged/);
  });

  it("an encrypted entry", async () => {
    const zip = markEncrypted(buildZip({ "Connections.csv": CONNECTIONS }), "Connections.csv");
    await expectRefused(zip, "locked.zip", "ENCRYPTED_ENTRY", /password-protected/);
  });

  it("a ZIP without any LinkedIn file", async () => {
    await expectRefused(buildZip({ "holiday.jpg": randomBytes(100), "notes.txt": "hi" }), "photos.zip", "NOT_LINKEDIN_EXPORT", /no LinkedIn export file/);
  });

  it("a single CSV named like an export file but with another header names the expected header", async () => {
    const e = await expectRefused("Name,Email\nAda,a@b.c\n", "Connections.csv", "UNRECOGNISED_CSV", /expected: first name,last name,url/i);
    expect(e.message).toMatch(/connected on/i);
  });

  it("a single CSV we do not know at all", async () => {
    await expectRefused("foo,bar\n1,2\n", "export.csv", "UNRECOGNISED_CSV", /Connections\.csv \(First Name,Last Name/);
  });
});

describe("ZipArchive streaming budget", () => {
  it("aborts as soon as the bytes actually inflated pass the budget, whatever the headers say", async () => {
    const { ZipArchive, InflateBudget } = await import("~/server/services/imports/linkedin/zip-reader");
    const { tempDir } = await import("../../fixtures/linkedin-export/build-archive");
    const tmp = await tempDir();
    try {
      const path = await tmp.write("z.zip", buildZip({ "Connections.csv": CONNECTIONS.repeat(200) }));
      const zip = await ZipArchive.open(path, { maxUncompressedBytes: 1e9, maxEntries: 10 });
      const entry = zip.entries[0]!;
      let read = 0;
      const budget = new InflateBudget(1000);
      await expect(async () => {
        for await (const chunk of zip.read(entry, budget)) read += chunk.length;
      }).rejects.toMatchObject({ code: "UNCOMPRESSED_TOO_LARGE" });
      expect(read).toBeLessThanOrEqual(entry.uncompressedSize);
      zip.close();
    } finally {
      await tmp.cleanup();
    }
  });
});
