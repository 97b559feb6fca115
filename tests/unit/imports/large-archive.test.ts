// The benchmark generator, at a small size: deterministic, and fully readable by the parser.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../fixtures/linkedin-export/build-archive";
import { generateLargeArchive } from "../../fixtures/linkedin-export/generate-large-archive";
import { countKinds, parseBytes } from "../../fixtures/linkedin-export/parse-helpers";

describe("generate-large-archive", () => {
  it("is deterministic and parses without rejections", async () => {
    const tmp = await tempDir();
    try {
      const opts = { connections: 300, messages: 2000, reactions: 200 };
      const a = await generateLargeArchive(join(tmp.dir, "a.zip"), opts);
      await generateLargeArchive(join(tmp.dir, "b.zip"), opts);
      const bytes = await readFile(join(tmp.dir, "a.zip"));
      expect(bytes.equals(await readFile(join(tmp.dir, "b.zip")))).toBe(true);

      const { result, activities } = await parseBytes(bytes, "Complete_LinkedInDataExport_11-20-2026.zip");
      expect(result.ownerProfileUrl).toBe(a.ownerProfileUrl);
      expect(result.counts.connections).toBe(300);
      expect(result.counts.reactions).toBe(200);
      expect(result.counts.messages_sent + result.counts.messages_received + result.counts.messages_drafts).toBe(2000);
      expect(result.files.filter((f) => f.rejectedCount > 0 || f.error)).toEqual([]);
      expect(result.unknownFiles.sort()).toEqual(["Ad_Targeting.csv", "Learning.csv"]);
      const kinds = Object.keys(countKinds(activities));
      for (const k of ["EVENT_ATTENDED", "MEMBER_FOLLOWED", "ENDORSEMENT_GIVEN", "RECOMMENDATION_GIVEN", "ARTICLE_PUBLISHED", "MEDIA_UPLOADED", "POLL_VOTE"]) {
        expect(kinds).toContain(k);
      }
      expect(new Set(activities.map((x) => x.externalKey)).size).toBe(activities.length);
    } finally {
      await tmp.cleanup();
    }
  });
});
