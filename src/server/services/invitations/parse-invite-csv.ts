import Papa from "papaparse";
import { BULK_INVITE_MAX_ROWS, INVITABLE_ROLES } from "~/lib/settings/schemas";
import { emailSchema } from "~/lib/validation";

export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export interface InviteCsvRow {
  line: number;
  email: string;
  role: InvitableRole;
  /** Team name as written, or null for the default team. */
  team: string | null;
}

export interface InviteCsvProblem {
  line: number;
  email: string;
  message: string;
}

const ROLE_WORDS: Record<string, InvitableRole> = { admin: "ADMIN", manager: "MANAGER", rep: "REP", member: "REP" };

/**
 * Reads "email[,role[,team]]" lines, with or without a header row (a header may name the columns
 * in any order). Bad rows come back as problems with their line number; a repeated address keeps
 * its first row.
 */
export function parseInviteCsv(text: string, defaultRole: InvitableRole): { rows: InviteCsvRow[]; problems: InviteCsvProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { skipEmptyLines: "greedy" });
  const data = parsed.data;
  let columns = { email: 0, role: 1, team: 2 };
  let first = 0;
  const head = (data[0] ?? []).map((h) => h.trim().toLowerCase());
  if (head.some((h) => h === "email" || h === "e-mail")) {
    const at = (names: string[]) => head.findIndex((h) => names.includes(h));
    columns = { email: at(["email", "e-mail"]), role: at(["role"]), team: at(["team", "team name"]) };
    first = 1;
  }
  const rows: InviteCsvRow[] = [];
  const problems: InviteCsvProblem[] = [];
  const seen = new Set<string>();
  for (let i = first; i < data.length; i++) {
    const cells = data[i] ?? [];
    const line = i + 1;
    const rawEmail = (cells[columns.email] ?? "").trim();
    const rawRole = columns.role >= 0 ? (cells[columns.role] ?? "").trim().toLowerCase() : "";
    const rawTeam = columns.team >= 0 ? (cells[columns.team] ?? "").trim() : "";
    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) {
      problems.push({ line, email: rawEmail, message: email.error.issues[0]?.message ?? "Invalid e-mail address" });
      continue;
    }
    const role = rawRole ? ROLE_WORDS[rawRole] : defaultRole;
    if (!role) {
      problems.push({ line, email: email.data, message: `Unknown role "${rawRole}" (use admin, manager or rep)` });
      continue;
    }
    if (seen.has(email.data)) {
      problems.push({ line, email: email.data, message: "This address appears earlier in the list" });
      continue;
    }
    seen.add(email.data);
    rows.push({ line, email: email.data, role, team: rawTeam || null });
  }
  if (rows.length + problems.length > BULK_INVITE_MAX_ROWS) {
    return { rows: [], problems: [{ line: 0, email: "", message: `Invite at most ${BULK_INVITE_MAX_ROWS} people at a time` }] };
  }
  return { rows, problems };
}

