// Starts the real worker entry point (workers/main.ts) as a child process with this suite's
// database and Redis prefix, for end-to-end job tests and crash (SIGKILL) tests.
import { spawn, type ChildProcess } from "node:child_process";
import { workerCommand } from "../../scripts/lib/ts-node-command";

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

export async function startWorkerProcess(env: Record<string, string> = {}, readyTimeoutMs = 30_000): Promise<WorkerProcess> {
  const worker = workerCommand();
  const child = spawn(worker.cmd, worker.args, {
    env: { ...process.env, ...worker.env, SSI_WORKER_READY_LINE: "1", LOG_LEVEL: process.env.WORKER_LOG_LEVEL ?? "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  const started = Date.now();
  while (!out.includes("WORKER_READY")) {
    if (child.exitCode !== null) throw new Error(`worker exited early:\n${out}`);
    if (Date.now() - started > readyTimeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`worker not ready after ${readyTimeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, exited };
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, stepMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
