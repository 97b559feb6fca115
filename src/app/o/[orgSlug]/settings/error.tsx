"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export default function SettingsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-lg space-y-4">
      <Alert tone="error" title="This settings page could not load">
        Something went wrong on our side. Nothing was changed. {error.digest ? <span className="text-xs">Reference: {error.digest}</span> : null}
      </Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
