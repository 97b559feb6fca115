import { describe, expect, it } from "vitest";
import {
  isoSecond,
  parseLinkedInDate,
  parseMonthYear,
  parseUploadSentence,
} from "~/server/services/imports/linkedin/dates";

const iso = (s: string) => parseLinkedInDate(s)?.toISOString() ?? null;

describe("parseLinkedInDate — one case per export format (FORMAT.md)", () => {
  it("Connections: 09 Sep 2022 (UTC midnight)", () => {
    expect(iso("09 Sep 2022")).toBe("2022-09-09T00:00:00.000Z");
    expect(iso("9 September 2022")).toBe("2022-09-09T00:00:00.000Z");
  });
  it("Invitations: 3/7/26, 1:07 PM (M/D/YY, 12-hour, read as UTC)", () => {
    expect(iso("3/7/26, 1:07 PM")).toBe("2026-03-07T13:07:00.000Z");
    expect(iso("12/31/25, 12:05 AM")).toBe("2025-12-31T00:05:00.000Z");
    expect(iso("1/1/26, 12:00 PM")).toBe("2026-01-01T12:00:00.000Z");
  });
  it("Recommendations: 09/19/24, 12:47 AM (zero-padded)", () => {
    expect(iso("09/19/24, 12:47 AM")).toBe("2024-09-19T00:47:00.000Z");
  });
  it("messages: 2026-03-05 22:26:20 UTC", () => {
    expect(iso("2026-03-05 22:26:20 UTC")).toBe("2026-03-05T22:26:20.000Z");
  });
  it("Shares / Comments / Reactions / Votes / Member_Follows: no zone, read as UTC", () => {
    expect(iso("2025-07-01 14:33:22")).toBe("2025-07-01T14:33:22.000Z");
  });
  it("Endorsements / SearchQueries: 2024/12/07 14:51:07 UTC", () => {
    expect(iso("2024/12/07 14:51:07 UTC")).toBe("2024-12-07T14:51:07.000Z");
    expect(iso("2022/07/21 20:53:18 UTC")).toBe("2022-07-21T20:53:18.000Z");
  });
  it("Company Follows: Tue Aug 30 14:33:11 UTC 2022", () => {
    expect(iso("Tue Aug 30 14:33:11 UTC 2022")).toBe("2022-08-30T14:33:11.000Z");
  });
  it("Articles: 2026-07-07 16:39 (minutes only)", () => {
    expect(iso("2026-07-07 16:39")).toBe("2026-07-07T16:39:00.000Z");
  });
  it("Events: Mar 21, 2026 01:30 PM - ... keeps the start", () => {
    expect(iso("Mar 21, 2026 01:30 PM - Mar 21, 2026 03:00 PM")).toBe("2026-03-21T13:30:00.000Z");
  });
  it("Publications: Apr 3, 2023", () => {
    expect(iso("Apr 3, 2023")).toBe("2023-04-03T00:00:00.000Z");
  });
  it("honours explicit offsets and ISO T/Z forms", () => {
    expect(iso("2026-03-05T22:26:20Z")).toBe("2026-03-05T22:26:20.000Z");
    expect(iso("2026-03-05 22:26:20 +02:00")).toBe("2026-03-05T20:26:20.000Z");
    expect(iso("2026-03-05 22:26:20 GMT-0130")).toBe("2026-03-05T23:56:20.000Z");
  });
  it("refuses impossible or unknown values", () => {
    for (const bad of ["", "   ", "yesterday", "2026-02-30 10:00:00", "13/01/26, 1:00 PM", "3/7/26, 13:07 PM",
      "2026-03-05 24:00:00", "31 Foo 2022", "2026-03-05 22:26:20 PST", "1899-01-01", "Tue Aug 32 14:33:11 UTC 2022"]) {
      expect(parseLinkedInDate(bad), bad).toBeNull();
    }
  });
  it("tolerates surrounding and doubled spaces", () => {
    expect(iso("  09  Sep 2022 ")).toBe("2022-09-09T00:00:00.000Z");
  });
});

describe("parseUploadSentence (Rich_Media.csv)", () => {
  it("reads the instant and the media type", () => {
    const r = parseUploadSentence("You uploaded a video on March 8, 2026 at 4:05 AM (GMT)");
    expect(r?.date.toISOString()).toBe("2026-03-08T04:05:00.000Z");
    expect(r?.media).toBe("video");
    expect(parseUploadSentence("You uploaded a photo on September 1, 2026 at 8:11 PM (GMT)")?.media).toBe("image");
    expect(parseUploadSentence("You uploaded a document on October 1, 2026 at 12:57 AM (GMT)")?.date.toISOString())
      .toBe("2026-10-01T00:57:00.000Z");
  });
  it("falls back to a plain date, and refuses nonsense", () => {
    expect(parseUploadSentence("2026-03-08 04:05:00")?.media).toBeNull();
    expect(parseUploadSentence("You uploaded a video on someday")).toBeNull();
  });
});

describe("parseMonthYear (Positions)", () => {
  it("reads Mon YYYY, Month YYYY and YYYY", () => {
    expect(parseMonthYear("Mar 2023")).toEqual({ year: 2023, month: 3 });
    expect(parseMonthYear("September 2019")).toEqual({ year: 2019, month: 9 });
    expect(parseMonthYear("2014")).toEqual({ year: 2014, month: null });
    expect(parseMonthYear("")).toBeNull();
    expect(parseMonthYear("Foo 2020")).toBeNull();
  });
});

it("isoSecond is ISO UTC to the second", () => {
  expect(isoSecond(new Date("2026-03-05T22:26:20.123Z"))).toBe("2026-03-05T22:26:20Z");
});
