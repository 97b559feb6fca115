import type { Role } from "@prisma/client";

/** Who is changing settings: the organisation (resolved from the membership), the user and their role. */
export interface SettingsActor {
  organizationId: string;
  actorId: string;
  actorRole: Role;
}

/** Only the keys whose values differ, for the audit row's before/after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      b[key] = before[key] ?? null;
      a[key] = value;
    }
  }
  return { before: b, after: a, changed: Object.keys(a) };
}
