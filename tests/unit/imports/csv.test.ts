import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParser, CsvRecordTooLargeError, sniffDelimiter } from "~/server/services/imports/linkedin/csv";
import { HeaderNotFoundError, TableReader } from "~/server/services/imports/linkedin/table";

function parseAll(text: string, opts: { delimiter?: string; backslashEscapes?: boolean } = {}, cuts: number[] = []) {
  const p = new CsvParser({ delimiter: opts.delimiter ?? ",", backslashEscapes: opts.backslashEscapes });
  const out = [];
  let prev = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out.push(...p.push(text.slice(prev, c)));
    prev = c;
  }
  out.push(...p.push(text.slice(prev)));
  out.push(...p.end());
  return out;
}

describe("CsvParser", () => {
  it("reads RFC 4180 quoting, multi-line fields, CRLF and physical line numbers", () => {
    const text = 'a,b,c\r\n1,"x, ""y""",3\r\n2,"multi\r\nline",4\r\n\r\n5,,\r\n';
    const recs = parseAll(text);
    expect(recs.map((r) => r.fields)).toEqual([
      ["a", "b", "c"],
      ["1", 'x, "y"', "3"],
      ["2", "multi\r\nline", "4"],
      ["5", "", ""],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it("reads the Shares quirk: stray literal quotes around each line of multi-line commentary", () => {
    const text = 'Date,ShareCommentary\n2026-10-24 04:01:05,"""Three lessons.""""\n""""""""\n""""1. Listen.""",x\n';
    const [, row] = parseAll(text);
    expect(row?.fields).toEqual(["2026-10-24 04:01:05", '"Three lessons.""\n""""\n""1. Listen."', "x"]);
  });

  it('reads Comments\' \\" escapes in backslash mode, including before a comma and at the end', () => {
    const text = 'Date,Link,Message\n1,l,"Great point about \\"land and expand\\", Dana."\n2,l,"He said \\"hi\\""\n3,l,"ok"\n';
    const recs = parseAll(text, { backslashEscapes: true });
    expect(recs.map((r) => r.fields)).toEqual([
      ["Date", "Link", "Message"],
      ["1", "l", 'Great point about "land and expand", Dana.'],
      ["2", "l", 'He said "hi"'],
      ["3", "l", "ok"],
    ]);
  });

  it("keeps text after a stray closing quote instead of running away (lenient, like Python csv)", () => {
    const recs = parseAll('a,"b"c,d\ne,f,g\n');
    expect(recs.map((r) => r.fields)).toEqual([["a", 'b"c', "d"], ["e", "f", "g"]]);
  });

  it("reads tab-separated fully quoted rows (UTF-16 legacy files)", () => {
    const recs = parseAll('"A"\t"B"\n"1"\t"x\ty"\n', { delimiter: "\t" });
    expect(recs.map((r) => r.fields)).toEqual([["A", "B"], ["1", "x\ty"]]);
  });

  it("an unterminated quote at the end of input is taken as is", () => {
    expect(parseAll('a,"never closed\nmore').map((r) => r.fields)).toEqual([["a", "never closed\nmore"]]);
  });

  it("stops a record that grows past the cap", () => {
    const p = new CsvParser({ delimiter: ",", maxRecordChars: 100 });
    p.push("h\n");
    expect(() => p.push('"' + "x".repeat(200))).toThrow(CsvRecordTooLargeError);
  });

  it("gives the same records however the input is split into chunks (property)", () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r", "é", "\t") }),
      fc.constant(""),
    );
    const quote = (f: string) => (/[",\r\n]/.test(f) || f === "" ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, eol, rawCuts) => {
          const text = rows.map((r) => r.map(quote).join(",")).join(eol) + eol;
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          const whole = parseAll(text).map((r) => r.fields);
          expect(parseAll(text, {}, cuts).map((r) => r.fields)).toEqual(whole);
          expect(whole).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sniffDelimiter", () => {
  it("picks tab for TSV and comma otherwise, skipping lines with neither", () => {
    expect(sniffDelimiter('"A"\t"B"\t"C"\n')).toBe("\t");
    expect(sniffDelimiter("Notes:\n\"a, b\"\n\nFirst Name,Last Name\n")).toBe(",");
  });
});

describe("TableReader", () => {
  const spec = {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "link", names: ["link"] },
      { key: "message", names: ["message"] },
    ],
    freeTextKey: "message",
  };

  it("skips a preamble, matches columns case-insensitively and lists unknown ones", () => {
    const r = new TableReader(spec, ",");
    const rows = [...r.push('Notes:\n"something, long"\n\n MESSAGE ,Date,Extra\nhi,2026,x\n'), ...r.end()];
    expect(r.headerMatch?.unknownColumns).toEqual(["Extra"]);
    expect(rows[0]?.get("date")).toBe("2026");
    expect(rows[0]?.get("message")).toBe("hi");
    expect(rows[0]?.get("link")).toBe("");
  });

  it("merges surplus fields into the free-text column and drops empty trailing ones", () => {
    const r = new TableReader(spec, ",");
    const rows = [...r.push("Date,Link,Message\n1,l,a,b,c\n2,l,m,,\n"), ...r.end()];
    expect(rows[0]?.raw("message")).toBe("a,b,c");
    expect(rows[1]?.raw("message")).toBe("m");
    expect(rows.every((x) => x.problem === null)).toBe(true);
  });

  it("flags surplus fields when there is no free-text column", () => {
    const r = new TableReader({ columns: [{ key: "a", names: ["a"], required: true }, { key: "b", names: ["b"] }] }, ",");
    const rows = [...r.push("a,b\n1,2,3\n"), ...r.end()];
    expect(rows[0]?.problem).toMatch(/3 fields/);
  });

  it("throws HeaderNotFoundError after the scan window", () => {
    const r = new TableReader({ ...spec, headerScan: 3 }, ",");
    expect(() => r.push("x\ny\nz\nw\n")).toThrow(HeaderNotFoundError);
  });
});
