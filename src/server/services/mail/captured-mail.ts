import "server-only";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { env } from "~/env";

/** The development mail viewer is available outside production, or in the demo by opt-in. */
export function mailViewerEnabled(): boolean {
  return env.NODE_ENV !== "production" || env.ENABLE_DEV_MAIL_VIEWER;
}

const FILE_RE = /^[\w.-]+\.eml$/;

export async function listCapturedMail(limit = 200) {
  const dir = resolve(env.MAIL_CAPTURE_DIR);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => FILE_RE.test(f)).sort().reverse().slice(0, limit);
  const { simpleParser } = await import("mailparser");
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(dir, file)));
      return { file, subject: mail.subject ?? "(no subject)", to: mail.to ? [mail.to].flat().map((a) => a.text).join(", ") : "", date: mail.date?.toISOString() ?? null };
    }),
  );
}

export async function readCapturedMail(file: string) {
  if (!FILE_RE.test(file)) return null;
  const raw = await readFile(join(resolve(env.MAIL_CAPTURE_DIR), file)).catch(() => null);
  if (!raw) return null;
  const { simpleParser } = await import("mailparser");
  const mail = await simpleParser(raw);
  return {
    file,
    subject: mail.subject ?? "(no subject)",
    from: mail.from?.text ?? "",
    to: mail.to ? [mail.to].flat().map((a) => a.text).join(", ") : "",
    date: mail.date?.toISOString() ?? null,
    html: typeof mail.html === "string" ? mail.html : null,
    text: mail.text ?? "",
    headers: [...mail.headers.keys()].filter((k) => k.startsWith("list-") || k === "message-id").map((k) => [k, String(mail.headers.get(k))] as const),
  };
}
