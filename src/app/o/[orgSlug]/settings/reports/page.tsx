import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportPreview } from "~/components/reports/report-preview";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/domain/roles";

export const metadata: Metadata = { title: "Report preview" };

export default async function ReportPreviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { org } = await requireOrgPage(orgSlug, "settings/reports");
  if (!hasRole(org.role, "ADMIN")) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Weekly report preview</h1>
      <ReportPreview orgSlug={org.slug} />
    </div>
  );
}
