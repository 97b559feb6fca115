// A local SMTP server that accepts every message and keeps it as an .eml file, for development,
// the demo and tests (no real mail leaves the machine). Never started in production deployments.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

export interface CapturedMessage {
  file: string;
  from: string;
  to: string[];
  raw: Buffer;
}

export interface CaptureServer {
  port: number;
  messages: CapturedMessage[];
  /** Messages received since start (also those no longer kept in `messages`). */
  received: () => number;
  close: () => Promise<void>;
}

export async function startCaptureServer(opts: { port: number; host?: string; dir?: string; maxMessages?: number }): Promise<CaptureServer> {
  const messages: CapturedMessage[] = [];
  if (opts.dir) await mkdir(opts.dir, { recursive: true });
  let seq = 0;
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const file = `${Date.now()}-${process.pid}-${++seq}.eml`;
        const msg: CapturedMessage = {
          file,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        };
        received++;
        messages.push(msg);
        if (opts.maxMessages !== undefined && messages.length > opts.maxMessages) messages.shift();
        const save = opts.dir ? writeFile(join(opts.dir, file), raw) : Promise.resolve();
        save.then(() => callback(), (err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return { port, messages, received: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
