import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Work shared by the procedures of one HTTP request. The dashboard asks for five procedures in
 * one tRPC batch; each checks the caller's membership and resolves the rep, which made 15 of
 * its ~35 queries repeats. Memoised per request only, so a removed member still loses access
 * on the very next request.
 */
const store = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

export function withRequestMemo<T>(fn: () => T): T {
  return store.run(new Map(), fn);
}

/** The first caller computes; the others of the same request share its promise (or its error). */
export function requestMemo<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = store.getStore();
  if (!memo) return compute();
  let hit = memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    memo.set(key, hit);
  }
  return hit;
}
