import type { Metadata } from "next";
import { UnsubscribeConfirm } from "~/components/auth/unsubscribe-confirm";
import { Alert } from "~/components/ui/alert";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

/** Confirmation page of the unsubscribe link: viewing it changes nothing; the button does. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const { t = "" } = await searchParams;
  const info = await (await serverCaller()).reports.describeUnsubscribe({ token: t.slice(0, 200) });
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Weekly report e-mails</h1>
      {!info.ok ? (
        <Alert tone="warning">
          {info.reason === "expired"
            ? "This link has expired. Use the link in a more recent report, or turn reports off in your account settings."
            : "This unsubscribe link is not valid."}
        </Alert>
      ) : info.already ? (
        <Alert tone="info">{info.email} already receives no weekly reports from {info.orgName}.</Alert>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Stop the weekly SSI report for <strong>{info.email}</strong> from <strong>{info.orgName}</strong>?
          </p>
          <UnsubscribeConfirm token={t} />
        </div>
      )}
    </>
  );
}
