import { env } from "~/env";
import { buildOpenApiDocument } from "~/server/api-v1/openapi";
import { handleRest } from "~/server/http/rest";

export const dynamic = "force-dynamic";

let cached: string | undefined;

/** GET /api/v1/openapi.json: the public OpenAPI 3.1 document (no key, no rate limit). */
export function GET(req: Request) {
  return handleRest(req, async () => {
    cached ??= JSON.stringify(buildOpenApiDocument(env.APP_URL.replace(/\/+$/, "")));
    return new Response(cached, {
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" },
    });
  });
}
