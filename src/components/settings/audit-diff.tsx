import { cn } from "~/components/ui/cn";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: Json | undefined) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

/**
 * An audit entry's before and after, field by field; changed fields are marked. Values that are
 * not objects (or missing on one side) show as a single row.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? undefined) as Json | undefined;
  const a = (after ?? undefined) as Json | undefined;
  if (b === undefined && a === undefined) return <p className="text-sm text-slate-500">No details recorded.</p>;
  const rows: { key: string; before: Json | undefined; after: Json | undefined }[] =
    (isObject(b) || b === undefined) && (isObject(a) || a === undefined)
      ? [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].map((key) => ({ key, before: b?.[key], after: a?.[key] }))
      : [{ key: "value", before: b, after: a }];
  return (
    <table className="w-full table-fixed text-left text-xs">
      <caption className="sr-only">Changes: before and after</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="w-1/5 py-1 pr-3 font-medium">Field</th>
          <th scope="col" className="py-1 pr-3 font-medium">Before</th>
          <th scope="col" className="py-1 font-medium">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 font-mono">
        {rows.map((r) => {
          const changed = show(r.before) !== show(r.after);
          return (
            <tr key={r.key} className={cn(changed && "bg-amber-50/60")}>
              <th scope="row" className="py-1 pr-3 align-top font-sans font-medium text-slate-700">
                {r.key}
                {changed && r.before !== undefined && r.after !== undefined ? <span className="sr-only"> (changed)</span> : null}
              </th>
              <td className={cn("break-words py-1 pr-3 align-top", r.before === undefined ? "text-slate-400" : "text-red-800")}>{show(r.before)}</td>
              <td className={cn("break-words py-1 align-top", r.after === undefined ? "text-slate-400" : "text-emerald-800")}>{show(r.after)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
