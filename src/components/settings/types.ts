// The shapes the settings pages render, inferred from the procedures so they cannot drift.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Out = inferRouterOutputs<AppRouter>["settings"];

export type OrgProfileData = Out["org"]["get"];
export type MemberRowData = Out["members"]["list"][number];
export type PendingInvitation = Out["invitations"]["list"][number];
export type BulkInviteOutcome = Out["invitations"]["bulk"];
export type TeamData = Out["teams"]["list"][number];
export type ScheduleData = Out["schedule"]["get"];
export type ApiKeyRow = Out["apiKeys"]["list"][number];
export type CreatedKey = Out["apiKeys"]["create"];
export type BenchmarksData = Out["benchmarks"]["get"];
export type BenchmarkPreview = Out["benchmarks"]["preview"];
export type AuditPage = Out["audit"]["list"];
export type AuditFilters = Out["audit"]["filters"];
export type ExportRow = Out["data"]["exports"][number];
export type RepForDeletion = Out["data"]["reps"][number];

/** What the settings pages know about the viewer. */
export interface SettingsViewer {
  orgSlug: string;
  orgName: string;
  timeZone: string;
  userId: string;
  role: "OWNER" | "ADMIN" | "MANAGER" | "REP";
  canEdit: boolean;
}
