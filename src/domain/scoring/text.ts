// Small wording helpers shared by displays, actions and change explanations.

/** "1 comment", "6 comments", "1.5 comments" (weighted figures keep one decimal). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : pluralForm}`;
}

// Built once: toLocaleString with options constructs an Intl.NumberFormat on every call,
// which made scoring a 2,000-rep organisation spend most of its time formatting numbers.
const INTEGER = new Intl.NumberFormat("en-US");
const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Integers as is, others with one decimal; thousands separated for readability. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return INTEGER.format(n);
  return ONE_DECIMAL.format(Math.round(n * 10) / 10);
}

/** "+2.1", "-0.4", "0.0": one decimal, explicit sign. */
export function formatDelta(delta: number): string {
  const r = Math.round(Math.abs(delta) * 10) / 10;
  if (r === 0) return "0.0";
  return `${delta > 0 ? "+" : "-"}${r.toFixed(1)}`;
}

export function percent(numerator: number, denominator: number): string {
  return `${Math.round((numerator / denominator) * 100)}%`;
}

/** "a, b and c"; more than `max` items end with "and N more". */
export function listWords(items: readonly string[], max = 3): string {
  if (items.length === 0) return "";
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  if (items.length === 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
