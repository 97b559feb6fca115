// The profile facts returned to the importer: what the profile files held, plus the owner's URL.
import type { ParseSession } from "./session";
import type { ArchiveProfileFacts } from "./types";

export function finishProfileFacts(session: ParseSession): Partial<ArchiveProfileFacts> {
  const facts: Partial<ArchiveProfileFacts> = { ...session.profile };
  if (session.owner.url) facts.linkedinUrl = session.owner.url;
  return facts;
}
