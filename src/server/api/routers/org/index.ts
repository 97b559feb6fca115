import { orgProcedure, router } from "~/server/api/trpc";

export const orgRouter = router({
  /** The caller's view of the organisation: identity and their own role. */
  current: orgProcedure.query(({ ctx }) => ({
    id: ctx.org.id,
    slug: ctx.org.slug,
    name: ctx.org.name,
    timezone: ctx.org.timezone,
    role: ctx.org.role,
  })),
});
