import "server-only";
import type { z } from "zod";
import { AppError, badRequest } from "~/server/errors";

/**
 * POST bodies must be application/json. For the REST API this is the other half of the CSRF rule:
 * a cross-site form can only send urlencoded, multipart or text/plain bodies.
 */
export function requireJsonContentType(req: Request): void {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `The body exceeds ${Math.floor(maxBytes / 1024)} KB; send smaller batches`);
}

/**
 * Reads and parses a JSON body, refusing more than maxBytes: by Content-Length up front, and by
 * counting while streaming (chunked bodies have no length), so an oversized body is never buffered.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) throw badRequest("The request body is empty");

  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badRequest("The body is not valid UTF-8");
  }
  if (text.trim() === "") throw badRequest("The request body is empty");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("The body is not valid JSON");
  }
}

/** Parses with a zod schema; a failure becomes a 400 listing every field's issue. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(value) as z.infer<S>;
}
