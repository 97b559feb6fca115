// Searches and follows: SearchQueries.csv (2018: Search Queries.csv), Company Follows.csv,
// Member_Follows.csv.
import { isoSecond, parseLinkedInDate } from "../dates";
import { normName } from "../external-key";
import { badDate, compact, PHASE, reject, type CsvFileSpec } from "../file-spec";

/** Time,Search Query — "2022/07/21 20:53:18 UTC". */
export const searchQueriesFile: CsvFileSpec = {
  id: "search_queries",
  match: /^search[ _]?queries\.csv$/,
  source: "searches",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["time", "date"], required: true },
      { key: "query", names: ["search query", "query"], required: true },
    ],
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Time", row.get("date"));
      const query = row.get("query");
      ctx.counts.searches++;
      ctx.emit(
        { kind: "SEARCH", occurredAt: when, metadata: compact({ query: query.slice(0, 200) }) },
        [isoSecond(when), normName(query)],
      );
      return undefined;
    };
  },
};

/** Organization,Followed On — "Tue Aug 30 14:33:11 UTC 2022". */
export const companyFollowsFile: CsvFileSpec = {
  id: "company_follows",
  match: /^company[ _]follows\.csv$/,
  source: "follows",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "organization", names: ["organization", "company"], required: true },
      { key: "date", names: ["followed on"], required: true },
    ],
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Followed On", row.get("date"));
      const org = row.get("organization");
      if (!org) return reject("missing Organization");
      ctx.counts.company_follows++;
      ctx.emit(
        { kind: "COMPANY_FOLLOWED", occurredAt: when, metadata: compact({ company: org }) },
        [isoSecond(when), normName(org)],
      );
      return undefined;
    };
  },
};

/** Date,Status,FullName — "YYYY-MM-DD HH:MM:SS". */
export const memberFollowsFile: CsvFileSpec = {
  id: "member_follows",
  match: /^member[ _]follows\.csv$/,
  source: "follows",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "status", names: ["status"] },
      { key: "name", names: ["fullname", "full name"], required: true },
    ],
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Date", row.get("date"));
      const name = row.get("name");
      ctx.emit(
        { kind: "MEMBER_FOLLOWED", occurredAt: when, metadata: compact({ status: row.get("status") }) },
        [isoSecond(when), normName(name)],
      );
      return undefined;
    };
  },
};
