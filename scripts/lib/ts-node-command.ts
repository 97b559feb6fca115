/**
 * How to run one of our TypeScript entry points as a single Node process (node --import tsx):
 * signals such as SIGKILL then reach the program itself, not a wrapper that would leave it orphaned.
 */
export function tsNode(script: string, args: string[] = []): { cmd: string; args: string[]; env: Record<string, string> } {
  return { cmd: process.execPath, args: ["--import", "tsx", script, ...args], env: { TSX_TSCONFIG_PATH: "tsconfig.node.json" } };
}
