import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Export files go to a temporary UPLOAD_DIR of this suite.
const UPLOAD_DIR = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/ssi-settings-export-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { rm } from "node:fs/promises";
import { unzipSync, strFromU8 } from "fflate";
import { NextRequest } from "next/server";
import Papa from "papaparse";
import { GET as downloadExport } from "~/app/api/exports/[id]/route";
import { db } from "~/server/db";
import { orgExportJob } from "~/server/jobs/definitions/org-export";
import { createRedis } from "~/server/redis";
import { tenantModels } from "~/server/services/org-data/tenant-models";
import { runWorkers, type RunningWorkers } from "../../../workers/run-workers";
import { callerFor } from "../../factories/caller";
import { sessionCookie } from "../../factories/session";
import { workerLog } from "../../factories/worker-log";
import { waitFor } from "../../factories/worker-process";
import { fullOrg, tenantCounts } from "./full-org";

let running: RunningWorkers;
let connection: ReturnType<typeof createRedis>;
beforeAll(() => {
  connection = createRedis("worker");
  running = runWorkers([orgExportJob], { connection, log: workerLog });
});
afterAll(async () => {
  await running.close();
  await connection.quit();
  await rm(UPLOAD_DIR, { recursive: true, force: true });
});

const download = async (id: string, userId: string | null) =>
  downloadExport(new NextRequest(`http://localhost:3000/api/exports/${id}`, { headers: userId ? { cookie: await sessionCookie(userId) } : {} }), {
    params: Promise.resolve({ id }),
  });

async function exportOf(f: Awaited<ReturnType<typeof fullOrg>>, format: "json" | "csv") {
  const { exportJobId } = await callerFor(f.admin.user.id).settings.data.startExport({ orgSlug: f.org.slug, format });
  await waitFor(async () => (await db.exportJob.findUniqueOrThrow({ where: { id: exportJobId } })).status === "SUCCEEDED", 30_000);
  expect((await db.exportJob.findUniqueOrThrow({ where: { id: exportJobId } })).filePath).toBe(`${UPLOAD_DIR}/exports/${exportJobId}.zip`);
  const list = await callerFor(f.admin.user.id).settings.data.exports({ orgSlug: f.org.slug });
  const row = list.find((e) => e.id === exportJobId)!;
  expect(row).toMatchObject({ progress: 100, downloadable: true, downloadUrl: `/api/exports/${exportJobId}` });
  const res = await download(exportJobId, f.admin.user.id);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+-export-\d{4}-\d{2}-\d{2}-(json|csv)\.zip"/);
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  return { exportJobId, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)])) };
}

describe("organisation data export", () => {
  it("a JSON ZIP with every tenant table of the organisation, nothing of another, and no secrets", async () => {
    const mine = await fullOrg("Exporting Co");
    const other = await fullOrg("Other Co");
    const { exportJobId, files } = await exportOf(mine, "json");
    const counts = await tenantCounts(mine.org.id);
    const manifest = JSON.parse(files["manifest.json"]!) as { files: { table: string; rows: number }[] };

    for (const model of tenantModels()) {
      const text = files[`${model.name}.json`];
      expect(text, `${model.name}.json`).toBeDefined();
      const rows = JSON.parse(text!) as Record<string, unknown>[];
      expect(rows.length, model.name).toBe(counts[model.name]);
      expect(rows.every((r) => r.organizationId === mine.org.id), model.name).toBe(true);
      expect(manifest.files.find((m) => m.table === model.name)?.rows).toBe(rows.length);
    }
    expect(JSON.parse(files["Organization.json"]!)).toEqual([expect.objectContaining({ id: mine.org.id, name: "Exporting Co" })]);
    const users = JSON.parse(files["User.json"]!) as { email: string; passwordHash?: string }[];
    expect(users.map((u) => u.email).sort()).toEqual((await db.user.findMany({ where: { memberships: { some: { organizationId: mine.org.id } } } })).map((u) => u.email).sort());
    expect(users.every((u) => u.passwordHash === undefined)).toBe(true);

    const all = Object.values(files).join("\n");
    expect(all).toContain("Secret title of Exporting Co");
    expect(all).not.toContain("Other Co");
    for (const id of [other.org.id, other.owner.id, other.rep.rep.id, other.team.id, other.apiKey.id]) expect(all).not.toContain(id);
    for (const email of [other.owner.email, other.rep.user.email]) expect(all).not.toContain(email);
    // No secret hashes, not even the organisation's own.
    const key = await db.apiKey.findUniqueOrThrow({ where: { id: mine.apiKey.id } });
    const inv = await db.invitation.findUniqueOrThrow({ where: { id: mine.invitation.id } });
    expect(all).not.toContain(key.hash);
    expect(all).not.toContain(inv.tokenHash);
    expect(all).not.toMatch(/"(hash|tokenHash|passwordHash)"/);

    // Who may download: admins of the organisation; a manager is refused, others do not see it.
    expect((await download(exportJobId, mine.manager.user.id)).status).toBe(403);
    expect((await download(exportJobId, other.owner.id)).status).toBe(404);
    expect((await download(exportJobId, null)).status).toBe(401);
    expect((await download("nope", mine.owner.id)).status).toBe(404);
  });

  it("a CSV ZIP round-trips through a CSV parser with the database's row counts", async () => {
    const mine = await fullOrg("Csv Co");
    const { files } = await exportOf(mine, "csv");
    const counts = await tenantCounts(mine.org.id);
    const activities = Papa.parse<Record<string, string>>(files["Activity.csv"]!, { header: true, skipEmptyLines: true });
    expect(activities.errors).toEqual([]);
    expect(activities.data.length).toBe(counts.Activity);
    expect(activities.data.every((r) => r.organizationId === mine.org.id)).toBe(true);
    const keys = Papa.parse<Record<string, string>>(files["ApiKey.csv"]!, { header: true, skipEmptyLines: true });
    expect(keys.meta.fields).not.toContain("hash");
    expect(keys.data[0]).toMatchObject({ id: mine.apiKey.id, scopes: '["read"]' });
  });

  it("asking again while an export runs returns the same one", async () => {
    const mine = await fullOrg();
    await running.close();
    try {
      const a = await callerFor(mine.owner.id).settings.data.startExport({ orgSlug: mine.org.slug, format: "json" });
      const b = await callerFor(mine.admin.user.id).settings.data.startExport({ orgSlug: mine.org.slug, format: "csv" });
      expect(b).toEqual({ exportJobId: a.exportJobId, alreadyRunning: true });
    } finally {
      running = runWorkers([orgExportJob], { connection, log: workerLog });
    }
  });
});
