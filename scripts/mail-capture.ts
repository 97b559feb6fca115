// The local mail catcher started by `npm run demo` and the e2e server: listens on SMTP_URL's port
// and stores messages in MAIL_CAPTURE_DIR (listed at /dev/mail in development and the demo).
import "~/lib/load-env";

const { env } = await import("~/env");
const { startCaptureServer } = await import("~/server/services/mail/capture-server");
const url = new URL(env.SMTP_URL);
const server = await startCaptureServer({ port: Number(url.port || 25), host: url.hostname, dir: env.MAIL_CAPTURE_DIR, maxMessages: 1000 });
console.log(`mail capture listening on ${url.hostname}:${server.port}, saving to ${env.MAIL_CAPTURE_DIR}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
