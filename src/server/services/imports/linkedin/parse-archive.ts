// Parsing a ZIP export: list entries (central directory first), verify every entry we will
// read (real inflated size against the limit, CRC-32) before emitting anything, then parse
// files in an order that makes the owner's identity known before messages.
import { ArchiveError } from "./errors";
import { ARTICLE_HEAD_BYTES, readArticle } from "./files/articles";
import { addRejection, newReport, runCsvFile } from "./file-runner";
import { ACTIVITY_SPEC_IDS, classifyEntry } from "./file-registry";
import { PHASE, type CsvFileSpec } from "./file-spec";
import { noOwnerNotice, ownerFromInvitations, ownerFromMessages } from "./owner";
import type { ParseSession } from "./session";
import { InflateBudget, ZipArchive, type ZipEntryInfo } from "./zip-reader";
import type { ArchiveType, FileReport, OwnerIdentitySource, ParseLimits } from "./types";

/** Fraction of progress given to the integrity pass (it only inflates). */
const VERIFY_SHARE = 0.1;
/** Specs that may legitimately come in numbered parts (Shares_2.csv). */
const MULTI_PART = new Set(["shares", "comments", "reactions"]);

export interface ZipParseOutcome {
  archiveType: ArchiveType;
  ownerSource: OwnerIdentitySource;
  files: FileReport[];
  unknownFiles: string[];
  ignoredFiles: { name: string; reason: string }[];
}

export async function parseZip(path: string, fileName: string, limits: ParseLimits, session: ParseSession, integrityPass = true): Promise<ZipParseOutcome> {
  const archive = await ZipArchive.open(path, {
    maxUncompressedBytes: limits.maxUncompressedBytes,
    maxEntries: limits.maxEntries ?? 5000,
  });
  try {
    return await walk(archive, fileName, limits, session, integrityPass);
  } finally {
    archive.close();
  }
}

async function walk(archive: ZipArchive, fileName: string, limits: ParseLimits, session: ParseSession, integrityPass: boolean): Promise<ZipParseOutcome> {
  const jobs: { info: ZipEntryInfo; spec: CsvFileSpec }[] = [];
  const articles: ZipEntryInfo[] = [];
  const unknownFiles: string[] = [];
  const ignoredFiles: { name: string; reason: string }[] = [];
  for (const info of [...archive.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const c = classifyEntry(info.name);
    if (c.type === "csv") jobs.push({ info, spec: c.spec });
    else if (c.type === "article") articles.push(info);
    else if (c.type === "ignored") ignoredFiles.push({ name: info.name, reason: c.reason });
    else unknownFiles.push(info.name);
  }
  // One file per spec, except numbered parts: a legacy twin (e.g. "Endorsement Received
  // Info.csv" next to "Endorsement_Received_Info.csv") would count rows twice. Keep the
  // last by name (the modern underscore spelling sorts after the spaced one).
  const bySpec = new Map<string, { info: ZipEntryInfo; spec: CsvFileSpec }>();
  const kept: typeof jobs = [];
  for (const job of jobs) {
    if (MULTI_PART.has(job.spec.id)) kept.push(job);
    else bySpec.set(job.spec.id, job);
  }
  for (const job of jobs) {
    const winner = bySpec.get(job.spec.id);
    if (!winner) continue;
    if (winner === job) kept.push(job);
    else ignoredFiles.push({ name: job.info.name, reason: `duplicate of ${winner.info.name}` });
  }
  if (kept.length === 0 && articles.length === 0) {
    throw new ArchiveError(
      "NOT_LINKEDIN_EXPORT",
      "This ZIP holds no LinkedIn export file (such as Connections.csv or messages.csv). Upload the archive LinkedIn sent you.",
    );
  }
  kept.sort((a, b) => a.spec.phase - b.spec.phase || (a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0));

  // Progress: VERIFY_SHARE for the integrity pass, the rest for parsing.
  const toRead = [...kept.map((j) => j.info), ...articles];
  const totalBytes = Math.max(1, toRead.reduce((s, e) => s + e.uncompressedSize, 0));
  let verified = 0;
  let parsed = 0;
  const verifyShare = integrityPass ? VERIFY_SHARE : 0;
  const report = () => session.progress(verifyShare * (verified / totalBytes) + (1 - verifyShare) * (parsed / totalBytes));

  // Pass 1 — integrity. Every archive-level error (zip bomb, lying sizes, CRC, truncation)
  // surfaces here, before onBatch is called once.
  if (integrityPass) {
    const verifyBudget = new InflateBudget(limits.maxUncompressedBytes);
    for (const info of toRead) {
      for await (const chunk of archive.read(info, verifyBudget)) {
        verified += chunk.length;
        await report();
      }
    }
  }

  // Pass 2 — parse.
  const budget = new InflateBudget(limits.maxUncompressedBytes);
  const onBytes = async (n: number) => {
    parsed += n;
    await report();
  };
  const files: FileReport[] = [];
  let ownerSource: OwnerIdentitySource = "none";
  let ownerResolved = false;
  for (const { info, spec } of kept) {
    if (spec.phase >= PHASE.messages && !ownerResolved) {
      ownerResolved = true;
      ownerSource = await resolveOwner(archive, session, info, limits);
    }
    files.push(await runCsvFile(info.name, spec, archive.read(info, budget), session, { onBytes }));
  }
  if (!ownerResolved && ownerFromInvitations(session)) ownerSource = "invitations";
  if (articles.length > 0) files.push(await readArticles(archive, articles, budget, session, onBytes));
  await session.drain(true);

  const hasActivityFiles = kept.some((j) => ACTIVITY_SPEC_IDS.has(j.spec.id));
  const namedComplete = /^complete_/i.test(fileName.replace(/^.*[\\/]/, ""));
  const archiveType: ArchiveType = hasActivityFiles || namedComplete ? "complete" : "basic";
  if (!hasActivityFiles) {
    session.notice(
      archiveType === "basic"
        ? "Basic archive: no activity files (shares, comments, reactions, votes, searches). These signals show as “no data”, not zero. Request the Complete archive from LinkedIn (Settings → Data privacy → Get a copy of your data) to score them."
        : "No activity files (shares, comments, reactions, votes, searches) were found in this archive: these signals show as “no data”, not zero.",
    );
  }
  return { archiveType, ownerSource, files, unknownFiles, ignoredFiles };
}

async function resolveOwner(archive: ZipArchive, session: ParseSession, messages: ZipEntryInfo, limits: ParseLimits) {
  if (ownerFromInvitations(session)) return "invitations" as const;
  const source = await ownerFromMessages(session, archive.read(messages, new InflateBudget(limits.maxUncompressedBytes)));
  if (source === "none") noOwnerNotice(session);
  return source;
}

async function readArticles(
  archive: ZipArchive,
  entries: ZipEntryInfo[],
  budget: InflateBudget,
  session: ParseSession,
  onBytes: (n: number) => Promise<void>,
): Promise<FileReport> {
  const report = newReport("Articles/Articles/*.html", "articles");
  session.sources.content = true;
  for (const info of entries) {
    report.rows++;
    const parts: Buffer[] = [];
    let length = 0;
    for await (const chunk of archive.read(info, budget)) {
      await onBytes(chunk.length);
      parts.push(chunk);
      length += chunk.length;
      if (length >= ARTICLE_HEAD_BYTES) break;
    }
    const html = new TextDecoder("utf-8").decode(Buffer.concat(parts));
    const article = readArticle(info.name, html);
    if (article.state === "draft") {
      report.skipped++;
    } else if (article.state === "unreadable") {
      addRejection(report, 1, `${info.name}: ${article.reason}`);
    } else {
      report.accepted++;
      session.counts.articles_published++;
      session.emit(
        { kind: "ARTICLE_PUBLISHED", occurredAt: article.publishedAt, format: "article", metadata: { title: article.title.slice(0, 200) } },
        article.keyParts,
      );
      await session.drain();
    }
  }
  return report;
}
