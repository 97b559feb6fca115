// Resolving the owner's profile URL (strategy documented in identity.ts).
import { sniffDelimiter } from "./csv";
import { messagesFile, voteMessageParticipants } from "./files/messages";
import { UrlVotes } from "./identity";
import type { ParseSession } from "./session";
import { HeaderNotFoundError, TableReader } from "./table";
import { decodeText } from "./text-decode";
import type { OwnerIdentitySource } from "./types";

/** Source 1: invitations (already voted while Invitations.csv was read). */
export function ownerFromInvitations(session: ParseSession): boolean {
  const best = session.owner.invitationVotes.best();
  if (!best) return false;
  session.owner.url = best.url;
  return true;
}

/** Sources 2 and 3: a pre-pass over messages.csv. Returns the source used, or "none". */
export async function ownerFromMessages(
  session: ParseSession,
  chunks: AsyncIterable<Uint8Array>,
): Promise<OwnerIdentitySource> {
  const byName = new UrlVotes();
  const byParticipation = new UrlVotes();
  let reader: TableReader | null = null;
  try {
    for await (const text of decodeText(chunks)) {
      reader ??= new TableReader(messagesFile.table, sniffDelimiter(text.slice(0, 16_384)));
      for (const row of reader.push(text)) {
        voteMessageParticipants(row, session.owner.displayName, byName, byParticipation);
      }
    }
    if (reader) for (const row of reader.end()) voteMessageParticipants(row, session.owner.displayName, byName, byParticipation);
  } catch (err) {
    if (!(err instanceof HeaderNotFoundError)) throw err;
  }
  const named = byName.best();
  if (named) {
    session.owner.url = named.url;
    session.notice(
      "Your profile URL was recognised from the messages sent under your name (the archive's invitations did not state it).",
    );
    return "messages-name";
  }
  const busiest = byParticipation.best();
  if (busiest) {
    session.owner.url = busiest.url;
    session.notice(
      `Your profile URL was inferred as the one taking part in the most messages (${busiest.url}); the archive did not state it. If sent and received messages look swapped, re-import with Invitations.csv included.`,
    );
    return "messages-participants";
  }
  return "none";
}

export function noOwnerNotice(session: ParseSession): void {
  session.notice(
    "We could not find your own profile URL in the archive, so sent and received messages cannot be told apart: all messages were counted as received.",
  );
}
