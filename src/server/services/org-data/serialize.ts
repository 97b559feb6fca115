import Papa from "papaparse";

/** JSON-safe value: BigInt ids as strings, instants as ISO strings. */
export function plain(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

export function plainRow(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = plain(row[c] ?? null);
  return out;
}

/** A CSV cell: JSON for objects and lists, empty for null. */
function cell(value: unknown): string {
  const v = plain(value);
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/**
 * CSV lines for a page of rows (RFC 4180 quoting via papaparse). Cells that a spreadsheet would
 * run as a formula (=, +, -, @ …) are escaped with a leading apostrophe.
 */
export function csvLines(rows: Record<string, unknown>[], columns: string[], header: boolean): string {
  const text = Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => cell(r[c]))) },
    { header, newline: "\r\n", escapeFormulae: true },
  );
  return text ? `${text}\r\n` : "";
}
