// Endorsements and recommendations, received and given.
//   Endorsement_Received_Info.csv: Endorsement Date,Skill Name,Endorser First Name,
//     Endorser Last Name,[Endorser Public Url],Endorsement Status  ("2024/12/07 14:51:07 UTC")
//     Legacy twin "Endorsement Received Info.csv" (UTF-16LE, tab-separated).
//   Endorsement_Given_Info.csv: same with Endorsee.
//   Recommendations_Received.csv / _Given.csv: First Name,Last Name,Company,Job Title,Text,
//     Creation Date,Status  ("09/19/24, 12:47 AM")
// A status other than ACCEPTED (endorsements) / VISIBLE (received recommendations) is not
// shown on the profile: such rows are skipped, not rejected. An empty status counts.
import { isoSecond, parseLinkedInDate } from "../dates";
import { normName } from "../external-key";
import { badDate, compact, PHASE, reject, skip, type CsvFileSpec } from "../file-spec";
import { normalizeProfileUrl } from "../identity";

function endorsementFile(direction: "received" | "given"): CsvFileSpec {
  const who = direction === "received" ? "endorser" : "endorsee";
  return {
    id: `endorsements_${direction}`,
    match: new RegExp(`^endorsement[ _]${direction}[ _]info\\.csv$`),
    source: "endorsements",
    phase: PHASE.activity,
    table: {
      columns: [
        { key: "date", names: ["endorsement date"], required: true },
        { key: "skill", names: ["skill name"], required: true },
        { key: "first", names: [`${who} first name`] },
        { key: "last", names: [`${who} last name`] },
        { key: "url", names: [`${who} public url`, `${who} profile url`] },
        { key: "status", names: ["endorsement status", "status"] },
      ],
    },
    start(ctx) {
      return (row) => {
        const status = row.get("status").toUpperCase();
        if (status !== "" && status !== "ACCEPTED") return skip(`status ${status.slice(0, 20)}`);
        const when = parseLinkedInDate(row.get("date"));
        if (!when) return badDate("Endorsement Date", row.get("date"));
        const skill = row.get("skill");
        if (!skill) return reject("missing Skill Name");
        const counterpart = normalizeProfileUrl(row.get("url"));
        const person = normName(`${row.get("first")} ${row.get("last")}`);
        if (direction === "received") ctx.counts.endorsements_received++;
        ctx.emit(
          {
            kind: direction === "received" ? "ENDORSEMENT_RECEIVED" : "ENDORSEMENT_GIVEN",
            occurredAt: when,
            counterpart,
            metadata: compact({ skill }),
          },
          [isoSecond(when), normName(skill), person || counterpart],
        );
        return undefined;
      };
    },
  };
}

function recommendationFile(direction: "received" | "given"): CsvFileSpec {
  return {
    id: `recommendations_${direction}`,
    match: new RegExp(`^recommendations[ _]${direction}\\.csv$`),
    source: "recommendations",
    phase: PHASE.activity,
    table: {
      columns: [
        { key: "first", names: ["first name"], required: true },
        { key: "last", names: ["last name"] },
        { key: "company", names: ["company"] },
        { key: "title", names: ["job title"] },
        { key: "text", names: ["text"] },
        { key: "date", names: ["creation date"], required: true },
        { key: "status", names: ["status"] },
      ],
      freeTextKey: "text",
    },
    start(ctx) {
      return (row) => {
        const status = row.get("status").toUpperCase();
        if (direction === "received" && status !== "" && status !== "VISIBLE") {
          return skip(`status ${status.slice(0, 20)}`);
        }
        const when = parseLinkedInDate(row.get("date"));
        if (!when) return badDate("Creation Date", row.get("date"));
        if (direction === "received") ctx.counts.recommendations_received++;
        ctx.emit(
          {
            kind: direction === "received" ? "RECOMMENDATION_RECEIVED" : "RECOMMENDATION_GIVEN",
            occurredAt: when,
            counterpart: null,
            counterpartTitle: row.get("title") || null,
            metadata: compact({ company: row.get("company"), status: status || undefined }),
          },
          [isoSecond(when), normName(`${row.get("first")} ${row.get("last")}`)],
        );
        return undefined;
      };
    },
  };
}

export const endorsementsReceivedFile = endorsementFile("received");
export const endorsementsGivenFile = endorsementFile("given");
export const recommendationsReceivedFile = recommendationFile("received");
export const recommendationsGivenFile = recommendationFile("given");
