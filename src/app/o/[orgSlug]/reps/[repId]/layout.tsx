import { notFound } from "next/navigation";
import { getRepCurrent } from "~/components/dashboard/prefetch";
import { requireOrgPage } from "~/server/auth/org-page";

/**
 * Access check for /reps/[repId], in a layout so it runs before this segment's loading boundary
 * streams anything: a rep the caller may not see answers with a real 404 status. (A loading.js
 * higher up the tree would still start the stream first; see docs/dashboard notes in the report.)
 */
export default async function RepLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string; repId: string }> }) {
  const { orgSlug, repId } = await params;
  await requireOrgPage(orgSlug, `reps/${encodeURIComponent(repId)}`);
  if (repId.length > 64 || !(await getRepCurrent(orgSlug, repId))) notFound();
  return children;
}
