// The audit log's filters as URL search parameters (shareable, survive a reload). Pure: used by
// the server page to prefetch the same query the client component then reads.

export interface AuditView {
  actorId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

export const AUDIT_PAGE_SIZE = 25;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Search = { get: (key: string) => string | null };

export function auditViewFromSearch(sp: Search): AuditView {
  const text = (k: string, max: number) => {
    const v = sp.get(k)?.trim();
    return v && v.length <= max ? v : null;
  };
  const day = (k: string) => {
    const v = sp.get(k);
    return v && DAY.test(v) ? v : null;
  };
  const page = Number(sp.get("page"));
  return {
    actorId: text("actor", 64),
    action: text("action", 80),
    from: day("from"),
    to: day("to"),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export function auditSearchFromView(v: AuditView): URLSearchParams {
  const sp = new URLSearchParams();
  if (v.actorId) sp.set("actor", v.actorId);
  if (v.action) sp.set("action", v.action);
  if (v.from) sp.set("from", v.from);
  if (v.to) sp.set("to", v.to);
  if (v.page > 1) sp.set("page", String(v.page));
  return sp;
}

/** The procedure input of a view. */
export const auditInput = (orgSlug: string, v: AuditView) => ({
  orgSlug,
  actorId: v.actorId,
  action: v.action,
  from: v.from,
  to: v.to,
  page: v.page,
  pageSize: AUDIT_PAGE_SIZE,
});
