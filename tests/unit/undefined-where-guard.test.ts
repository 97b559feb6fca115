import { describe, expect, it } from "vitest";
import { findUndefinedPath } from "~/server/db/undefined-where-guard";

describe("findUndefinedPath", () => {
  it("finds undefined values at any depth, including inside AND/OR arrays", () => {
    expect(findUndefinedPath({ organizationId: undefined })).toBe("organizationId");
    expect(findUndefinedPath({ rep: { organizationId: undefined } })).toBe("rep.organizationId");
    expect(findUndefinedPath({ OR: [{ id: "a" }, { id: undefined }] })).toBe("OR[1].id");
  });
  it("accepts complete clauses, nulls and dates", () => {
    expect(findUndefinedPath({ id: "x", deletedAt: null, createdAt: { gte: new Date() }, id2: { in: ["a"] } })).toBeNull();
    expect(findUndefinedPath(undefined)).toBeNull();
  });
});
