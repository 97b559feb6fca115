/**
 * How to run one of our TypeScript entry points as a single Node process (node --import tsx):
 * signals such as SIGKILL then reach the program itself, not a wrapper that would leave it orphaned.
 */
export function tsNode(script: string, args: string[] = [], nodeFlags: string[] = []): { cmd: string; args: string[]; env: Record<string, string> } {
  return { cmd: process.execPath, args: [...nodeFlags, "--import", "tsx", script, ...args], env: { TSX_TSCONFIG_PATH: "tsconfig.node.json" } };
}

/**
 * Long-running and bulk processes get a bounded heap: V8 otherwise lets garbage from large imports
 * grow to gigabytes before collecting. 256 MB is several times what an import keeps alive.
 */
export const BOUNDED_HEAP = ["--max-old-space-size=256"];

export const workerCommand = () => tsNode("workers/main.ts", [], BOUNDED_HEAP);
export const importCommand = (args: string[]) => tsNode("scripts/import.ts", args, BOUNDED_HEAP);
