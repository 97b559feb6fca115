import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/env";

const globalForMail = globalThis as unknown as { __ssiMail?: Transporter };

/**
 * Sockets with Nagle's algorithm off: nodemailer writes a message in several small writes, and with
 * Nagle + delayed ACKs every message waited ~40 ms (48 ms → 3 ms per message on loopback).
 * TLS (smtps:// or STARTTLS) is still negotiated by nodemailer on top of this socket.
 */
function getSocket(options: { port: number; host: string }, callback: (err: Error | null, socket?: { connection: net.Socket }) => void) {
  const socket = net.connect(options.port, options.host, () => callback(null, { connection: socket }));
  socket.setNoDelay(true);
  socket.once("error", (err) => callback(err));
}

/** SMTP_URL (smtp://user:pass@host:port or smtps://…) as nodemailer options. */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname,
    port: Number(u.port || (secure ? 465 : 587)),
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
  };
}

/** The SMTP transport (pooled connections: a weekly run sends thousands of messages). */
export function mailTransport(): Transporter {
  // An options object, not the URL string: nodemailer ignores every other option given with a URL.
  globalForMail.__ssiMail ??= nodemailer.createTransport({ ...smtpOptions(env.SMTP_URL), pool: true, maxConnections: 4, maxMessages: 500, getSocket } as never);
  return globalForMail.__ssiMail;
}

export function closeMailTransport(): void {
  globalForMail.__ssiMail?.close();
  globalForMail.__ssiMail = undefined;
}
