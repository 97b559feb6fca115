import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The organisation a unit of work acts for. Set around every org-scoped tRPC procedure and REST
 * call; the Prisma tenant guard (tenant-guard.ts) scopes every tenant-model query to it.
 */
const storage = new AsyncLocalStorage<{ organizationId: string }>();

export function runInTenant<T>(organizationId: string, fn: () => T): T {
  return storage.run({ organizationId }, fn);
}

export function currentTenant(): string | null {
  return storage.getStore()?.organizationId ?? null;
}
