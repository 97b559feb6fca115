// Invitations.csv: From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
// (older exports: the first five). Also the best source of the owner's own profile URL.
import { parseLinkedInDate } from "../dates";
import { normName } from "../external-key";
import { badDate, compact, PHASE, reject, type CsvFileSpec } from "../file-spec";
import { normalizeProfileUrl } from "../identity";

export const invitationsFile: CsvFileSpec = {
  id: "invitations",
  match: /^invitations\.csv$/,
  source: "invitations",
  phase: PHASE.identity,
  table: {
    columns: [
      { key: "from", names: ["from"], required: true },
      { key: "to", names: ["to"], required: true },
      { key: "date", names: ["sent at"], required: true },
      { key: "message", names: ["message"] },
      { key: "direction", names: ["direction"], required: true },
      { key: "inviter", names: ["inviterprofileurl", "inviter profile url"] },
      { key: "invitee", names: ["inviteeprofileurl", "invitee profile url"] },
    ],
  },
  start(ctx) {
    return (row) => {
      const direction = row.get("direction").toUpperCase();
      if (direction !== "OUTGOING" && direction !== "INCOMING") {
        return reject(`unknown Direction "${row.get("direction").slice(0, 20)}"`);
      }
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Sent At", row.get("date"));
      const outgoing = direction === "OUTGOING";
      const inviter = normalizeProfileUrl(row.get("inviter"));
      const invitee = normalizeProfileUrl(row.get("invitee"));
      ctx.owner.invitationVotes.add(outgoing ? inviter : invitee);
      ctx.counts.invitations++;
      if (outgoing) ctx.counts.invitations_outgoing++;
      const otherName = normName(outgoing ? row.get("to") : row.get("from"));
      ctx.emit(
        {
          kind: outgoing ? "INVITATION_SENT" : "INVITATION_RECEIVED",
          occurredAt: when,
          counterpart: outgoing ? invitee : inviter,
          metadata: compact({ withMessage: row.get("message") !== "" ? true : undefined }),
        },
        [when.toISOString(), direction, otherName || (outgoing ? invitee : inviter)],
      );
      return undefined;
    };
  },
};
