import { redirect } from "next/navigation";
import { getSessionUser } from "~/server/auth/session";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

/** Sends each visitor where they belong: sign-in, onboarding, or their first organisation. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  const orgs = await (await serverCaller()).me.organizations();
  const first = orgs[0];
  redirect(first ? `/o/${first.slug}/dashboard` : "/onboarding");
}
