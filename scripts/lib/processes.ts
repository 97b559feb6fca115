// Runs the app's long-lived processes (web, worker, mail capture) side by side with prefixed
// output, and stops them all cleanly on Ctrl-C / SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { tsNode, workerCommand } from "./ts-node-command";

export interface Managed {
  name: string;
  child: ChildProcess;
}

const COLORS = ["\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m"];

export function startProcess(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, index = 0, quiet = false): Managed {
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const tag = `${COLORS[index % COLORS.length]}${name.padEnd(6)}\x1b[0m │ `;
  const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buf = "";
    stream.on("data", (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split("\n");
      buf = lines.pop() ?? "";
      if (!quiet) for (const line of lines) out.write(tag + line + "\n");
    });
  };
  pipe(child.stdout!, process.stdout);
  pipe(child.stderr!, process.stderr);
  return { name, child };
}

/** Waits until `url` answers 200 (or gives up after timeoutMs). */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Stops every process on SIGINT/SIGTERM (or when one of them dies), then exits. */
export function superviseUntilStopped(procs: Managed[], onStop?: () => Promise<void>): void {
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${reason})…`);
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGTERM");
    const killer = setTimeout(() => procs.forEach((p) => p.child.exitCode === null && p.child.kill("SIGKILL")), 15_000);
    await Promise.all(procs.map((p) => (p.child.exitCode !== null ? null : new Promise((r) => p.child.once("exit", r)))));
    clearTimeout(killer);
    await onStop?.();
    console.log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("Ctrl-C", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));
  for (const p of procs) {
    p.child.once("exit", (code, signal) => {
      if (!stopping) void stop(`${p.name} exited with ${code ?? signal}`, 1);
    });
  }
}

/** Starts one of our TypeScript entry points (worker, mail capture) as a single Node process. */
export function startTs(name: string, script: string, env: NodeJS.ProcessEnv, index = 0): Managed {
  const c = script === "workers/main.ts" ? workerCommand() : tsNode(script);
  return startProcess(name, c.cmd, c.args, { ...env, ...c.env }, index);
}
