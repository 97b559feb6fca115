import Link from "next/link";
import { notFound } from "next/navigation";
import { listCapturedMail, mailViewerEnabled } from "~/server/services/mail/captured-mail";

export const dynamic = "force-dynamic";
export const metadata = { title: "Captured mail (development)" };

/** E-mails caught by the local SMTP capture server. Not available in production. */
export default async function DevMailPage() {
  if (!mailViewerEnabled()) notFound();
  const mails = await listCapturedMail();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Captured mail</h1>
      <p className="mt-1 text-sm text-slate-600">Development only: messages sent to the local SMTP capture server, newest first.</p>
      {mails.length === 0 ? <p className="mt-6 text-sm text-slate-600">No messages yet.</p> : null}
      <ul className="mt-6 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
        {mails.map((m) => (
          <li key={m.file}>
            <Link href={`/dev/mail/${encodeURIComponent(m.file)}`} className="block px-4 py-3 hover:bg-slate-50">
              <span className="block font-medium text-slate-900">{m.subject}</span>
              <span className="text-xs text-slate-500">
                to {m.to} · {m.date ? new Date(m.date).toLocaleString() : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
