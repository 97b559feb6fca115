// Rich_Media.csv: Date/Time,Media Description,Media Link, where Date/Time is a sentence:
// "You uploaded a video on March 8, 2026 at 4:05 AM (GMT)". Older `Rich Media.csv` had
// Type,Link (no date: such rows cannot become dated activities and are rejected).
import { isoSecond, mediaTypeFromWord, parseUploadSentence } from "../dates";
import { normLink } from "../external-key";
import { badDate, compact, PHASE, reject, type CsvFileSpec } from "../file-spec";

export const richMediaFile: CsvFileSpec = {
  id: "rich_media",
  match: /^rich[ _]media\.csv$/,
  source: "content",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date/time", "date", "date time"] },
      { key: "description", names: ["media description"] },
      { key: "link", names: ["media link", "link"], required: true },
      { key: "type", names: ["type"] },
    ],
  },
  start(ctx, header) {
    const dated = header.index.has("date");
    return (row) => {
      if (!dated) return reject("this version of the file has no date");
      const parsed = parseUploadSentence(row.get("date"));
      if (!parsed) return badDate("Date/Time", row.get("date"));
      const media = parsed.media ?? mediaTypeFromWord(row.get("type"));
      const link = row.get("link");
      ctx.counts.rich_media++;
      ctx.emit(
        { kind: "MEDIA_UPLOADED", occurredAt: parsed.date, format: media, metadata: compact({ link }) },
        [isoSecond(parsed.date), normLink(link)],
      );
      return undefined;
    };
  },
};
