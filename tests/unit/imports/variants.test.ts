// Variants real archives hold and the samples do not (FORMAT.md), built with fflate.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  buildZip,
  COMPLETE_ZIP,
  sampleExpected,
  sampleFiles,
  toCrlf,
  utf16le,
  type ArchiveFiles,
} from "../../fixtures/linkedin-export/build-archive";
import { countKinds, keysOf, parseBytes } from "../../fixtures/linkedin-export/parse-helpers";

const base = sampleFiles(COMPLETE_ZIP);
const expected = sampleExpected(COMPLETE_ZIP);
const OWNER = expected.owner_profile_url as string;

const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const csv = (rows: string[][], newline = "\n") => Papa.unparse(rows, { newline }) + newline;
const without = (files: ArchiveFiles, ...names: string[]) =>
  Object.fromEntries(Object.entries(files).filter(([n]) => !names.includes(n)));
const parseZip = (files: ArchiveFiles, name = COMPLETE_ZIP, opts = {}) => parseBytes(buildZip(files), name, opts);
const report = (r: Awaited<ReturnType<typeof parseZip>>, name: string) => r.result.files.find((f) => f.name === name);

const INVITATION_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
const ownerInvitation = `Sam Rivera,Tia Orr,"1/26/26, 9:04 AM",,OUTGOING,${OWNER},https://www.linkedin.com/in/tia-orr\n`;

describe("encodings and line endings", () => {
  it("reads the UTF-16LE tab-separated legacy `Endorsement Received Info.csv`, with the same keys as today's file", async () => {
    const modern = await parseZip(base);
    const rows = csvRows(base["Endorsement_Received_Info.csv"]!);
    // Legacy: no URL column, every field quoted, tabs, CRLF, UTF-16LE with BOM.
    const legacyRows = rows.map((r) => [r[0], r[1], r[2], r[3], r[5]].map((f) => `"${f}"`).join("\t"));
    const files = without(base, "Endorsement_Received_Info.csv");
    files["Endorsement Received Info.csv"] = utf16le(legacyRows.join("\r\n") + "\r\n");
    const legacy = await parseZip(files);
    expect(legacy.result.counts).toEqual(modern.result.counts);
    const rep = report(legacy, "Endorsement Received Info.csv");
    expect(rep).toMatchObject({ encoding: "utf-16le", rows: 26, accepted: 26, rejectedCount: 0, unknownColumns: [] });
    const endorsementKeys = (r: typeof modern) => keysOf(r.activities.filter((a) => a.kind === "ENDORSEMENT_RECEIVED")).sort();
    expect(endorsementKeys(legacy)).toEqual(endorsementKeys(modern));
    expect(legacy.activities.find((a) => a.kind === "ENDORSEMENT_RECEIVED")?.metadata?.skill).toMatch(/^[A-Z]/);
  });

  it("CRLF files (2022–2024) give the same counts and the same keys as LF", async () => {
    const lf = await parseZip(base);
    const crlfFiles = Object.fromEntries(Object.entries(base).map(([n, t]) => [n, n.endsWith(".csv") ? toCrlf(t) : t]));
    const crlf = await parseZip(crlfFiles);
    expect(crlf.result.counts).toEqual(lf.result.counts);
    expect(keysOf(crlf.activities)).toEqual(keysOf(lf.activities));
  });
});

describe("messages by era", () => {
  const invitations = INVITATION_HEADER + ownerInvitation;
  const bob = "https://www.linkedin.com/in/bob";

  it("9 columns (no recipient URLs, no draft flags)", async () => {
    const messages =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n" +
      `c1,,Sam Rivera,${OWNER},Bob,2024-01-02 10:00:00 UTC,,Hello Bob,INBOX\n` +
      `c1,,Bob,${bob},Sam Rivera,2024-01-02 11:00:00 UTC,,"Hi Sam,\nhow are you?",INBOX\n` +
      `c1,,Sam Rivera,${OWNER},Bob,2024-01-03 09:00:00 UTC,,Fine,ARCHIVE\n`;
    const { result, activities } = await parseZip({ "Invitations.csv": invitations, "messages.csv": messages }, "Basic_LinkedInDataExport_01-05-2024.zip");
    expect(result.counts).toMatchObject({ messages_sent: 2, messages_received: 1, messages_drafts: 0 });
    const received = activities.find((a) => a.kind === "MESSAGE_RECEIVED");
    expect(received).toMatchObject({ counterpart: bob, thread: "c1" });
    expect(activities.find((a) => a.kind === "MESSAGE_SENT")?.counterpart).toBeNull();
  });

  it("12 and 13 columns with drafts and sponsored InMail", async () => {
    const head12 = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n";
    const rows12 =
      `c1,,Sam Rivera,${OWNER},Bob,${bob},2025-01-02 10:00:00 UTC,,Hello,INBOX,,No\n` +
      `c1,,Sam Rivera,${OWNER},Bob,${bob},2025-01-02 10:05:00 UTC,,Unsent thought,INBOX,,Yes\n` +
      `c1,,Bob,${bob},Sam Rivera,${OWNER},2025-01-02 11:00:00 UTC,,Hi,INBOX,,No\n` +
      `s1,Sponsored,LinkedIn Member,,Sam Rivera,${OWNER},2025-01-03 08:00:00 UTC,An offer,<p>Hi Sam</p>,INBOX,,No\n`;
    const r12 = await parseZip({ "Invitations.csv": invitations, "messages.csv": head12 + rows12 });
    expect(r12.result.counts).toMatchObject({ messages_sent: 1, messages_received: 2, messages_drafts: 1 });
    expect(r12.result.breakdown.messages_sponsored).toBe(1);
    expect(report(r12, "messages.csv")).toMatchObject({ rows: 4, accepted: 3, skipped: 1, unknownColumns: [] });
    expect(r12.activities.find((a) => a.kind === "MESSAGE_SENT")?.counterpart).toBe(bob);

    const head13 = head12.replace("\n", ",IS CONVERSATION DRAFT\n");
    const rows13 = rows12.replace(/\n/g, ",No\n") + `c2,,Sam Rivera,${OWNER},Eve,https://www.linkedin.com/in/eve,2025-01-04 08:00:00 UTC,,Draft convo,INBOX,,No,Yes\n`;
    const r13 = await parseZip({ "Invitations.csv": invitations, "messages.csv": head13 + rows13 });
    expect(r13.result.counts).toMatchObject({ messages_sent: 1, messages_received: 2, messages_drafts: 2 });
    // Same messages, same keys, whatever the era's column count.
    expect(keysOf(r13.activities.filter((a) => a.kind.startsWith("MESSAGE")))).toEqual(
      keysOf(r12.activities.filter((a) => a.kind.startsWith("MESSAGE"))),
    );
  });

  it("2018 Messages.csv with a Direction column", async () => {
    const messages =
      "From,To,Date,Subject,Content,Direction,Folder\n" +
      `Sam Rivera,Bob Stone,"1/24/18, 9:41 PM",Hello,"Hi Bob, long time",OUTGOING,INBOX\n` +
      `Bob Stone,Sam Rivera,2018-01-25 08:00:00 UTC,Re: Hello,Hi!,INCOMING,INBOX\n` +
      `Ann Lee,Sam Rivera,2018-02-01 08:00:00 UTC,,Coffee?,INCOMING,INBOX\n`;
    const { result, activities } = await parseZip({ "Messages.csv": messages }, "Basic_LinkedInDataExport_03-01-2018.zip");
    expect(result.counts).toMatchObject({ messages_sent: 1, messages_received: 2 });
    expect(activities.find((a) => a.kind === "MESSAGE_SENT")?.occurredAt.toISOString()).toBe("2018-01-24T21:41:00.000Z");
    expect(result.notices.some((n) => /could not find your own profile URL/.test(n))).toBe(true);
  });

  it("two messages in the same second in the same thread get different keys, stable across parses", async () => {
    const messages =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
      `c1,,Bob,${bob},Sam,${OWNER},2025-01-02 10:00:00 UTC,,ok,INBOX\n` +
      `c1,,Bob,${bob},Sam,${OWNER},2025-01-02 10:00:00 UTC,,see you then,INBOX\n` +
      `c1,,Bob,${bob},Sam,${OWNER},2025-01-02 10:00:00 UTC,,ok,INBOX\n`;
    const files = { "Invitations.csv": invitations, "messages.csv": messages };
    const a = await parseZip(files);
    const b = await parseZip(files);
    const keys = keysOf(a.activities.filter((x) => x.kind === "MESSAGE_RECEIVED"));
    expect(new Set(keys).size).toBe(3);
    expect(keysOf(b.activities.filter((x) => x.kind === "MESSAGE_RECEIVED"))).toEqual(keys);
  });
});

describe("file variants", () => {
  it("numbered Shares_2.csv adds to Shares.csv", async () => {
    const shares2 =
      "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n" +
      "2024-03-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,New video,,https://dms.licdn.com/playlist/vid/abc,MEMBER_NETWORK\n" +
      "2024-03-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,,https://example.com/x,,MEMBER_NETWORK\n" +
      "2024-03-03 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,My article,https://www.linkedin.com/pulse/my-article,,MEMBER_NETWORK\n";
    const { result, activities } = await parseZip({ ...base, "Shares_2.csv": shares2 });
    expect(result.counts.shares).toBe((expected.shares as number) + 3);
    expect(result.breakdown.shares_reposts).toBe((expected.shares_reposts as number) + 1);
    expect(result.files.map((f) => f.name)).toEqual(expect.arrayContaining(["Shares.csv", "Shares_2.csv"]));
    const formats = activities.filter((a) => a.metadata?.link?.toString().includes("urn:li:share:")).map((a) => a.format);
    expect(formats).toEqual(["video", "repost", "article"]);
  });

  it('Comments with `\\"` quoting read the same as correctly quoted ones', async () => {
    const bodies = ['Great point about "land and expand", Dana.', 'He said "hi"', "Agree!\nEspecially the second part.", "Plain"];
    const rows = bodies.map((b, i) => `2026-07-0${i + 1} 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:${i}`);
    const buggy = "Date,Link,Message\n" + rows.map((r, i) => `${r},"${bodies[i]!.replace(/"/g, '\\"')}"`).join("\n") + "\n";
    const proper = "Date,Link,Message\n" + rows.map((r, i) => `${r},"${bodies[i]!.replace(/"/g, '""')}"`).join("\n") + "\n";
    const a = await parseZip({ "Comments.csv": buggy });
    const b = await parseZip({ "Comments.csv": proper });
    expect(a.result.counts.comments).toBe(4);
    expect(report(a, "Comments.csv")).toMatchObject({ rows: 4, accepted: 4, rejectedCount: 0 });
    expect(keysOf(a.activities)).toEqual(keysOf(b.activities));
  });

  it("a header-only file is present with zero rows (a real zero, not missing data)", async () => {
    const { result } = await parseZip({ ...base, "Votes.csv": "Date,Link,OptionText\n" });
    expect(result.counts.votes).toBe(0);
    expect(report({ result } as never, "Votes.csv")).toMatchObject({ rows: 0, accepted: 0 });
    expect(report({ result } as never, "Votes.csv")?.error).toBeUndefined();

    const only = await parseZip({ "Shares.csv": "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n", "Connections.csv": base["Connections.csv"]! }, "LinkedInDataExport.zip");
    expect(only.result.sourcesPresent.content).toBe(true);
    expect(only.result.sourcesPresent.searches).toBe(false);
    expect(only.result.archiveType).toBe("complete");
    expect(only.result.notices.some((n) => /Basic archive/.test(n))).toBe(false);
  });

  it("lists an unknown extra file and an unknown column, and reads the rest as usual", async () => {
    const reactions = base["Reactions.csv"]!.split("\n").map((l, i) => (l === "" ? l : `${l},${i === 0 ? "Actor" : "me"}`)).join("\n");
    const { result } = await parseZip({ ...base, "Ad_Targeting.csv": "Member Age\n25-34\n", "Reactions.csv": reactions });
    expect(result.unknownFiles).toContain("Ad_Targeting.csv");
    expect(report({ result } as never, "Reactions.csv")?.unknownColumns).toEqual(["Actor"]);
    expect(result.counts.reactions).toBe(expected.reactions);
  });

  it("pre-2023 Connections without URL: same count, no counterpart, same keys", async () => {
    const lines = base["Connections.csv"]!.split("\n");
    const preamble = lines.slice(0, 3).join("\n") + "\n";
    const rows = csvRows(lines.slice(3).join("\n")).map((r) => [r[0]!, r[1]!, r[3]!, r[4]!, r[5]!, r[6]!]);
    const old = await parseZip({ "Connections.csv": preamble + csv(rows) });
    const now = await parseZip({ "Connections.csv": base["Connections.csv"]! });
    expect(old.result.counts.connections).toBe(expected.connections);
    expect(old.activities.every((a) => a.counterpart === null)).toBe(true);
    expect(old.activities.some((a) => a.counterpartTitle)).toBe(true);
    expect(keysOf(old.activities)).toEqual(keysOf(now.activities));
  });

  it("reads an archive re-zipped inside a folder, and keeps one of two twin files", async () => {
    const nested = Object.fromEntries(Object.entries(base).map(([n, t]) => [`Complete_LinkedInDataExport_11-20-2026/${n}`, t]));
    const r = await parseZip(nested);
    expect(r.result.counts.reactions).toBe(expected.reactions);
    expect(r.result.counts.articles_published).toBe(expected.articles_published);

    const twin = await parseZip({ ...base, "Endorsement Received Info.csv": base["Endorsement_Received_Info.csv"]! });
    expect(twin.result.counts.endorsements_received).toBe(expected.endorsements_received);
    expect(twin.result.ignoredFiles).toContainEqual({ name: "Endorsement Received Info.csv", reason: "duplicate of Endorsement_Received_Info.csv" });
  });
});

describe("rows that cannot be understood", () => {
  it("are rejected with line and reason, never crash, and the list is capped", async () => {
    const good = "2026-08-30 18:17:09,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:1\n";
    const bad = Array.from({ length: 150 }, (_, i) => `30/30/2026,LIKE,https://x/${i}\n`).join("");
    const { result, activities } = await parseZip({ "Reactions.csv": "Date,Type,Link\n" + good + bad + ",LIKE,\n" });
    const rep = report({ result } as never, "Reactions.csv")!;
    expect(rep).toMatchObject({ rows: 152, accepted: 1, rejectedCount: 151 });
    expect(rep.rejected).toHaveLength(100);
    expect(rep.rejected[0]).toEqual({ line: 3, reason: 'unreadable Date "30/30/2026"' });
    expect(activities).toHaveLength(1);
    expect(result.counts.reactions).toBe(1);
  });

  it("a connection with an unreadable date still counts as a connection", async () => {
    const { result, activities } = await parseZip({
      "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Nash,,,Acme,CFO,someday\nBo,Li,,,Acme,VP,01 Jan 2024\n",
    });
    expect(result.counts.connections).toBe(2);
    expect(activities).toHaveLength(1);
    expect(report({ result } as never, "Connections.csv")?.rejected).toEqual([{ line: 2, reason: 'unreadable Connected On "someday"' }]);
  });
});

describe("owner identity", () => {
  const counts = (r: Awaited<ReturnType<typeof parseZip>>) => ({ sent: r.result.counts.messages_sent, received: r.result.counts.messages_received });
  const expectedMessages = { sent: expected.messages_sent, received: expected.messages_received };

  it("without Invitations.csv: from the messages sent under the profile's name", async () => {
    const r = await parseZip(without(base, "Invitations.csv"));
    expect(r.result.ownerSource).toBe("messages-name");
    expect(r.result.ownerProfileUrl).toBe(OWNER);
    expect(counts(r)).toEqual(expectedMessages);
    expect(r.result.notices.some((n) => /recognised from the messages sent under your name/.test(n))).toBe(true);
  });

  it("without Invitations.csv nor Profile.csv: the most frequent participant", async () => {
    const r = await parseZip(without(base, "Invitations.csv", "Profile.csv"));
    expect(r.result.ownerSource).toBe("messages-participants");
    expect(r.result.ownerProfileUrl).toBe(OWNER);
    expect(counts(r)).toEqual(expectedMessages);
    expect(r.result.notices.some((n) => /inferred as the one taking part in the most messages/.test(n))).toBe(true);
  });

  it("a single messages.csv upload", async () => {
    const { result } = await parseBytes(base["messages.csv"]!, "messages (1).csv");
    expect(result.archiveType).toBe("csv");
    expect(result.ownerProfileUrl).toBe(OWNER);
    expect({ sent: result.counts.messages_sent, received: result.counts.messages_received }).toEqual(expectedMessages);
    expect(result.files.map((f) => f.kind)).toEqual(["messages"]);
    expect(result.notices.some((n) => /Only messages \(1\)\.csv was imported/.test(n))).toBe(true);
  });

  it("a single Connections.csv upload (with its preamble)", async () => {
    const { result, activities } = await parseBytes(toCrlf(base["Connections.csv"]!), "Connections.csv");
    expect(result.counts.connections).toBe(expected.connections);
    expect(activities).toHaveLength(expected.connections as number);
    expect(result.sourcesPresent).toMatchObject({ connections: true, messages: false });
  });
});

describe("an overlapping older export of the same member", () => {
  it("gives the same keys for the rows both exports hold", async () => {
    const older: ArchiveFiles = {};
    for (const [name, text] of Object.entries(base)) {
      if (!name.endsWith(".csv") || name === "Comments.csv" || name === "Shares.csv") {
        older[name] = text;
        continue;
      }
      const lines = name === "Connections.csv" ? text.split("\n") : [];
      const preamble = name === "Connections.csv" ? lines.slice(0, 3).join("\r\n") + "\r\n" : "";
      const rows = csvRows(name === "Connections.csv" ? lines.slice(3).join("\n") : text);
      const [header, ...data] = rows;
      // The older export holds fewer rows, and some fields have changed since.
      const kept = data.slice(Math.floor(data.length / 3)).map((r) => {
        const row = [...r];
        if (name === "Connections.csv") row[5] = `Former ${row[5]}`;
        if (name === "messages.csv") row[9] = "INBOX";
        return row;
      });
      older[name] = preamble + csv([header!, ...kept], "\r\n");
    }
    const newer = await parseZip(base);
    const old = await parseZip(older, "Complete_LinkedInDataExport_03-01-2026.zip");
    expect(old.result.ownerProfileUrl).toBe(OWNER);
    const newerKeys = new Set(keysOf(newer.activities));
    const missing = old.activities.filter((a) => !newerKeys.has(a.externalKey));
    expect(missing).toEqual([]);
    expect(old.activities.length).toBeLessThan(newer.activities.length);
    expect(countKinds(old.activities).CONNECTION_ADDED).toBe((expected.connections as number) - Math.floor((expected.connections as number) / 3));
  });
});

describe("older and rarer files", () => {
  it("old `Rich Media.csv` (Type,Link, no date) is present but its rows cannot be dated", async () => {
    const { result, activities } = await parseZip({ "Rich Media.csv": "Type,Link\nvideo,https://media.example/1\n" });
    expect(result.sourcesPresent.content).toBe(true);
    expect(activities).toHaveLength(0);
    expect(report({ result } as never, "Rich Media.csv")?.rejected).toEqual([{ line: 2, reason: "this version of the file has no date" }]);
    expect(result.notices).toContain("1 row of Rich Media.csv could not be read and was skipped.");
  });

  it("received recommendations count only when VISIBLE; given ones, endorsements given, follows and events are activities", async () => {
    const recHeader = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n";
    const { result, activities } = await parseZip({
      "Recommendations_Received.csv": recHeader + 'Mo,Ember,Vandelay,Owner,Great.,"05/20/24, 06:37 PM",VISIBLE\nAl,Bo,X,Y,Meh.,"05/21/24, 06:37 PM",HIDDEN\n',
      "Recommendations_Given.csv": recHeader + 'Ann,Lee,Acme,CFO,Top.,"06/01/24, 10:00 AM",VISIBLE\n',
      "Endorsement_Given_Info.csv": "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n2024/12/07 14:51:07 UTC,SaaS,Ann,Lee,www.linkedin.com/in/ann-lee,ACCEPTED\n",
      "Member_Follows.csv": "Date,Status,FullName\n2025-01-02 03:04:05,Active,Ann Lee\n",
      "Events.csv": 'Event Name,Event Time,Status,External Url\nSales Summit,"Mar 21, 2026 01:30 PM - Mar 21, 2026 03:00 PM",Attending,https://e.example/1\nOther,"Mar 22, 2026 01:30 PM",Declined,\n',
    });
    expect(result.counts.recommendations_received).toBe(1);
    expect(report({ result } as never, "Recommendations_Received.csv")).toMatchObject({ accepted: 1, skipped: 1 });
    expect(countKinds(activities)).toEqual({
      RECOMMENDATION_RECEIVED: 1,
      RECOMMENDATION_GIVEN: 1,
      ENDORSEMENT_GIVEN: 1,
      MEMBER_FOLLOWED: 1,
      EVENT_ATTENDED: 1,
    });
    expect(activities.find((a) => a.kind === "ENDORSEMENT_GIVEN")?.counterpart).toBe("https://www.linkedin.com/in/ann-lee");
    expect(activities.find((a) => a.kind === "EVENT_ATTENDED")?.occurredAt.toISOString()).toBe("2026-03-21T13:30:00.000Z");
    expect(result.sourcesPresent).toMatchObject({ recommendations: true, endorsements: true, follows: true });
  });

  it("a file whose header is not recognised is reported, the rest of the archive is read", async () => {
    const { result } = await parseZip({ ...base, "Votes.csv": "When,What\n1,2\n" });
    expect(report({ result } as never, "Votes.csv")?.error).toMatch(/unrecognised header \(expected columns: date,link,optiontext\)/);
    expect(result.counts.reactions).toBe(expected.reactions);
    expect(result.notices.some((n) => /^Votes\.csv could not be read/.test(n))).toBe(true);
  });
});
