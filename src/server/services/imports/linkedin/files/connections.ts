// Connections.csv: First Name,Last Name,URL,Email Address,Company,Position,Connected On
// (before 2023 without URL). Three preamble lines ("Notes:", a quoted sentence, a blank line)
// precede the header. Some rows hold only a date (the member hides their details): they are
// connections all the same.
import { parseLinkedInDate } from "../dates";
import { normName } from "../external-key";
import { badDate, compact, PHASE, type CsvFileSpec } from "../file-spec";
import { normalizeProfileUrl } from "../identity";

export const connectionsFile: CsvFileSpec = {
  id: "connections",
  match: /^connections\.csv$/,
  source: "connections",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "first", names: ["first name"], required: true },
      { key: "last", names: ["last name"] },
      { key: "url", names: ["url", "profile url"] },
      { key: "email", names: ["email address"] },
      { key: "company", names: ["company"] },
      { key: "position", names: ["position"] },
      { key: "date", names: ["connected on"], required: true },
    ],
  },
  present(ctx) {
    ctx.profile.connectionCount ??= 0;
  },
  start(ctx) {
    return (row) => {
      // Every data row is a connection (README), even when its date cannot be read.
      ctx.counts.connections++;
      ctx.profile.connectionCount = ctx.counts.connections;
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Connected On", row.get("date"));
      const counterpart = normalizeProfileUrl(row.get("url"));
      const name = normName(`${row.get("first")} ${row.get("last")}`);
      ctx.emit(
        {
          kind: "CONNECTION_ADDED",
          occurredAt: when,
          counterpart,
          counterpartTitle: row.get("position") || null,
          metadata: compact({ company: row.get("company") }),
        },
        // Name rather than URL: present in every era (pre-2023 files have no URL).
        [when.toISOString().slice(0, 10), name || counterpart],
      );
      return undefined;
    };
  },
};
