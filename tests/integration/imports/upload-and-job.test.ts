import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A small uncompressed limit, so the zip bomb is refused without inflating gigabytes.
vi.hoisted(() => {
  process.env.IMPORT_MAX_UNCOMPRESSED_BYTES = String(40 * 1024 * 1024);
});
import { POST } from "~/app/api/imports/route";
import { db } from "~/server/db";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { repHistoryJob } from "~/server/jobs/definitions/rep-history";
import { createRedis } from "~/server/redis";
import { runWorkers, type RunningWorkers } from "../../../workers/run-workers";
import { COMPLETE_ZIP, buildZip, flipDataByte, randomBytes, sampleBytes, sampleFiles, zeroBomb } from "../../fixtures/linkedin-export/build-archive";
import { callerFor } from "../../factories/caller";
import { sessionCookie } from "../../factories/session";
import { workerLog } from "../../factories/worker-log";
import { waitFor } from "../../factories/worker-process";
import { addMember, createOrg } from "../../factories";

const APP = process.env.APP_URL!;
let running: RunningWorkers;
const connection = createRedis("worker");

beforeAll(() => {
  running = runWorkers([importArchiveJob, repHistoryJob], { connection, log: workerLog });
});
afterAll(async () => {
  await running.close();
  await connection.quit();
});

async function upload(opts: { userId: string; org: string; name: string; body: Uint8Array | string; rep?: string; headers?: Record<string, string> }) {
  const qs = new URLSearchParams({ org: opts.org, name: opts.name, ...(opts.rep ? { rep: opts.rep } : {}) });
  const res = await POST(
    new NextRequest(`${APP}/api/imports?${qs}`, {
      method: "POST",
      body: typeof opts.body === "string" ? opts.body : Buffer.from(opts.body),
      headers: { origin: APP, "x-ssi-upload": "1", "content-type": "application/octet-stream", cookie: await sessionCookie(opts.userId), ...opts.headers },
    }),
  );
  return { status: res.status, body: (await res.json()) as { importJobId?: string; error?: { message: string } } };
}

const finished = (importJobId: string) =>
  waitFor(async () => {
    const j = await db.importJob.findUniqueOrThrow({ where: { id: importJobId } });
    return j.status === "SUCCEEDED" || j.status === "FAILED" ? j : null;
  }, 60_000, 200);

describe("archive upload → import job", () => {
  it("imports an uploaded archive through the worker with live progress and a per-file summary", async () => {
    const { org } = await createOrg();
    const { user, rep } = await addMember(org.id, "REP");
    const res = await upload({ userId: user.id, org: org.slug, name: COMPLETE_ZIP, body: sampleBytes(COMPLETE_ZIP) });
    expect(res.status).toBe(202);
    const job = await finished(res.body.importJobId!);
    expect(job.status).toBe("SUCCEEDED");
    const status = await callerFor(user.id).imports.get({ orgSlug: org.slug, importJobId: job.id });
    expect(status.progress).toBe(100);
    expect(status.result?.files.find((f) => f.name === "Connections.csv")).toMatchObject({ rows: 373, imported: 373, duplicates: 0 });
    expect(await db.scoreCurrent.findUnique({ where: { repId: rep.id } })).not.toBeNull();
    // The follow-up job rebuilds 26 weeks of history for this rep.
    await waitFor(async () => (await db.weeklySnapshot.count({ where: { repId: rep.id } })) === 26, 60_000, 250);
  });

  const bad: [string, string, () => Uint8Array | string, RegExp][] = [
    ["random bytes named .zip", "LinkedInDataExport.zip", () => randomBytes(4096), /not a valid|damaged|not a ZIP|could not be read/i],
    ["a zip bomb", "Complete_LinkedInDataExport_11-20-2026.zip", () => zeroBomb("Connections.csv", 64 * 1024 * 1024), /uncompressed|too large|limit/i],
    ["an entry with ../ in its path", "Complete_LinkedInDataExport_11-20-2026.zip", () => buildZip({ "../evil.csv": "a,b\n1,2\n", "Connections.csv": sampleFiles(COMPLETE_ZIP)["Connections.csv"]! }), /path|unsafe/i],
    ["a CSV with the wrong header", "Connections.csv", () => "Foo,Bar,Baz\n1,2,3\n", /header|recogn/i],
    ["a text file", "notes.txt", () => "hello", /ZIP|CSV/i],
    // Damage in the last file read (messages): rows of earlier files were already inserted in the
    // import's transaction, which must roll back.
    ["an archive damaged in its last file", "Complete_LinkedInDataExport_11-20-2026.zip", () => flipDataByte(sampleBytes(COMPLETE_ZIP), "messages.csv", 200), /damaged|checksum/i],
  ];
  for (const [what, name, body, message] of bad) {
    it(`refuses ${what} with a clear error and stores nothing`, async () => {
      const { org } = await createOrg();
      const { user, rep } = await addMember(org.id, "REP");
      const res = await upload({ userId: user.id, org: org.slug, name, body: body() });
      let error: string;
      if (res.status === 202) {
        const job = await finished(res.body.importJobId!);
        expect(job.status).toBe("FAILED");
        error = job.error!;
      } else {
        expect(res.status).toBe(400);
        error = res.body.error!.message;
      }
      expect(error).toMatch(message);
      expect(await db.activity.count({ where: { repId: rep.id } })).toBe(0);
    });
  }

  it("lets an admin import for another rep, but not a rep, and refuses cross-site uploads", async () => {
    const { org, owner } = await createOrg();
    const a = await addMember(org.id, "REP");
    const b = await addMember(org.id, "REP");
    const asAdmin = await upload({ userId: owner.id, org: org.slug, name: COMPLETE_ZIP, body: sampleBytes(COMPLETE_ZIP), rep: b.rep.id });
    expect(asAdmin.status).toBe(202);
    const asRep = await upload({ userId: a.user.id, org: org.slug, name: COMPLETE_ZIP, body: sampleBytes(COMPLETE_ZIP), rep: b.rep.id });
    expect(asRep.status).toBe(404);
    const { org: other } = await createOrg();
    const foreign = await upload({ userId: a.user.id, org: other.slug, name: COMPLETE_ZIP, body: sampleBytes(COMPLETE_ZIP) });
    expect(foreign.status).toBe(404);
    const noHeader = await upload({ userId: a.user.id, org: org.slug, name: COMPLETE_ZIP, body: "x", headers: { "x-ssi-upload": "" } });
    expect(noHeader.status).toBe(403);
    const crossSite = await upload({ userId: a.user.id, org: org.slug, name: COMPLETE_ZIP, body: "x", headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    await finished(asAdmin.body.importJobId!);
  });
});
