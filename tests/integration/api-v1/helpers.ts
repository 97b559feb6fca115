// Calls the /api/v1 route handlers directly, as Next would, with a bearer key.
import { NextRequest } from "next/server";
import { POST as postActivitiesRoute } from "~/app/api/v1/activities/route";
import { GET as getScoreRoute } from "~/app/api/v1/reps/[id]/score/route";
import { GET as getSnapshotsRoute } from "~/app/api/v1/reps/[id]/snapshots/route";
import { db } from "~/server/db";
import { createApiKey } from "~/server/services/api-keys/create-api-key";

export const APP = process.env.APP_URL ?? "http://localhost:3000";

export async function newKey(organizationId: string, scopes: string[] = ["read", "write"]) {
  return createApiKey(db, { organizationId, userId: null }, { name: `test ${scopes.join("+")}`, scopes });
}

const auth = (key: string | null): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});

export function postActivities(key: string | null, body: unknown, headers: Record<string, string> = {}) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return postActivitiesRoute(
    new NextRequest(`${APP}/api/v1/activities`, {
      method: "POST",
      body: raw,
      headers: { "content-type": "application/json", ...auth(key), ...headers },
    }),
  );
}

export function getScore(key: string | null, id: string, headers: Record<string, string> = {}) {
  return getScoreRoute(new NextRequest(`${APP}/api/v1/reps/${encodeURIComponent(id)}/score`, { headers: { ...auth(key), ...headers } }), {
    params: Promise.resolve({ id }),
  });
}

export function getSnapshots(key: string | null, id: string, query = "") {
  return getSnapshotsRoute(new NextRequest(`${APP}/api/v1/reps/${encodeURIComponent(id)}/snapshots${query}`, { headers: auth(key) }), {
    params: Promise.resolve({ id }),
  });
}

/** An event that is valid now, for rep `ref` (an e-mail or a rep id). */
export function event(ref: string, externalId: string, overrides: Record<string, unknown> = {}) {
  return {
    ...(ref.includes("@") ? { repEmail: ref } : { repId: ref }),
    kind: "COMMENT",
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    externalId,
    ...overrides,
  };
}

export interface BatchBody {
  results: { index: number; externalId: string | null; status: "created" | "duplicate" | "error"; error?: string }[];
  summary: { created: number; duplicates: number; errors: number };
}
