import type { Metadata } from "next";
import { EmptyState } from "~/components/ui/empty-state";
import { requireOrgPage } from "~/server/auth/org-page";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrgPage(orgSlug, "import");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Import your LinkedIn data</h1>
      <EmptyState title="LinkedIn archive import">Upload the ZIP from LinkedIn&apos;s “Get a copy of your data”.</EmptyState>
    </div>
  );
}
