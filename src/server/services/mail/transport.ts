import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/env";

const globalForMail = globalThis as unknown as { __ssiMail?: Transporter };

/** The SMTP transport (pooled connections: a weekly run sends thousands of messages). */
export function mailTransport(): Transporter {
  globalForMail.__ssiMail ??= nodemailer.createTransport(env.SMTP_URL, { pool: true, maxConnections: 4, maxMessages: 500 } as never);
  return globalForMail.__ssiMail;
}

export function closeMailTransport(): void {
  globalForMail.__ssiMail?.close();
  globalForMail.__ssiMail = undefined;
}
