import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "~/server/errors";

/**
 * Streams a request body to a new file under `dir` without buffering it in memory, refusing it
 * (413, partial file removed) as soon as it passes `maxBytes`.
 */
export async function streamBodyToFile(body: ReadableStream<Uint8Array> | null, dir: string, maxBytes: number): Promise<{ path: string; bytes: number }> {
  if (!body) throw new AppError("BAD_REQUEST", "The request has no file in its body");
  await mkdir(resolve(dir), { recursive: true });
  const path = join(resolve(dir), `incoming-${randomUUID()}.part`);
  let bytes = 0;
  const source = Readable.fromWeb(body as unknown as import("node:stream/web").ReadableStream<Uint8Array>);
  source.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > maxBytes) source.destroy(new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit.`));
  });
  try {
    await pipeline(source, createWriteStream(path, { flags: "wx", mode: 0o600 }));
  } catch (err) {
    await unlink(path).catch(() => {});
    throw err;
  }
  return { path, bytes };
}
