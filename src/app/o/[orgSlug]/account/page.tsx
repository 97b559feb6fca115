import type { Metadata } from "next";
import { ReportPreferences } from "~/components/reports/report-preferences";
import { Card, CardHeader } from "~/components/ui/card";
import { requireOrgPage } from "~/server/auth/org-page";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrgPage(orgSlug, "account");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <Card>
        <CardHeader title={user.name} description={user.email} />
        <p className="text-sm text-slate-600">
          Role in {org.name}: {org.role.charAt(0) + org.role.slice(1).toLowerCase()}
        </p>
      </Card>
      <ReportPreferences orgSlug={org.slug} orgName={org.name} />
    </div>
  );
}
