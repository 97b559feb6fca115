import type { ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { errorMessage } from "./format";

/** The heading of one settings section (the page's h1) with what it does. */
export function SectionHeader({ title, description, readOnly }: { title: string; description: ReactNode; readOnly?: boolean }) {
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="max-w-prose text-sm text-slate-600">{description}</p>
      {readOnly ? (
        <p className="inline-flex rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">Read-only: admins and owners can change this</p>
      ) : null}
    </header>
  );
}

/** A query's failure with a retry. */
export function QueryError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <Card>
      <Alert tone="error" title={`${title} could not load`}>
        {errorMessage(error, "The connection dropped or the server had a problem. Your data is safe.")}
      </Alert>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </Card>
  );
}
