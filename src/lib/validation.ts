import { z } from "zod";

/** Shared input rules, used by forms (client) and procedures (server) alike. */
export const emailSchema = z
  .string()
  .trim()
  .min(3, "Enter your e-mail address")
  .max(254, "That e-mail address is too long")
  .email("Enter a valid e-mail address")
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(256, "Use at most 256 characters");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters");

export const orgNameSchema = z
  .string()
  .trim()
  .min(2, "Enter at least 2 characters")
  .max(80, "Use at most 80 characters");

export const RESERVED_SLUGS = new Set(["new", "api", "settings", "admin", "signin", "signup", "invite", "dev", "o"]);

export const orgSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Use lowercase letters, digits and single hyphens")
  .refine((s) => !s.includes("--"), "Use single hyphens")
  .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved");

export const ROLES = ["OWNER", "ADMIN", "MANAGER", "REP"] as const;
export type RoleName = (typeof ROLES)[number];
