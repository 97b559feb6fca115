import { Skeleton } from "~/components/ui/skeleton";

/** A settings section's shape while it loads (route-level loading.tsx). */
export function SectionLoading({ label, blocks = 2 }: { label: string; blocks?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading {label}…</span>
      <div className="space-y-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      {Array.from({ length: blocks }, (_, i) => (
        <Skeleton key={i} className={i === 0 ? "h-40 w-full" : "h-72 w-full"} />
      ))}
    </div>
  );
}
