import "server-only";

/**
 * The body's bytes, or null when it exceeds maxBytes. Content-Length is checked first, but a
 * chunked body carries none: its bytes are counted while reading, so an oversized body is
 * refused without ever being held in memory whole.
 */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

/** The request with its body buffered (see readBodyBytes), or null when the body is too large. */
export async function withBodyLimit(req: Request, maxBytes: number): Promise<Request | null> {
  if (!req.body) return req;
  const body = await readBodyBytes(req, maxBytes);
  if (!body) return null;
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}
