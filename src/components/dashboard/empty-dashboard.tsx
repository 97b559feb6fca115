import Link from "next/link";
import { Card } from "~/components/ui/card";

/** A rep with no data yet: what to do first, in order of how much it unlocks. */
export function EmptyDashboard({ orgSlug, self, name, onLogActivity }: { orgSlug: string; self: boolean; name: string; onLogActivity?: () => void }) {
  if (!self) {
    return (
      <Card data-testid="empty-dashboard">
        <h2 className="text-base font-semibold text-slate-900">No data for {name} yet</h2>
        <p className="mt-1 max-w-prose text-sm text-slate-600">
          Their score appears once they import their LinkedIn archive or log some activity. Every signal currently reads &ldquo;no data&rdquo;, which is not the
          same as a low score.
        </p>
      </Card>
    );
  }
  return (
    <Card className="p-6 sm:p-8" data-testid="empty-dashboard">
      <h2 className="text-lg font-semibold text-slate-900">Let&apos;s get your first score</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">
        Your Social Selling score is built from your LinkedIn profile and activity. We have nothing yet, so every signal reads &ldquo;no data&rdquo; rather than
        a low score. Three steps, about ten minutes:
      </p>
      <ol className="mt-6 grid gap-4 md:grid-cols-3">
        <Step n={1} title="Import your LinkedIn archive">
          On LinkedIn: Settings → Data privacy → Get a copy of your data. Upload the ZIP here; it fills in your profile, network and messages.
          <Link
            href={`/o/${orgSlug}/import`}
            className="mt-3 inline-flex rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
          >
            Import archive
          </Link>
        </Step>
        <Step n={2} title="Log this week's activity">
          Comments, posts, searches and profile views you made: archives leave some of them out.
          {onLogActivity ? (
            <button
              type="button"
              onClick={onLogActivity}
              className="mt-3 inline-flex rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Log activity
            </button>
          ) : null}
        </Step>
        <Step n={3} title="Check your profile facts">
          Headline, About section, photo, positions and skills make up 9 of the 25 Brand points. The import fills them in; update your LinkedIn profile first if
          a section is missing.
        </Step>
      </ol>
    </Card>
  );
}

function Step({ n, title, children }: { n: number; title: string; children: React.ReactNode }) {
  return (
    <li className="flex flex-col rounded-xl bg-slate-50 p-4 text-sm text-slate-600">
      <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-full bg-brand-500 text-sm font-semibold text-white">
        {n}
      </span>
      <span className="mt-3 font-semibold text-slate-900">{title}</span>
      <span className="mt-1 flex flex-1 flex-col items-start">{children}</span>
    </li>
  );
}
