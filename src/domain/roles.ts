// Organisation roles and their order (pure: the UI shows and hides by role with the same rule).
import type { Role } from "@prisma/client";

export const ROLE_RANK: Record<Role, number> = { REP: 1, MANAGER: 2, ADMIN: 3, OWNER: 4 };

/** OWNER > ADMIN > MANAGER > REP. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[atLeast];
}
