import { describe, expect, it } from "vitest";
import { bandCounts, bandOf } from "~/domain/team-view/bands";
import { likePattern, normalizeParams, paramsFromSearch, searchFromParams } from "~/domain/team-view/params";
import { narrowScope } from "~/server/services/team-view/scope";

describe("bands", () => {
  it("puts each total in one band by the value as shown (one decimal)", () => {
    expect(bandOf(0)).toBe("under30");
    expect(bandOf(29.94)).toBe("under30");
    expect(bandOf(29.95)).toBe("30to50"); // shown as 30.0
    expect(bandOf(30)).toBe("30to50");
    expect(bandOf(49.94)).toBe("30to50");
    expect(bandOf(49.96)).toBe("50to70"); // shown as 50.0, never "50.0 in 30–50"
    expect(bandOf(69.9)).toBe("50to70");
    expect(bandOf(70)).toBe("70plus");
    expect(bandOf(100)).toBe("70plus");
    expect(bandOf(null)).toBeNull();
    expect(bandOf(Number.NaN)).toBeNull();
  });

  it("counts totals per band, ignoring reps without a score", () => {
    expect(bandCounts([10, 30, 45.5, 50, 69.99, 70, 88, null])).toEqual({ under30: 1, "30to50": 2, "50to70": 1, "70plus": 3 });
  });
});

describe("view parameters", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const p = normalizeParams({ teamId: "t1", band: "50to70", search: " ann ", sort: "change", page: 3, pageSize: 50 });
    expect(p).toEqual({ teamId: "t1", band: "50to70", search: "ann", sort: "change", dir: "desc", page: 3, pageSize: 50 });
    const sp = searchFromParams(p);
    expect(sp.toString()).toBe("team=t1&band=50to70&q=ann&sort=change&page=3&size=50");
    expect(paramsFromSearch(sp)).toEqual(p);
    expect(searchFromParams(normalizeParams({})).toString()).toBe("");
    expect(searchFromParams(normalizeParams({ sort: "name", dir: "desc" })).toString()).toBe("sort=name&dir=desc");
  });

  it("reads a bad link leniently: unknown values fall back to defaults", () => {
    const p = paramsFromSearch({ band: "60to80", sort: "salary", dir: "sideways", page: "-2", size: "1000", q: "x".repeat(500), team: "" });
    expect(p).toEqual({ search: "x".repeat(100), sort: "total", dir: "desc", page: 1, pageSize: 25 });
    expect(paramsFromSearch({ page: "2.5" }).page).toBe(1);
    expect(paramsFromSearch({ sort: ["name", "total"] }).sort).toBe("name");
  });

  it("names sort A→Z first, numbers highest first", () => {
    expect(normalizeParams({ sort: "name" }).dir).toBe("asc");
    expect(normalizeParams({ sort: "team" }).dir).toBe("asc");
    expect(normalizeParams({ sort: "lastActivity" }).dir).toBe("desc");
  });

  it("searches for LIKE wildcards literally", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("team scope", () => {
  const base = { organizationId: "o", all: false, teams: [{ id: "a", name: "A" }, { id: "b", name: "B" }] };
  it("covers every team in scope, or the one asked for", () => {
    expect(narrowScope(base).teamIds).toEqual(["a", "b"]);
    expect(narrowScope(base, "b")).toMatchObject({ selected: { id: "b" }, teamIds: ["b"] });
  });
  it("answers NOT_FOUND for a team outside the caller's", () => {
    expect(() => narrowScope(base, "c")).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => narrowScope({ ...base, teams: [] }, "a")).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(narrowScope({ ...base, teams: [] }).teamIds).toEqual([]);
  });
});
