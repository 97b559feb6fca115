// From CSV records to named rows: finds the header (skipping preambles such as Connections'
// "Notes:" lines), matches columns by name (case-insensitive, trimmed), lists unknown columns,
// and repairs rows whose field count is wrong.
import { CsvParser, type CsvRecord } from "./csv";

export interface ColumnSpec {
  key: string;
  /** Accepted header names, lower-case (era variants: "sharedurl" / "sharedurl"...). */
  names: readonly string[];
  required?: boolean;
}

export interface TableSpec {
  columns: readonly ColumnSpec[];
  /** Comments.csv writes `\"` for quotes. */
  backslashEscapes?: boolean;
  /** Free-text column that absorbs surplus fields (an unescaped delimiter inside it). */
  freeTextKey?: string;
  /** Records to scan for the header before giving up (preamble lines). Default 10. */
  headerScan?: number;
  /** Columns the file has that we do not read (not reported as unknown). Lower-case. */
  known?: readonly string[];
}

export class HeaderNotFoundError extends Error {
  constructor(readonly expected: string) {
    super(`unrecognised header (expected columns: ${expected})`);
  }
}

export function normalizeHeaderName(s: string): string {
  return s.replace(/^[\uFEFF\u200B"']+|["']+$/g, "").trim().replace(/\s+/g, " ").toLowerCase();
}

export function expectedHeader(spec: TableSpec): string {
  return spec.columns.map((c) => c.names[0]).join(",");
}

export interface HeaderMatch {
  /** column key → field index */
  index: Map<string, number>;
  width: number;
  unknownColumns: string[];
  matched: number;
}

/** Match one record against a spec; null unless every required column is there. */
export function matchHeader(fields: readonly string[], spec: TableSpec): HeaderMatch | null {
  const index = new Map<string, number>();
  const unknownColumns: string[] = [];
  fields.forEach((raw, i) => {
    const name = normalizeHeaderName(raw);
    const col = spec.columns.find((c) => c.names.includes(name));
    if (col && !index.has(col.key)) index.set(col.key, i);
    else if (name !== "" && !spec.known?.includes(name)) unknownColumns.push(raw.trim());
  });
  for (const c of spec.columns) if (c.required && !index.has(c.key)) return null;
  if (index.size === 0) return null;
  return { index, width: fields.length, unknownColumns, matched: index.size };
}

export class Row {
  constructor(
    private readonly fields: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    readonly line: number,
    /** Set when the field count was wrong and could not be repaired. */
    readonly problem: string | null = null,
  ) {}

  /** Trimmed value; "" when the column is absent from this file's header. */
  get(key: string): string {
    const i = this.index.get(key);
    if (i === undefined) return "";
    return (this.fields[i] ?? "").trim();
  }

  /** Untrimmed value (free text). */
  raw(key: string): string {
    const i = this.index.get(key);
    return i === undefined ? "" : (this.fields[i] ?? "");
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  isEmpty(): boolean {
    return this.fields.every((f) => f.trim() === "");
  }
}

/** Push decoded text, get rows. Throws HeaderNotFoundError / CsvRecordTooLargeError. */
export class TableReader {
  private readonly parser: CsvParser;
  private header: HeaderMatch | null = null;
  private scanned = 0;
  private readonly delimiter: string;

  constructor(
    private readonly spec: TableSpec,
    delimiter: string,
  ) {
    this.delimiter = delimiter;
    this.parser = new CsvParser({ delimiter, backslashEscapes: spec.backslashEscapes });
  }

  get headerMatch(): HeaderMatch | null {
    return this.header;
  }

  push(text: string): Row[] {
    return this.toRows(this.parser.push(text));
  }

  end(): Row[] {
    return this.toRows(this.parser.end());
  }

  /** True once a file ended without a header among some records. */
  missingHeader(): boolean {
    return this.header === null && this.scanned > 0;
  }

  private toRows(records: CsvRecord[]): Row[] {
    const rows: Row[] = [];
    for (const rec of records) {
      if (!this.header) {
        this.scanned++;
        this.header = matchHeader(rec.fields, this.spec);
        if (!this.header && this.scanned >= (this.spec.headerScan ?? 10)) {
          throw new HeaderNotFoundError(expectedHeader(this.spec));
        }
        continue;
      }
      rows.push(this.toRow(rec, this.header));
    }
    return rows;
  }

  private toRow(rec: CsvRecord, h: HeaderMatch): Row {
    let fields = rec.fields;
    if (fields.length > h.width) {
      const surplus = fields.length - h.width;
      const freeIdx = this.spec.freeTextKey ? h.index.get(this.spec.freeTextKey) : undefined;
      if (fields.slice(h.width).every((f) => f.trim() === "")) {
        fields = fields.slice(0, h.width);
      } else if (freeIdx !== undefined) {
        const merged = fields.slice(freeIdx, freeIdx + surplus + 1).join(this.delimiter);
        fields = [...fields.slice(0, freeIdx), merged, ...fields.slice(freeIdx + surplus + 1)];
      } else {
        return new Row(fields, h.index, rec.line, `${fields.length} fields where the header has ${h.width}`);
      }
    }
    return new Row(fields, h.index, rec.line);
  }
}
