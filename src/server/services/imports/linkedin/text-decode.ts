// Bytes → text for export files: UTF-8 (today), UTF-16LE with BOM (2018 and some 2022 files),
// UTF-16BE for completeness. Streaming: TextDecoder keeps split multi-byte characters.

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Decide the encoding from the first bytes (BOM, or the zero-byte pattern of UTF-16 text). */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  // No BOM: ASCII-heavy UTF-16 has a zero in every other byte.
  const n = Math.min(head.length - (head.length % 2), 512);
  if (n >= 4) {
    let zeroOdd = 0;
    let zeroEven = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) zeroEven++;
      if (head[i + 1] === 0) zeroOdd++;
    }
    const pairs = n / 2;
    if (zeroOdd > pairs * 0.6 && zeroEven === 0) return "utf-16le";
    if (zeroEven > pairs * 0.6 && zeroOdd === 0) return "utf-16be";
  }
  return "utf-8";
}

/**
 * Decode a byte stream to text chunks. The BOM is dropped. `onEncoding` is told the encoding
 * once it is known (before the first chunk is yielded).
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onEncoding?: (e: TextEncoding) => void,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null;
  for await (const chunk of chunks) {
    if (!decoder) {
      // Wait for enough bytes to see a BOM / the UTF-16 pattern.
      head = head ? concat(head, chunk) : chunk;
      if (head.length < 64) continue;
      decoder = start(head, onEncoding);
      const text = decoder.decode(head, { stream: true });
      head = null;
      if (text) yield text;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  if (!decoder) {
    if (!head || head.length === 0) {
      onEncoding?.("utf-8");
      return;
    }
    decoder = start(head, onEncoding);
    const text = decoder.decode(head, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function start(head: Uint8Array, onEncoding?: (e: TextEncoding) => void): TextDecoder {
  const encoding = detectEncoding(head);
  onEncoding?.(encoding);
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
