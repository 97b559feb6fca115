import { SIGNAL_KEYS, type SignalKey } from "../model-v1";
import { brandSignals } from "./brand";
import { engageSignals } from "./engage";
import { findPeopleSignals } from "./find-people";
import { relationshipSignals } from "./relationships";
import type { SignalDef } from "./signal";

const byKey = new Map<SignalKey, SignalDef>();
for (const def of [...brandSignals, ...findPeopleSignals, ...engageSignals, ...relationshipSignals]) {
  if (byKey.has(def.key)) throw new Error(`scoring: signal ${def.key} defined twice`);
  byKey.set(def.key, def);
}

/** Every signal of the model, in table order (model-v1.ts). Fails at import if one is missing. */
export const SIGNAL_DEFS: readonly SignalDef[] = SIGNAL_KEYS.map((key) => {
  const def = byKey.get(key);
  if (!def) throw new Error(`scoring: signal ${key} has no definition`);
  return def;
});

export type { SignalDef, UnlockGroup } from "./signal";
export { profileChecklist, missingProfileItems, nextProfileItem } from "./brand";
export { connectionTotal } from "./relationships";
