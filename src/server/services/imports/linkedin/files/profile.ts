// Profile facts (professional brand): Profile.csv, Profile Summary.csv, Positions.csv and the
// files that are only counted. A fact is set only when its file is in the archive; a
// header-only file sets a real zero.
import { parseMonthYear } from "../dates";
import { PHASE, skip, type CsvFileSpec } from "../file-spec";
import type { ColumnSpec } from "../table";
import type { ImportCounts } from "../types";

type CountFact =
  | "educationCount" | "skillsCount" | "certificationsCount" | "publicationsCount"
  | "volunteeringCount" | "languagesCount" | "projectsCount" | "honorsCount";

/** A file whose non-empty rows are counted into one profile fact. */
function countedFile(
  id: string,
  match: RegExp,
  columns: ColumnSpec[],
  known: string[],
  fact: CountFact,
  countKey?: keyof ImportCounts,
): CsvFileSpec {
  const main = columns.find((c) => c.required)?.key ?? "name";
  return {
    id,
    match,
    source: "profile",
    phase: PHASE.profile,
    table: { columns, known },
    present(ctx) {
      ctx.profile[fact] ??= 0;
    },
    start(ctx) {
      return (row) => {
        if (row.get(main) === "") return skip(`empty ${main}`);
        ctx.profile[fact] = (ctx.profile[fact] ?? 0) + 1;
        if (countKey) ctx.counts[countKey]++;
        return undefined;
      };
    },
  };
}

export const profileFile: CsvFileSpec = {
  id: "profile",
  match: /^profile\.csv$/,
  source: "profile",
  phase: PHASE.profile,
  table: {
    columns: [
      { key: "first", names: ["first name"], required: true },
      { key: "last", names: ["last name"] },
      { key: "headline", names: ["headline"], required: true },
      { key: "summary", names: ["summary"] },
      { key: "industry", names: ["industry"] },
    ],
    known: ["maiden name", "address", "birth date", "zip code", "geo location", "twitter handles", "websites", "instant messengers"],
  },
  start(ctx) {
    let seen = false;
    return (row) => {
      if (seen) return skip("extra profile row");
      seen = true;
      const name = `${row.get("first")} ${row.get("last")}`.trim();
      if (name) {
        ctx.profile.displayName = name;
        ctx.owner.displayName = name;
      }
      ctx.profile.headline = row.get("headline") || null;
      const summary = row.get("summary");
      if (summary || ctx.profile.summaryLength === undefined) ctx.profile.summaryLength = summary.length;
      return undefined;
    };
  },
};

export const profileSummaryFile: CsvFileSpec = {
  id: "profile_summary",
  match: /^profile[ _]summary\.csv$/,
  source: "profile",
  phase: PHASE.profile,
  table: { columns: [{ key: "summary", names: ["profile summary", "summary"], required: true }] },
  start(ctx) {
    return (row) => {
      const summary = row.get("summary");
      // Profile.csv's Summary wins when both exist and it is not empty.
      if (summary && !ctx.profile.summaryLength) ctx.profile.summaryLength = summary.length;
      return undefined;
    };
  },
};

/** Company Name,Title,Description,Location,Started On,Finished On ("Mon YYYY"; empty = current). */
export const positionsFile: CsvFileSpec = {
  id: "positions",
  match: /^positions\.csv$/,
  source: "profile",
  phase: PHASE.profile,
  table: {
    columns: [
      { key: "company", names: ["company name"], required: true },
      { key: "title", names: ["title"], required: true },
      { key: "description", names: ["description"] },
      { key: "location", names: ["location"] },
      { key: "started", names: ["started on"] },
      { key: "finished", names: ["finished on"] },
    ],
    freeTextKey: "description",
  },
  present(ctx) {
    ctx.profile.currentPositions ??= 0;
    ctx.profile.pastPositions ??= 0;
  },
  start(ctx) {
    let latestCurrentStart = -Infinity;
    return (row) => {
      if (row.get("company") === "" && row.get("title") === "") return skip("empty position");
      ctx.counts.positions++;
      if (row.get("finished") === "") {
        ctx.profile.currentPositions = (ctx.profile.currentPositions ?? 0) + 1;
        const started = parseMonthYear(row.get("started"));
        const order = started ? started.year * 12 + (started.month ?? 1) : -1;
        if (order > latestCurrentStart || ctx.profile.jobTitle === undefined) {
          latestCurrentStart = Math.max(order, latestCurrentStart);
          ctx.profile.jobTitle = row.get("title") || null;
        }
      } else {
        ctx.profile.pastPositions = (ctx.profile.pastPositions ?? 0) + 1;
      }
      return undefined;
    };
  },
};

const col = (key: string, name: string, required = false): ColumnSpec => ({ key, names: [name], required });

export const profileCountFiles: CsvFileSpec[] = [
  countedFile("education", /^education\.csv$/, [col("school", "school name", true), col("degree", "degree name")],
    ["start date", "end date", "notes", "activities"], "educationCount"),
  countedFile("skills", /^skills\.csv$/, [col("name", "name", true)], [], "skillsCount", "skills"),
  countedFile("certifications", /^certifications\.csv$/, [col("name", "name", true), col("authority", "authority")],
    ["url", "started on", "finished on", "license number"], "certificationsCount"),
  countedFile("languages", /^languages\.csv$/, [col("name", "name", true), col("proficiency", "proficiency")], [],
    "languagesCount"),
  countedFile("projects", /^projects\.csv$/, [col("title", "title", true)],
    ["description", "url", "started on", "finished on"], "projectsCount"),
  countedFile("publications", /^publications\.csv$/, [col("name", "name", true), col("publisher", "publisher")],
    ["published on", "description", "url"], "publicationsCount"),
  countedFile("volunteering", /^volunteering(?:[ _]experiences)?\.csv$/, [col("company", "company name", true), col("role", "role")],
    ["cause", "started on", "finished on", "description"], "volunteeringCount"),
  countedFile("honors", /^honors\.csv$/, [col("title", "title", true)], ["description", "issued on"], "honorsCount"),
];
