// Articles/Articles/*.html: one HTML file per article, with
//   <p class="published">Published on YYYY-MM-DD HH:MM</p>   (a draft: "Published on ---")
import { isoSecond, parseLinkedInDate } from "../dates";
import { normName } from "../external-key";

export const ARTICLE_PATH = /(^|\/)articles\/(articles\/)?[^/]+\.html?$/i;
/** Bytes of an article read to find its dates and title (they sit in the first lines). */
export const ARTICLE_HEAD_BYTES = 256 * 1024;

export type ArticleInfo =
  | { state: "published"; publishedAt: Date; title: string; keyParts: string[] }
  | { state: "draft" }
  | { state: "unreadable"; reason: string };

function textOf(html: string, re: RegExp): string | null {
  const m = re.exec(html);
  if (!m || m[1] === undefined) return null;
  return m[1]
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

/** `entryName` is the path in the archive; its base name carries the creation timestamp. */
export function readArticle(entryName: string, html: string): ArticleInfo {
  const published = textOf(html, /<p[^>]*class=["'][^"']*\bpublished\b[^"']*["'][^>]*>([\s\S]*?)<\/p>/i);
  if (published === null) return { state: "unreadable", reason: "no \"Published on\" line" };
  const value = published.replace(/^published\s+on\s*/i, "").trim();
  if (value === "" || /^-+$/.test(value)) return { state: "draft" };
  const publishedAt = parseLinkedInDate(value);
  if (!publishedAt) return { state: "unreadable", reason: `unreadable publication date "${value.slice(0, 40)}"` };
  const title = textOf(html, /<title[^>]*>([\s\S]*?)<\/title>/i) ?? textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/i) ?? "";
  const created = textOf(html, /<p[^>]*class=["'][^"']*\bcreated\b[^"']*["'][^>]*>([\s\S]*?)<\/p>/i) ?? "";
  const base = entryName.slice(entryName.lastIndexOf("/") + 1);
  // The file name ("2026-07-07 16_39_11.0-Article 0.html") starts with the creation time.
  const createdPart = /^\d{4}-\d{2}-\d{2} \d{2}_\d{2}_\d{2}/.exec(base)?.[0] ?? normName(created);
  return { state: "published", publishedAt, title, keyParts: [isoSecond(publishedAt), createdPart, normName(title)] };
}
