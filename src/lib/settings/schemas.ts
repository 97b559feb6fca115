import { z } from "zod";
import { emailSchema, orgNameSchema, orgSlugSchema } from "~/lib/validation";

/**
 * Input rules of the settings forms, shared by the client (react-hook-form) and the settings
 * procedures. Pure zod and Intl: safe in both bundles.
 */

/** Every IANA zone this runtime knows, plus UTC (Intl lists only canonical region zones). */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Choose a time zone")
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list");

/** A keyword list (ICP titles or industries): trimmed, de-duplicated case-insensitively. */
export const keywordListSchema = z
  .array(z.string().trim().max(60, "Keep each keyword under 60 characters"))
  .max(50, "Use at most 50 keywords")
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((k) => {
      const key = k.toLowerCase();
      if (!k || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const targetSchema = z
  .number({ error: "Enter a number from 1 to 100" })
  .int("Use a whole number")
  .min(1, "Use a number from 1 to 100")
  .max(100, "Use a number from 1 to 100");

export const industryKeySchema = z.string().trim().regex(/^[a-z0-9-]{2,40}$/, "Choose an industry from the list");

/** Organisation profile: every field optional, so a form (or an API caller) can send only what changed. */
export const orgProfileSchema = z
  .object({
    name: orgNameSchema,
    slug: orgSlugSchema,
    industry: industryKeySchema,
    timezone: timeZoneSchema,
    goalTarget: targetSchema,
    minPersonalTarget: targetSchema.nullable(),
    icpTitles: keywordListSchema,
    icpIndustries: keywordListSchema,
    repLeaderboardEnabled: z.boolean(),
  })
  .partial();
export type OrgProfileInput = z.input<typeof orgProfileSchema>;
export type OrgProfileChanges = z.output<typeof orgProfileSchema>;

export const ASSIGNABLE_ROLES = ["OWNER", "ADMIN", "MANAGER", "REP"] as const;
export const INVITABLE_ROLES = ["ADMIN", "MANAGER", "REP"] as const;
export const roleSchema = z.enum(ASSIGNABLE_ROLES);
export const invitableRoleSchema = z.enum(INVITABLE_ROLES, { error: "Role is admin, manager or rep" });

export const inviteSchema = z.object({
  email: emailSchema,
  role: invitableRoleSchema,
  teamId: z.string().min(1).max(64).nullable(),
});
export type InviteValues = z.input<typeof inviteSchema>;

/** At most this many rows per CSV invitation batch (each one sends an e-mail). */
export const BULK_INVITE_MAX_ROWS = 200;
export const bulkInviteSchema = z.object({
  csv: z.string().min(1, "Paste or upload a CSV").max(100_000, "The CSV is larger than 100 KB"),
  defaultRole: invitableRoleSchema,
  defaultTeamId: z.string().min(1).max(64).nullable(),
});

export const teamNameSchema = z.string().trim().min(1, "Enter a team name").max(60, "Use at most 60 characters");
export const idListSchema = z.array(z.string().min(1).max(64)).max(5000);

export const ISO_DAYS = [
  { value: 1, label: "Monday" },
  { value: 2, label: "Tuesday" },
  { value: 3, label: "Wednesday" },
  { value: 4, label: "Thursday" },
  { value: 5, label: "Friday" },
  { value: 6, label: "Saturday" },
  { value: 7, label: "Sunday" },
] as const;

export const reportScheduleSchema = z.object({
  reportDay: z.number().int().min(1, "Choose a day").max(7, "Choose a day"),
  reportHour: z.number().int().min(0, "Choose an hour").max(23, "Choose an hour"),
  repReportsEnabled: z.boolean(),
  managerReportsEnabled: z.boolean(),
});
export type ReportScheduleValues = z.infer<typeof reportScheduleSchema>;

export const EXPORT_FORMATS = ["json", "csv"] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

export const dateOnlySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");

export const auditQuerySchema = z.object({
  actorId: z.string().min(1).max(64).nullish(),
  action: z.string().trim().min(1).max(80).nullish(),
  from: dateOnlySchema.nullish(),
  to: dateOnlySchema.nullish(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const roleLabel = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();
