import Link from "next/link";
import { notFound } from "next/navigation";
import { mailViewerEnabled, readCapturedMail } from "~/server/services/mail/captured-mail";

export const dynamic = "force-dynamic";

export default async function DevMailMessage({ params }: { params: Promise<{ file: string }> }) {
  if (!mailViewerEnabled()) notFound();
  const { file } = await params;
  const mail = await readCapturedMail(decodeURIComponent(file));
  if (!mail) notFound();
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-8">
      <Link href="/dev/mail" className="text-sm text-brand-600 hover:underline">
        ← All captured mail
      </Link>
      <h1 className="text-xl font-semibold">{mail.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">From</dt>
        <dd>{mail.from}</dd>
        <dt className="text-slate-500">To</dt>
        <dd>{mail.to}</dd>
        {mail.headers.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="break-all font-mono text-xs">{v}</dd>
          </div>
        ))}
      </dl>
      {mail.html ? <iframe title="HTML part" sandbox="allow-popups allow-top-navigation-by-user-activation" srcDoc={mail.html} className="h-[800px] w-full rounded-lg border border-slate-200 bg-white" /> : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium">Plain-text part</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-white p-4 text-xs ring-1 ring-slate-200">{mail.text}</pre>
      </details>
    </main>
  );
}
