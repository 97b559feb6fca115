/**
 * PostgreSQL cannot store a NUL character in text (nor \u0000 in jsonb), and an unpaired UTF-16
 * surrogate is not valid Unicode at all (the driver would fail, or silently store U+FFFD). Inputs
 * carrying either are refused with a 400 before they reach a query, instead of failing as a 500.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "contains characters that cannot be stored (a NUL byte or a broken character)";

export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE.test(s);
}

/** Paths of every string (and object key) in `value` that cannot be stored; [] when all is fine. */
export function unstorableTextPaths(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (out.length >= 20 || depth > 32) return;
    if (typeof v === "string") {
      if (!isStorableText(v)) out.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
    } else if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      for (const [k, item] of Object.entries(v)) {
        if (!isStorableText(k)) out.push([...path, k]);
        else walk(item, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return out;
}
