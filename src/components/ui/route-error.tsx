"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  title: string;
  children: React.ReactNode;
  /** Replaces the default layout (centred, padded). */
  className?: string;
}

/** Every route's error boundary: the message, a reference, and "Try again" (server data and client queries reload). */
export function RouteError({ error, reset, title, children, className }: RouteErrorProps) {
  const router = useRouter();
  const qc = useQueryClient();
  const retry = () =>
    startTransition(() => {
      void qc.resetQueries({ type: "active" });
      router.refresh();
      reset();
    });
  return (
    <div className={className ?? "mx-auto max-w-lg space-y-4 py-10"}>
      <Alert tone="error" title={title}>
        {children}
        {error.digest ? <span className="mt-1 block text-xs">Reference: {error.digest}</span> : null}
      </Alert>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
