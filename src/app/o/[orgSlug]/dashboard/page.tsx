import type { Metadata } from "next";
import { EmptyState } from "~/components/ui/empty-state";
import { requireOrgPage } from "~/server/auth/org-page";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrgPage(orgSlug, "dashboard");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Hello, {user.name.split(" ")[0]}</h1>
      <EmptyState title="Your Social Selling score will appear here">
        Import your LinkedIn data export or log this week&apos;s activity to get your first score in {org.name}.
      </EmptyState>
    </div>
  );
}
