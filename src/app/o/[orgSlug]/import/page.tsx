import type { Metadata } from "next";
import { ImportFlow } from "~/components/imports/import-flow";
import { RecentImports } from "~/components/imports/recent-imports";
import { env } from "~/env";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/domain/roles";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { org } = await requireOrgPage(orgSlug, "import");
  const reps = hasRole(org.role, "ADMIN") ? await (await serverCaller()).imports.reps({ orgSlug: org.slug }) : null;
  // Awaited: a pending query streamed to useQuery races hydration (server "loading", client data: React #418).
  await getQueryClient().prefetchQuery(trpc.imports.list.queryOptions({ orgSlug: org.slug }));
  return (
    <HydrateClient>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">Import your LinkedIn data</h1>
          <p className="mt-1 max-w-prose text-sm text-slate-600">
            On LinkedIn open <em>Settings → Data privacy → Get a copy of your data</em>, choose the larger archive (it includes posts, comments,
            reactions and searches), and upload the ZIP here when LinkedIn e-mails it. Importing the same archive twice, or an older and a newer
            one, never counts anything twice.
          </p>
        </div>
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <ImportFlow orgSlug={org.slug} reps={reps} maxMb={Math.round(env.IMPORT_MAX_BYTES / 1024 / 1024)} />
          <RecentImports orgSlug={org.slug} timeZone={org.timezone} />
        </div>
      </div>
    </HydrateClient>
  );
}
