// Events.csv: Event Name,Event Time,Status,External Url — "Mar 21, 2026 01:30 PM - ..." (start
// kept). Declined / cancelled registrations are skipped.
import { isoSecond, parseLinkedInDate } from "../dates";
import { normLink, normName } from "../external-key";
import { badDate, compact, PHASE, skip, type CsvFileSpec } from "../file-spec";

export const eventsFile: CsvFileSpec = {
  id: "events",
  match: /^events\.csv$/,
  source: null,
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "name", names: ["event name"], required: true },
      { key: "date", names: ["event time"], required: true },
      { key: "status", names: ["status"] },
      { key: "url", names: ["external url"] },
    ],
  },
  start(ctx) {
    return (row) => {
      const status = row.get("status");
      if (/declin|not[ _]?attend|cancel|withdr/i.test(status)) return skip(`status ${status.slice(0, 20)}`);
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Event Time", row.get("date"));
      const url = row.get("url");
      ctx.emit(
        { kind: "EVENT_ATTENDED", occurredAt: when, metadata: compact({ status, link: url }) },
        [isoSecond(when), normName(row.get("name")), normLink(url)],
      );
      return undefined;
    };
  },
};
