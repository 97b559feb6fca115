// Shares.csv / Shares_<n>.csv: Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
// (SharedURL,MediaURL before late 2024). Empty commentary = a bare repost. Multi-line
// commentary keeps stray literal quotes after decoding; they do not make a post non-empty.
import { parseLinkedInDate, isoSecond } from "../dates";
import { normLink, normText } from "../external-key";
import { badDate, compact, PHASE, type CsvFileSpec } from "../file-spec";
import type { ContentFormat } from "../types";

/** The format when the URLs make it evident; null otherwise (a plain post). */
export function formatFromUrls(mediaUrl: string, sharedUrl: string): ContentFormat | null {
  const m = mediaUrl.toLowerCase();
  if (m) {
    if (/poll/.test(m)) return "poll";
    if (/video|playlist|\.(mp4|mov|m4v|webm)(\?|$)/.test(m)) return "video";
    if (/document|\.(pdf|pptx?|docx?|xlsx?)(\?|$)/.test(m)) return "document";
    if (/image|photo|\.(jpe?g|png|gif|webp)(\?|$)/.test(m)) return "image";
  }
  const u = sharedUrl.toLowerCase();
  if (/linkedin\.com\/pulse\//.test(u)) return "article";
  if (/poll/.test(u)) return "poll";
  return null;
}

export const sharesFile: CsvFileSpec = {
  id: "shares",
  match: /^shares(_\d+)?\.csv$/,
  source: "content",
  phase: PHASE.activity,
  table: {
    columns: [
      { key: "date", names: ["date"], required: true },
      { key: "link", names: ["sharelink", "share link"] },
      { key: "commentary", names: ["sharecommentary", "share commentary"], required: true },
      { key: "sharedUrl", names: ["sharedurl", "shared url"] },
      { key: "mediaUrl", names: ["mediaurl", "media url"] },
      { key: "visibility", names: ["visibility"] },
    ],
    freeTextKey: "commentary",
  },
  start(ctx) {
    return (row) => {
      const when = parseLinkedInDate(row.get("date"));
      if (!when) return badDate("Date", row.get("date"));
      const commentary = normText(row.raw("commentary"));
      const repost = commentary.replace(/["\s]/g, "") === "";
      ctx.counts.shares++;
      if (repost) ctx.breakdown.shares_reposts++;
      const link = row.get("link");
      const format: ContentFormat = repost
        ? "repost"
        : (formatFromUrls(row.get("mediaUrl"), row.get("sharedUrl")) ?? "post");
      ctx.emit(
        {
          kind: repost ? "REPOST" : "POST_PUBLISHED",
          occurredAt: when,
          format,
          metadata: compact({ link, sharedUrl: row.get("sharedUrl"), visibility: row.get("visibility") }),
        },
        link ? [isoSecond(when), normLink(link)] : [isoSecond(when), "", commentary],
      );
      return undefined;
    };
  },
};
