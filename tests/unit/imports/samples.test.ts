// The two sample archives (fictional member, real formats) must give exactly the counts of
// their expected.json.
import { describe, expect, it } from "vitest";
import { COUNT_KEYS, type ImportCounts } from "~/server/services/imports/linkedin";
import { BASIC_ZIP, COMPLETE_ZIP, sampleBytes, sampleExpected } from "../../fixtures/linkedin-export/build-archive";
import { countKinds, keysOf, parseBytes } from "../../fixtures/linkedin-export/parse-helpers";

const ACTIVITY_KEYS = ["shares", "comments", "reactions", "votes", "searches", "company_follows", "rich_media", "articles_published"];

function expectedCounts(expected: Record<string, number | string>): ImportCounts {
  const out: Record<string, number> = {};
  // Keys missing from a Basic archive's expected.json are real zeros of absent files.
  for (const k of COUNT_KEYS) out[k] = typeof expected[k] === "number" ? (expected[k] as number) : 0;
  return out as unknown as ImportCounts;
}

describe.each([
  [BASIC_ZIP, "basic"],
  [COMPLETE_ZIP, "complete"],
] as const)("%s", (zipName, archiveType) => {
  const expected = sampleExpected(zipName);

  it("gives exactly the expected counts, owner and archive type", async () => {
    const { result, activities } = await parseBytes(sampleBytes(zipName), zipName);
    expect(result.counts).toEqual(expectedCounts(expected));
    expect(Object.keys(result.counts).sort()).toEqual([...COUNT_KEYS].sort());
    expect(result.ownerProfileUrl).toBe(expected.owner_profile_url);
    expect(result.ownerSource).toBe("invitations");
    expect(result.archiveType).toBe(archiveType);
    expect(result.breakdown.messages_sponsored).toBe(expected.messages_sponsored);
    expect(activities.filter((a) => a.metadata?.sponsored === true)).toHaveLength(expected.messages_sponsored as number);
    if (typeof expected.shares_reposts === "number") {
      expect(result.breakdown.shares_reposts).toBe(expected.shares_reposts);
      expect(countKinds(activities).REPOST).toBe(expected.shares_reposts);
    }
    // Every file read cleanly.
    for (const f of result.files) {
      expect(f.rejectedCount, f.name).toBe(0);
      expect(f.error, f.name).toBeUndefined();
    }
    expect(result.unknownFiles).toEqual(["Inferences_about_you.csv"]);
    expect(result.ignoredFiles.map((f) => f.name).sort()).toEqual(["LearningCoachMessages.csv", "guide_messages.csv"]);
    expect(result.activityCount).toBe(activities.length);
  });

  it("emits one activity per counted row, with the right kinds", async () => {
    const { result, activities } = await parseBytes(sampleBytes(zipName), zipName);
    const kinds = countKinds(activities);
    const c = result.counts;
    expect(kinds.CONNECTION_ADDED).toBe(c.connections);
    expect(kinds.INVITATION_SENT).toBe(c.invitations_outgoing);
    expect(kinds.INVITATION_RECEIVED).toBe(c.invitations - c.invitations_outgoing);
    expect(kinds.MESSAGE_SENT).toBe(c.messages_sent);
    expect(kinds.MESSAGE_RECEIVED).toBe(c.messages_received);
    expect(kinds.ENDORSEMENT_RECEIVED).toBe(c.endorsements_received);
    expect(kinds.RECOMMENDATION_RECEIVED).toBe(c.recommendations_received);
    expect((kinds.POST_PUBLISHED ?? 0) + (kinds.REPOST ?? 0)).toBe(c.shares);
    expect(kinds.COMMENT ?? 0).toBe(c.comments);
    expect(kinds.REACTION ?? 0).toBe(c.reactions);
    expect(kinds.POLL_VOTE ?? 0).toBe(c.votes);
    expect(kinds.SEARCH ?? 0).toBe(c.searches);
    expect(kinds.COMPANY_FOLLOWED ?? 0).toBe(c.company_follows);
    expect(kinds.MEDIA_UPLOADED ?? 0).toBe(c.rich_media);
    expect(kinds.ARTICLE_PUBLISHED ?? 0).toBe(c.articles_published);
    // Sent messages point at the other party; received at the sender; all have a thread.
    for (const m of activities.filter((a) => a.kind === "MESSAGE_SENT")) {
      expect(m.counterpart).not.toBe(result.ownerProfileUrl);
      expect(m.counterpart).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
      expect(m.thread).toBeTruthy();
      expect(JSON.stringify(m)).not.toMatch(/Congrats on the new role|Free Tuesday/); // no bodies
    }
    for (const a of activities) {
      expect(a.occurredAt.getTime()).not.toBeNaN();
      expect(a.externalKey).toMatch(/^li1:[A-Z_]+:[0-9a-f]{32}$/);
    }
  });

  it("is deterministic, and its keys are unique (no two rows share their identifying fields)", async () => {
    const a = await parseBytes(sampleBytes(zipName), zipName);
    const b = await parseBytes(sampleBytes(zipName), zipName, { batchSize: 7 });
    expect(keysOf(b.activities)).toEqual(keysOf(a.activities));
    expect(new Set(keysOf(a.activities)).size).toBe(a.activities.length);
  });

  it("reports the sources it had and the Basic notice", async () => {
    const { result } = await parseBytes(sampleBytes(zipName), zipName);
    const basicNotice = result.notices.find((n) => /^Basic archive: no activity files/.test(n));
    expect(result.sourcesPresent).toMatchObject({ connections: true, invitations: true, messages: true, endorsements: true, recommendations: true, profile: true });
    if (archiveType === "basic") {
      expect(basicNotice).toBeDefined();
      expect(result.sourcesPresent).toMatchObject({ content: false, searches: false, follows: false });
      for (const k of ACTIVITY_KEYS) expect(expected[k]).toBeUndefined();
    } else {
      expect(basicNotice).toBeUndefined();
      expect(result.sourcesPresent).toMatchObject({ content: true, searches: true, follows: true });
    }
  });

  it("reads the profile facts the archive holds", async () => {
    const { result } = await parseBytes(sampleBytes(zipName), zipName);
    expect(result.profile).toMatchObject({
      displayName: "Sam Rivera",
      headline: "Enterprise Account Executive | Helping CFOs automate spend",
      currentPositions: 1,
      pastPositions: 2,
      skillsCount: expected.skills,
      connectionCount: expected.connections,
      educationCount: 1,
      certificationsCount: 1,
      volunteeringCount: 1,
      linkedinUrl: expected.owner_profile_url,
      jobTitle: "Enterprise Account Executive",
    });
    expect(result.profile.summaryLength).toBeGreaterThan(100);
    // Files the archive does not hold stay unknown, not zero.
    expect(result.profile.languagesCount).toBeUndefined();
    expect(result.profile.honorsCount).toBeUndefined();
  });

  it("batches as asked and reports monotonic progress up to 1", async () => {
    const { batches, progress, activities } = await parseBytes(sampleBytes(zipName), zipName, { batchSize: 100 });
    expect(batches.slice(0, -1).every((n) => n === 100)).toBe(true);
    expect(batches.reduce((s, n) => s + n, 0)).toBe(activities.length);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!);
  });
});
