import { Card } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { cn } from "~/components/ui/cn";

/** A card-shaped placeholder with a title bar and `lines` rows. */
export function CardSkeleton({ lines = 3, chart = false, className }: { lines?: number; chart?: boolean; className?: string }) {
  return (
    <Card className={cn("space-y-4", className)} aria-hidden="true">
      <Skeleton className="h-5 w-40" />
      {chart ? <Skeleton className="h-56 w-full" /> : null}
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={cn("h-4", i % 2 ? "w-3/4" : "w-full")} />
      ))}
    </Card>
  );
}

export function RingSkeleton() {
  return (
    <Card className="flex flex-col items-center gap-4" aria-hidden="true">
      <Skeleton className="h-5 w-40 self-start" />
      <Skeleton className="size-52 rounded-full" />
      <Skeleton className="h-4 w-48" />
    </Card>
  );
}

/** The whole dashboard while the first data loads (route loading.tsx). */
export function DashboardSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading the dashboard…</span>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-72" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-9 w-32" />
          <Skeleton className="h-9 w-40" />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <RingSkeleton />
        <CardSkeleton lines={6} className="lg:col-span-2" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <CardSkeleton lines={4} />
        <CardSkeleton lines={4} />
        <CardSkeleton lines={4} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <CardSkeleton chart lines={1} className="lg:col-span-2" />
        <CardSkeleton lines={5} />
      </div>
    </div>
  );
}
