// messages.csv (9 to 12 columns by era):
//   CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,[RECIPIENT PROFILE URLS],DATE,
//   SUBJECT,CONTENT,FOLDER,[ATTACHMENTS],[IS MESSAGE DRAFT],[IS CONVERSATION DRAFT]
// and the 2018 Messages.csv: From,To,Date,Subject,Content,Direction,Folder.
// There is no SENT folder: a message is sent when its sender URL is the owner's (identity.ts).
// Drafts are counted, then dropped. Sponsored InMail (empty sender URL) is received.
// Bodies only feed the external key's hash; they are never kept.
import { parseLinkedInDate } from "../dates";
import { normName, normText } from "../external-key";
import { badDate, compact, PHASE, reject, skip, type CsvFileSpec } from "../file-spec";
import { normalizeProfileUrl, sameName, splitProfileUrls, type UrlVotes } from "../identity";
import type { Row } from "../table";

const isYes = (v: string) => v !== "" && v !== "No" && /^(yes|true|1)$/i.test(v);
const looksHtml = (s: string) => /<\/?[a-z][^>]*>/i.test(s);

export const messagesFile: CsvFileSpec = {
  id: "messages",
  match: /^messages\.csv$/,
  source: "messages",
  phase: PHASE.messages,
  table: {
    columns: [
      { key: "conversation", names: ["conversation id"] },
      { key: "title", names: ["conversation title"] },
      { key: "from", names: ["from"], required: true },
      { key: "senderUrl", names: ["sender profile url"] },
      { key: "to", names: ["to"] },
      { key: "recipientUrls", names: ["recipient profile urls"] },
      { key: "date", names: ["date"], required: true },
      { key: "subject", names: ["subject"] },
      { key: "content", names: ["content"] },
      { key: "folder", names: ["folder"] },
      { key: "attachments", names: ["attachments"] },
      { key: "messageDraft", names: ["is message draft"] },
      { key: "conversationDraft", names: ["is conversation draft"] },
      { key: "direction", names: ["direction"] },
    ],
    freeTextKey: "content",
  },
  start(ctx, header) {
    const legacy = !header.index.has("conversation") && header.index.has("direction");
    return (row) => {
      const folder = row.get("folder").toUpperCase();
      if (isYes(row.get("messageDraft")) || isYes(row.get("conversationDraft")) || (folder === "DRAFT" || folder === "DRAFTS")) {
        ctx.counts.messages_drafts++;
        return skip("draft");
      }
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("DATE", row.get("date"));
      const content = normText(row.raw("content"));
      const subject = normText(row.raw("subject"));

      if (legacy) {
        const dir = row.get("direction").toUpperCase();
        const sent = dir === "OUTGOING" || dir === "SENT" || folder === "SENT";
        if (!sent && dir !== "INCOMING" && dir !== "RECEIVED" && dir !== "") {
          return reject(`unknown Direction "${dir.slice(0, 20)}"`);
        }
        if (sent) ctx.counts.messages_sent++;
        else ctx.counts.messages_received++;
        ctx.emit(
          { kind: sent ? "MESSAGE_SENT" : "MESSAGE_RECEIVED", occurredAt: when, counterpart: null, thread: null },
          ["", when.toISOString(), normName(row.get("from")), normName(row.get("to")), subject, content],
        );
        return undefined;
      }

      const sender = normalizeProfileUrl(row.get("senderUrl"));
      const owner = ctx.owner.url;
      const sent = owner !== null && sender === owner;
      const recipients = splitProfileUrls(row.get("recipientUrls"));
      const sponsored = sender === null && (/sponsored/i.test(row.get("title")) || looksHtml(content));
      if (sent) ctx.counts.messages_sent++;
      else ctx.counts.messages_received++;
      if (sponsored) ctx.breakdown.messages_sponsored++;
      const counterpart = sent ? (recipients.find((r) => r !== owner) ?? null) : sender;
      const thread = row.get("conversation") || null;
      ctx.emit(
        {
          kind: sent ? "MESSAGE_SENT" : "MESSAGE_RECEIVED",
          occurredAt: when,
          counterpart,
          thread,
          metadata: compact({
            sponsored: sponsored || undefined,
            spam: folder === "SPAM" || undefined,
            recipients: recipients.length > 1 ? recipients.length : undefined,
          }),
        },
        [thread ?? "", when.toISOString(), sender ?? normName(row.get("from")), subject, content],
      );
      return undefined;
    };
  },
};

/** Pre-pass votes for the owner (identity.ts sources 2 and 3). */
export function voteMessageParticipants(
  row: Row,
  displayName: string | null,
  byName: UrlVotes,
  byParticipation: UrlVotes,
): void {
  if (isYes(row.get("messageDraft")) || isYes(row.get("conversationDraft"))) return;
  const sender = normalizeProfileUrl(row.get("senderUrl"));
  if (sender && displayName && sameName(row.get("from"), displayName)) byName.add(sender);
  byParticipation.add(sender);
  for (const r of splitProfileUrls(row.get("recipientUrls"))) byParticipation.add(r);
}
