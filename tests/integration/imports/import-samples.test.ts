import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLargeArchive } from "../../fixtures/linkedin-export/generate-large-archive";
import { COUNT_KEYS } from "~/server/services/imports/linkedin";
import { runImport } from "~/server/services/imports/run-import";
import { db } from "~/server/db";
import { BASIC_ZIP, COMPLETE_ZIP, buildZip, flipDataByte, sampleBytes, sampleExpected, sampleFiles } from "../../fixtures/linkedin-export/build-archive";
import { stageImport } from "../../factories/imports";
import { addMember, createOrg } from "../../factories";

describe("importing LinkedIn's sample exports", () => {
  for (const zip of [COMPLETE_ZIP, BASIC_ZIP]) {
    it(`${zip}: counts equal the expected file, activities are stored, and a re-import adds nothing`, async () => {
      const { org } = await createOrg();
      const { rep } = await addMember(org.id, "REP");
      const expected = sampleExpected(zip);
      const first = await runImport(db, { importJobId: (await stageImport(rep, zip, sampleBytes(zip))).id });
      for (const key of COUNT_KEYS) {
        if (key in expected) expect(first.counts[key], key).toBe(expected[key]);
      }
      const stored = await db.activity.count({ where: { repId: rep.id } });
      expect(stored).toBe(first.imported);
      expect(first.duplicates).toBe(0);
      expect(first.imported).toBeGreaterThan(500);
      if (zip === BASIC_ZIP) expect(first.notices.join(" ")).toMatch(/Basic/i);

      const job = await db.importJob.findFirstOrThrow({ where: { repId: rep.id } });
      expect(job.status).toBe("SUCCEEDED");
      expect(job.storagePath).toBeNull();

      // Profile facts and sources were taken from the archive; score and snapshots exist.
      const profile = await db.repProfile.findUniqueOrThrow({ where: { id: rep.id } });
      expect(profile.skillsCount).toBe(expected.skills);
      expect(profile.linkedinUrl).toBe(expected.owner_profile_url);
      expect((profile.dataSources as Record<string, boolean>).connections).toBe(true);
      expect((profile.dataSources as Record<string, boolean>).content ?? false).toBe(zip === COMPLETE_ZIP);
      expect(await db.scoreCurrent.findUnique({ where: { repId: rep.id } })).not.toBeNull();
      // The weekly history is rebuilt by the follow-up rep-history job (see upload-and-job.test.ts).

      const again = await runImport(db, { importJobId: (await stageImport(rep, zip, sampleBytes(zip))).id });
      expect(again.imported).toBe(0);
      expect(again.duplicates).toBe(first.imported);
      expect(await db.activity.count({ where: { repId: rep.id } })).toBe(stored);
    });
  }

  it("merges an older and a newer export of the same rep without duplicates, and keeps the newer profile", async () => {
    const { org } = await createOrg();
    const { rep } = await addMember(org.id, "REP");
    const files = sampleFiles(COMPLETE_ZIP);
    // The older export: the same files minus the last 20 reactions and 10 connections, and one skill fewer.
    const older = { ...files };
    const trim = (text: string, n: number) => text.split("\n").filter((l) => l !== "").slice(0, -n).join("\n") + "\n";
    older["Reactions.csv"] = trim(files["Reactions.csv"]!, 20);
    older["Connections.csv"] = trim(files["Connections.csv"]!, 10);
    older["Skills.csv"] = trim(files["Skills.csv"]!, 1);

    const newer = await runImport(db, { importJobId: (await stageImport(rep, "Complete_LinkedInDataExport_11-20-2026.zip", sampleBytes(COMPLETE_ZIP))).id });
    const old = await runImport(db, { importJobId: (await stageImport(rep, "Complete_LinkedInDataExport_06-01-2026.zip", buildZip(older))).id });
    expect(old.imported).toBe(0);
    expect(old.duplicates).toBe(newer.imported - 30);
    expect(await db.activity.count({ where: { repId: rep.id } })).toBe(newer.imported);
    const profile = await db.repProfile.findUniqueOrThrow({ where: { id: rep.id } });
    expect(profile.skillsCount).toBe(5); // the older archive's 4 skills did not roll the profile back
  });

  it("rolls back every row when the archive turns out damaged after thousands were inserted", async () => {
    const { org } = await createOrg();
    const { rep } = await addMember(org.id, "REP");
    const dir = await mkdtemp(join(tmpdir(), "ssi-damaged-"));
    try {
      const path = join(dir, "Complete_LinkedInDataExport_11-20-2026.zip");
      await generateLargeArchive(path, { connections: 6_000, messages: 4_000, reactions: 4_000 });
      // Damage the messages file, which is read last: connections, reactions… are already inserted.
      await writeFile(path, flipDataByte(new Uint8Array(await readFile(path)), "messages.csv", 5_000));
      const job = await stageImport(rep, "Complete_LinkedInDataExport_11-20-2026.zip", new Uint8Array(await readFile(path)));
      await expect(runImport(db, { importJobId: job.id })).rejects.toThrow(/damaged|checksum/i);
      expect(await db.activity.count({ where: { repId: rep.id } })).toBe(0);
      const profile = await db.repProfile.findUniqueOrThrow({ where: { id: rep.id } });
      expect(profile.lastImportAt).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps two reps' identical rows apart", async () => {
    const { org } = await createOrg();
    const a = await addMember(org.id, "REP");
    const b = await addMember(org.id, "REP");
    const ra = await runImport(db, { importJobId: (await stageImport(a.rep, COMPLETE_ZIP, sampleBytes(COMPLETE_ZIP))).id });
    const rb = await runImport(db, { importJobId: (await stageImport(b.rep, COMPLETE_ZIP, sampleBytes(COMPLETE_ZIP))).id });
    expect(rb.imported).toBe(ra.imported);
  });
});
