import "server-only";
import type { z } from "zod";
import { AppError, badRequest } from "~/server/errors";
import { readBodyBytes } from "../body-limit";

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

/** Reads and parses a JSON body, refusing more than maxBytes (never buffered whole when larger). */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  if (!req.body) throw badRequest("The request body is empty");
  const bytes = await readBodyBytes(req, maxBytes);
  if (!bytes) throw tooLarge(maxBytes);
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
