import { describe, expect, it } from "vitest";
import { deriveKey, KeyRegistry, normLink, normText } from "~/server/services/imports/linkedin/external-key";
import { readArticle } from "~/server/services/imports/linkedin/files/articles";
import { formatFromUrls } from "~/server/services/imports/linkedin/files/shares";
import { normalizeProfileUrl, splitProfileUrls } from "~/server/services/imports/linkedin/identity";
import { detectEncoding } from "~/server/services/imports/linkedin/text-decode";
import { classifyEntry } from "~/server/services/imports/linkedin/file-registry";

describe("normalizeProfileUrl", () => {
  it("gives one canonical form for every spelling LinkedIn uses", () => {
    const canonical = "https://www.linkedin.com/in/yan-dale-1277";
    for (const raw of [
      "www.linkedin.com/in/yan-dale-1277",
      "https://www.linkedin.com/in/yan-dale-1277/",
      "http://linkedin.com/in/Yan-Dale-1277?trk=x",
      " https://de.linkedin.com/in/yan-dale-1277#a ",
    ]) {
      expect(normalizeProfileUrl(raw), raw).toBe(canonical);
    }
    expect(normalizeProfileUrl("https://www.linkedin.com/in/j%C3%BCrgen")).toBe("https://www.linkedin.com/in/jürgen");
    expect(normalizeProfileUrl("")).toBeNull();
    expect(normalizeProfileUrl("https://example.com/x")).toBe("https://example.com/x");
  });
  it("splits comma-joined recipient URLs", () => {
    expect(splitProfileUrls("https://www.linkedin.com/in/a,https://www.linkedin.com/in/b")).toEqual([
      "https://www.linkedin.com/in/a",
      "https://www.linkedin.com/in/b",
    ]);
    expect(splitProfileUrls(" ")).toEqual([]);
  });
});

describe("external keys", () => {
  it("depend on kind and parts only, and separate parts unambiguously", () => {
    expect(deriveKey("REACTION", ["2026-01-01T00:00:00Z", "x"])).toBe(deriveKey("REACTION", ["2026-01-01T00:00:00Z", "x"]));
    expect(deriveKey("REACTION", ["a", "bc"])).not.toBe(deriveKey("REACTION", ["ab", "c"]));
    expect(deriveKey("REACTION", ["a"])).not.toBe(deriveKey("COMMENT", ["a"]));
    expect(deriveKey("SEARCH", ["q"])).toMatch(/^li1:SEARCH:[0-9a-f]{32}$/);
  });
  it("number repeated identical rows, deterministically and in linear time", () => {
    const a = new KeyRegistry();
    const b = new KeyRegistry();
    const run = (r: KeyRegistry) => Array.from({ length: 2000 }, () => r.unique("CONNECTION_ADDED", ["2024-01-01", ""]));
    const ka = run(a);
    expect(new Set(ka).size).toBe(2000);
    expect(run(b)).toEqual(ka);
    expect(a.repeatedRows).toBe(1999);
    expect(ka[0]).toBe(deriveKey("CONNECTION_ADDED", ["2024-01-01", ""]));
  });
  it("normalise text and links across eras", () => {
    expect(normText(" a\r\nb\rc ")).toBe("a\nb\nc");
    expect(normLink("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7000/")).toBe(normLink("https://linkedin.com/feed/update/urn:li:share:7000"));
  });
});

describe("readArticle", () => {
  const html = (published: string) =>
    `<html><head><title>My &amp; Title</title></head><body><p class="created">Created on 2026-07-07 16:39</p><p class="published">Published on ${published}</p></body></html>`;
  it("reads published articles, drafts and broken files", () => {
    const a = readArticle("Articles/Articles/2026-07-07 16_39_11.0-Article 0.html", html("2026-07-08 09:00"));
    expect(a).toMatchObject({ state: "published", title: "My & Title" });
    expect(a.state === "published" && a.publishedAt.toISOString()).toBe("2026-07-08T09:00:00.000Z");
    expect(readArticle("Articles/Articles/x.html", html("---")).state).toBe("draft");
    expect(readArticle("Articles/Articles/x.html", "<html></html>")).toMatchObject({ state: "unreadable" });
    expect(readArticle("Articles/Articles/x.html", html("soon"))).toMatchObject({ state: "unreadable" });
  });
});

describe("formatFromUrls (Shares)", () => {
  it("says what is evident and nothing else", () => {
    expect(formatFromUrls("https://dms.licdn.com/playlist/vid/x", "")).toBe("video");
    expect(formatFromUrls("https://media.licdn.com/dms/document/x", "")).toBe("document");
    expect(formatFromUrls("https://media.licdn.com/dms/image/x", "")).toBe("image");
    expect(formatFromUrls("", "https://www.linkedin.com/pulse/x")).toBe("article");
    expect(formatFromUrls("", "https://example.com")).toBeNull();
  });
});

describe("detectEncoding", () => {
  it("finds BOMs and BOM-less UTF-16", () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe("utf-16le");
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe("utf-16be");
    expect(detectEncoding(new Uint8Array(Buffer.from("Name,Url\nabc", "utf16le")))).toBe("utf-16le");
    expect(detectEncoding(new Uint8Array(Buffer.from("Name,Url\n", "utf8")))).toBe("utf-8");
  });
});

describe("classifyEntry", () => {
  it("knows export files by name, wherever they sit", () => {
    expect(classifyEntry("Shares_12.csv")).toMatchObject({ type: "csv", spec: { id: "shares" } });
    expect(classifyEntry("Search Queries.csv")).toMatchObject({ type: "csv", spec: { id: "search_queries" } });
    expect(classifyEntry("Rich Media.csv")).toMatchObject({ type: "csv", spec: { id: "rich_media" } });
    expect(classifyEntry("Articles/Articles/2026-01-01 10_00_00.0-A.html")).toEqual({ type: "article" });
    expect(classifyEntry("coach_messages.csv")).toEqual({ type: "ignored", reason: "not member conversations" });
    expect(classifyEntry("__MACOSX/._Connections.csv")).toMatchObject({ type: "ignored" });
    expect(classifyEntry("Jobs/Job Applications.csv")).toEqual({ type: "unknown" });
  });
});
