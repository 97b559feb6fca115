import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLog } from "~/components/settings/audit-log";
import { auditInput, auditViewFromSearch } from "~/components/settings/audit-params";
import { SectionHeader } from "~/components/settings/section";
import { Skeleton } from "~/components/ui/skeleton";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<Search> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/audit", { adminOnly: true });
  const raw = await searchParams;
  const view = auditViewFromSearch({ get: (k) => (typeof raw[k] === "string" ? raw[k] : null) });
  const qc = getQueryClient();
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await Promise.all([
    qc.prefetchQuery(trpc.settings.audit.filters.queryOptions({ orgSlug: viewer.orgSlug })),
    qc.prefetchQuery(trpc.settings.audit.list.queryOptions(auditInput(viewer.orgSlug, view))),
  ]);
  return (
    <HydrateClient>
      <SectionHeader title="Audit log" description="Every change to the organisation's settings, members, invitations, teams, keys and data, with who made it, when, and what it was before and after." />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <AuditLog viewer={viewer} />
      </Suspense>
    </HydrateClient>
  );
}
