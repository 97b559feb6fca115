"use client";

import type { ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { Skeleton } from "~/components/ui/skeleton";

/** A card-shaped placeholder while a card's data loads (announced once, politely). */
export function CardSkeleton({ label, lines = 3, chart = false, className }: { label: string; lines?: number; chart?: boolean; className?: string }) {
  return (
    <Card className={cn("space-y-4", className)} role="status" aria-live="polite">
      <span className="sr-only">Loading {label}…</span>
      <Skeleton className="h-5 w-40" />
      {chart ? <Skeleton className="h-56 w-full" /> : null}
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={cn("h-4", i % 2 ? "w-3/4" : "w-full")} />
      ))}
    </Card>
  );
}

/** A card's error: what failed, in words, and a retry that refetches just that card. */
export function CardError({ title, error, onRetry, className }: { title: string; error: unknown; onRetry: () => void; className?: string }) {
  const message = error instanceof Error && error.message && !/fetch|network/i.test(error.message) ? error.message : null;
  return (
    <Card className={className}>
      <Alert tone="error" title={`${title} could not load`}>
        {message ?? "The connection dropped or the server had a problem. Your data is safe."}
      </Alert>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </Card>
  );
}

/** A quiet note inside a card (no data yet, nothing matches). */
export function CardNote({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600">
      {children}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
