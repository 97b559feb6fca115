// Comments.csv, Reactions.csv and Votes.csv: the member's engagement on others' content.
// Dates have no zone ("2025-07-01 14:33:22") and are read as UTC.
import { isoSecond, parseLinkedInDate } from "../dates";
import { normLink, normText } from "../external-key";
import { badDate, compact, PHASE, reject, type CsvFileSpec } from "../file-spec";

const REACTION_TYPES = new Set(["LIKE", "PRAISE", "EMPATHY", "APPRECIATION", "INTEREST", "ENTERTAINMENT", "MAYBE", "CELEBRATE", "SUPPORT", "LOVE", "INSIGHTFUL", "FUNNY", "CURIOUS"]);

/** Date,Link,Message — Message quotes are escaped `\"` (read with backslash escapes). */
export const commentsFile: CsvFileSpec = {
  id: "comments",
  match: /^comments(_\d+)?\.csv$/,
  source: "content",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "link", names: ["link"], required: true },
      { key: "message", names: ["message"], required: true },
    ],
    backslashEscapes: true,
    freeTextKey: "message",
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Date", row.get("date"));
      ctx.counts.comments++;
      const link = row.get("link");
      ctx.emit(
        { kind: "COMMENT", occurredAt: when, metadata: compact({ link }) },
        [isoSecond(when), normLink(link), normText(row.raw("message"))],
      );
      return undefined;
    };
  },
};

/** Date,Type,Link. The type is metadata, not identity: changing LIKE→PRAISE is one reaction. */
export const reactionsFile: CsvFileSpec = {
  id: "reactions",
  match: /^reactions(_\d+)?\.csv$/,
  source: "content",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "type", names: ["type"], required: true },
      { key: "link", names: ["link"], required: true },
    ],
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Date", row.get("date"));
      const link = row.get("link");
      if (!link) return reject("missing Link");
      const type = row.get("type").toUpperCase();
      ctx.counts.reactions++;
      ctx.emit(
        {
          kind: "REACTION",
          occurredAt: when,
          metadata: compact({ type: REACTION_TYPES.has(type) ? type : type.slice(0, 32), link }),
        },
        [isoSecond(when), normLink(link)],
      );
      return undefined;
    };
  },
};

/** Date,Link,OptionText — poll votes. */
export const votesFile: CsvFileSpec = {
  id: "votes",
  match: /^votes\.csv$/,
  source: "content",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "link", names: ["link"], required: true },
      { key: "option", names: ["optiontext", "option text"] },
    ],
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Date", row.get("date"));
      const link = row.get("link");
      ctx.counts.votes++;
      ctx.emit(
        { kind: "POLL_VOTE", occurredAt: when, metadata: compact({ link }) },
        [isoSecond(when), normLink(link)],
      );
      return undefined;
    };
  },
};
