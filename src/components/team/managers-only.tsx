import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";

/** What a rep sees at /team when there is no leaderboard: why, and where their own numbers are. */
export function ManagersOnly({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Team</h1>
      <EmptyState
        title="The team view is for managers"
        action={
          <Link href={`/o/${orgSlug}/dashboard`} className="rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600">
            Open my dashboard
          </Link>
        }
      >
        <p>
          Managers use this page to compare the reps they coach. Your own score, your ranks in the industry and in {orgName}, and what to do next are
          on your dashboard.
        </p>
        <p className="mt-2">If {orgName} turns on the team leaderboard, you will see your colleagues&apos; names and totals here.</p>
      </EmptyState>
    </div>
  );
}
