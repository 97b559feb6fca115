// Incremental CSV record parser (decoded text in, records out).
//
// Why not papaparse: LinkedIn's Comments.csv escapes quotes as `\"`. papaparse reads `\""`
// (an escaped quote closing a field) as a doubled quote and keeps the field open across the
// following lines, swallowing rows; it has no backslash-escape mode. Its Node stream mode also
// calls `step` synchronously, so awaiting the importer's onBatch (back-pressure) needs
// pause/resume juggling, and its line numbers count records, not physical lines. This parser
// is ~150 lines: RFC 4180 quoting plus an opt-in `\"` mode, lenient handling of stray quotes
// (like Python's csv: text after a closing quote is kept, unquoted), CR/LF/CRLF line ends,
// physical line numbers for rejections, and a cap on one record's size so an unbalanced quote
// cannot buffer a whole file.

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface CsvParserOptions {
  delimiter: string;
  /** Inside quoted fields, read `\"` as a literal quote (Comments.csv bug). */
  backslashEscapes?: boolean;
  /** Longest record in characters before the file is abandoned (default 8 MiB). */
  maxRecordChars?: number;
}

export class CsvRecordTooLargeError extends Error {
  constructor(readonly line: number) {
    super(`a record starting on line ${line} never ends (unbalanced quote?)`);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;

const NEED_MORE = -1;

export class CsvParser {
  private pending = "";
  private line = 1;
  private readonly delim: number;
  private readonly delimChar: string;
  private readonly backslash: boolean;
  private readonly maxRecord: number;

  constructor(opts: CsvParserOptions) {
    if (opts.delimiter.length !== 1) throw new Error("delimiter must be one character");
    this.delim = opts.delimiter.charCodeAt(0);
    this.delimChar = opts.delimiter;
    this.backslash = opts.backslashEscapes ?? false;
    this.maxRecord = opts.maxRecordChars ?? 8 * 1024 * 1024;
  }

  /** Feed decoded text; returns the records completed by it. */
  push(text: string): CsvRecord[] {
    const s = this.pending.length === 0 ? text : this.pending + text;
    const out: CsvRecord[] = [];
    const consumed = this.run(s, false, out);
    this.pending = consumed >= s.length ? "" : s.slice(consumed);
    if (this.pending.length > this.maxRecord) throw new CsvRecordTooLargeError(this.line);
    return out;
  }

  /** End of input: returns the last record(s), an unterminated quoted field taken as is. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.pending.length > 0) this.run(this.pending, true, out);
    this.pending = "";
    return out;
  }

  // Next positions of the delimiter, LF and CR at or after the scan position, found with the
  // native indexOf and reused until passed (amortised linear; no per-character JS loop).
  private nextDelim = -1;
  private nextLf = -1;
  private nextCr = -1;
  private countLf = -1;

  private run(s: string, final: boolean, out: CsvRecord[]): number {
    this.nextDelim = this.nextLf = this.nextCr = this.countLf = -1;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const start = pos;
      const fields: string[] = [];
      const end = this.record(s, pos, final, fields);
      if (end === NEED_MORE) return start;
      pos = end;
      const line = this.line;
      this.line += this.lineBreaks(s, start, end);
      // A blank line is one empty field: not a record.
      if (fields.length === 1 && fields[0] === "") continue;
      out.push({ fields, line });
    }
    return pos;
  }

  /** Parse one record starting at `pos`; returns the index after its line end, or NEED_MORE. */
  private record(s: string, pos: number, final: boolean, fields: string[]): number {
    const n = s.length;
    const delim = this.delim;
    for (;;) {
      if (pos >= n) {
        if (!final) return NEED_MORE;
        fields.push("");
        return n;
      }
      let value: string;
      if (s.charCodeAt(pos) === QUOTE) {
        let p = pos + 1;
        value = "";
        for (;;) {
          const q = s.indexOf('"', p);
          if (q === -1) {
            if (!final) return NEED_MORE;
            value += s.slice(p);
            pos = n;
            break;
          }
          if (this.backslash && q - 1 >= p && s.charCodeAt(q - 1) === BACKSLASH) {
            value += s.slice(p, q - 1) + '"';
            p = q + 1;
            continue;
          }
          if (q + 1 >= n && !final) return NEED_MORE;
          const next = q + 1 < n ? s.charCodeAt(q + 1) : -1;
          if (next === QUOTE) {
            value += s.slice(p, q + 1);
            p = q + 2;
            continue;
          }
          value += s.slice(p, q);
          pos = q + 1;
          if (next !== -1 && next !== delim && next !== LF && next !== CR) {
            // Stray text after a closing quote: keep it, unquoted, up to the delimiter.
            const e = this.unquotedEnd(s, pos);
            if (e === n && !final) return NEED_MORE;
            value += '"' + s.slice(pos, e);
            pos = e;
          }
          break;
        }
      } else {
        const e = this.unquotedEnd(s, pos);
        if (e === n && !final) return NEED_MORE;
        value = s.slice(pos, e);
        pos = e;
      }
      fields.push(value);
      if (pos >= n) {
        if (!final) return NEED_MORE;
        return n;
      }
      const c = s.charCodeAt(pos);
      if (c === delim) {
        pos++;
        continue;
      }
      if (c === CR) {
        if (pos + 1 >= n && !final) return NEED_MORE;
        return pos + 1 < n && s.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
      }
      return pos + 1; // LF
    }
  }

  /** First delimiter, LF or CR at or after `pos` (s.length when none). */
  private unquotedEnd(s: string, pos: number): number {
    const n = s.length;
    if (this.nextDelim < pos) {
      const i = s.indexOf(this.delimChar, pos);
      this.nextDelim = i === -1 ? n : i;
    }
    if (this.nextLf < pos) {
      const i = s.indexOf("\n", pos);
      this.nextLf = i === -1 ? n : i;
    }
    if (this.nextCr < pos) {
      const i = s.indexOf("\r", pos);
      this.nextCr = i === -1 ? n : i;
    }
    return Math.min(this.nextDelim, this.nextLf, this.nextCr);
  }

  /** Line breaks in s[from, to): LFs, plus one for a record ending in a lone CR. */
  private lineBreaks(s: string, from: number, to: number): number {
    const n = s.length;
    let count = 0;
    // Own cache: records are counted in order, so this is the first LF at or after `from`.
    let i = this.countLf >= from ? this.countLf : s.indexOf("\n", from);
    if (i === -1) i = n;
    while (i < to) {
      count++;
      i = s.indexOf("\n", i + 1);
      if (i === -1) i = n;
    }
    this.countLf = i;
    if (to > from && s.charCodeAt(to - 1) === CR) count++;
    return count;
  }
}

/** Guess the delimiter from the first line that holds one: tab when tabs outnumber commas. */
export function sniffDelimiter(head: string): "," | "\t" {
  for (const line of head.split(/\r\n|\n|\r/, 20)) {
    const tabs = line.split("\t").length - 1;
    const commas = line.split(",").length - 1;
    if (tabs === 0 && commas === 0) continue;
    return tabs > commas ? "\t" : ",";
  }
  return ",";
}
