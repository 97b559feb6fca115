import type { Transporter } from "nodemailer";
import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { AppError, badRequest } from "~/server/errors";
import { inviteMember } from "./invite-member";
import { parseInviteCsv, type InvitableRole } from "./parse-invite-csv";

export type BulkInviteStatus = "sent" | "not-sent" | "failed";

export interface BulkInviteResult {
  line: number;
  email: string;
  status: BulkInviteStatus;
  message: string;
}

/**
 * Invites everyone in a CSV, one row at a time, and reports each row: sent, saved but the e-mail
 * failed (resend later), or refused (bad address, unknown team, already a member...). One bad row
 * never stops the others.
 */
export async function bulkInvite(
  db: Db,
  actor: TenantActor, opts: { csv: string; defaultRole: InvitableRole; defaultTeamId: string | null; transport: Transporter },
) {
  const { rows, problems } = parseInviteCsv(opts.csv, opts.defaultRole);
  if (rows.length === 0 && problems.length === 0) throw badRequest("The CSV has no rows", { csv: "Add at least one e-mail address" });
  if (problems.some((p) => p.line === 0)) throw badRequest(problems[0]!.message, { csv: problems[0]!.message });
  const teams = await db.team.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } });
  const teamByName = new Map(teams.map((t) => [t.name.toLowerCase(), t.id]));

  const results: BulkInviteResult[] = problems.map((p) => ({ line: p.line, email: p.email, status: "failed", message: p.message }));
  for (const row of rows) {
    const teamId = row.team ? teamByName.get(row.team.toLowerCase()) : opts.defaultTeamId;
    if (teamId === undefined) {
      results.push({ line: row.line, email: row.email, status: "failed", message: `No team called "${row.team}"` });
      continue;
    }
    try {
      const r = await inviteMember(db, actor, { email: row.email, role: row.role, teamId, transport: opts.transport });
      results.push(
        r.emailSent
          ? { line: row.line, email: row.email, status: "sent", message: "Invitation sent" }
          : { line: row.line, email: row.email, status: "not-sent", message: "Saved, but the e-mail could not be sent; use Resend" },
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ line: row.line, email: row.email, status: "failed", message: err.message });
    }
  }
  results.sort((a, b) => a.line - b.line);
  const count = (s: BulkInviteStatus) => results.filter((r) => r.status === s).length;
  return { results, sent: count("sent"), notSent: count("not-sent"), failed: count("failed") };
}
