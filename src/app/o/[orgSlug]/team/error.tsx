"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/** The team route's error boundary: retry reloads the server data and the client queries. */
export default function TeamError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const qc = useQueryClient();
  const retry = () =>
    startTransition(() => {
      void qc.resetQueries({ type: "active" });
      router.refresh();
      reset();
    });
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <Alert tone="error" title="The team view could not load">
        Something went wrong while loading your team&apos;s scores. Your data is safe; trying again usually helps.
        {error.digest ? <span className="mt-1 block text-xs">Reference: {error.digest}</span> : null}
      </Alert>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
