"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export default function OrgError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <Alert tone="error" title="This page could not load">
        Something went wrong on our side. Your data is safe. {error.digest ? <span className="text-xs">Reference: {error.digest}</span> : null}
      </Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
