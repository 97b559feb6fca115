import type { Db } from "~/server/db";

export interface RepLookup {
  byId: Map<string, string>;
  /** Lower-cased e-mail → rep id. */
  byEmail: Map<string, string>;
}

/**
 * Resolves rep ids and e-mails in one query, strictly inside the organisation: another
 * organisation's rep is simply absent, exactly like a rep that does not exist.
 */
export async function resolveReps(db: Db, opts: { organizationId: string; ids: Iterable<string>; emails: Iterable<string> }): Promise<RepLookup> {
  const ids = [...new Set(opts.ids)];
  const emails = [...new Set([...opts.emails].map((e) => e.toLowerCase()))];
  const lookup: RepLookup = { byId: new Map(), byEmail: new Map() };
  if (ids.length === 0 && emails.length === 0) return lookup;
  const rows = await db.repProfile.findMany({
    where: {
      organizationId: opts.organizationId,
      OR: [...(ids.length ? [{ id: { in: ids } }] : []), ...(emails.length ? [{ user: { email: { in: emails } } }] : [])],
    },
    select: { id: true, user: { select: { email: true } } },
  });
  for (const r of rows) {
    lookup.byId.set(r.id, r.id);
    lookup.byEmail.set(r.user.email.toLowerCase(), r.id);
  }
  return lookup;
}

/** The rep named by a path segment that is either its id or its e-mail, or null. */
export async function findRep(db: Db, opts: { organizationId: string; idOrEmail: string }): Promise<{ id: string } | null> {
  const ref = opts.idOrEmail.trim();
  if (!ref) return null;
  const lookup = await resolveReps(db, {
    organizationId: opts.organizationId,
    ids: ref.includes("@") ? [] : [ref],
    emails: ref.includes("@") ? [ref] : [],
  });
  const id = ref.includes("@") ? lookup.byEmail.get(ref.toLowerCase()) : lookup.byId.get(ref);
  return id ? { id } : null;
}
