// The rep table's view state: filters, sort and page. One definition for the tRPC input, the
// page's URL (shareable views), the CSV export link and the server-side SQL (pure, no I/O).
import { z } from "zod";
import { BAND_KEYS, isBandKey, type BandKey } from "./bands";

export const SORT_KEYS = [
  "name",
  "team",
  "total",
  "change",
  "brand",
  "findPeople",
  "engage",
  "relationships",
  "industryRank",
  "goalStatus",
  "lastActivity",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const DEFAULT_SORT: SortKey = "total";
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const MAX_PAGE = 10_000;
export const MAX_SEARCH = 100;

/** The direction a column sorts in first: names A→Z, numbers (and dates) highest first. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === "name" || sort === "team" ? "asc" : "desc";
}

const id = z.string().min(1).max(64);

/** Filters shared by the table, the export, the summary's team choice. */
export const repFilterSchema = z.object({
  teamId: id.optional(),
  band: z.enum(BAND_KEYS).optional(),
  search: z.string().trim().max(MAX_SEARCH).optional(),
});

export const repTableSchema = repFilterSchema.extend({
  sort: z.enum(SORT_KEYS).default(DEFAULT_SORT),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z
    .number()
    .int()
    .refine((n): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n), "Page size must be 25, 50 or 100")
    .default(DEFAULT_PAGE_SIZE),
});

export interface RepTableParams {
  teamId?: string;
  band?: BandKey;
  search?: string;
  sort: SortKey;
  dir: SortDir;
  page: number;
  pageSize: PageSize;
}

/** Fills in defaults (direction from the column) and drops empty filters. */
export function normalizeParams(input: z.input<typeof repTableSchema> | z.output<typeof repTableSchema>): RepTableParams {
  const sort = input.sort ?? DEFAULT_SORT;
  const search = input.search?.trim();
  const pageSize = (PAGE_SIZES as readonly number[]).includes(input.pageSize ?? 0) ? (input.pageSize as PageSize) : DEFAULT_PAGE_SIZE;
  return {
    ...(input.teamId ? { teamId: input.teamId } : {}),
    ...(input.band ? { band: input.band } : {}),
    ...(search ? { search } : {}),
    sort,
    dir: input.dir ?? defaultDir(sort),
    page: Math.min(MAX_PAGE, Math.max(1, Math.trunc(input.page ?? 1))),
    pageSize,
  };
}

/** URL search-param names (short, readable in a shared link). */
const KEYS = { teamId: "team", band: "band", search: "q", sort: "sort", dir: "dir", page: "page", pageSize: "size" } as const;

type SearchLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(sp: SearchLike, key: string): string | undefined {
  if (sp instanceof URLSearchParams) return sp.get(key) ?? undefined;
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses a page URL leniently: anything invalid falls back to its default (a bad link still opens). */
export function paramsFromSearch(sp: SearchLike): RepTableParams {
  const team = read(sp, KEYS.teamId);
  const band = read(sp, KEYS.band);
  const sort = read(sp, KEYS.sort);
  const dir = read(sp, KEYS.dir);
  const page = Number(read(sp, KEYS.page));
  const size = Number(read(sp, KEYS.pageSize));
  const search = read(sp, KEYS.search)?.trim().slice(0, MAX_SEARCH);
  const sortKey = (SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : DEFAULT_SORT;
  return normalizeParams({
    ...(team && team.length <= 64 ? { teamId: team } : {}),
    ...(isBandKey(band) ? { band } : {}),
    ...(search ? { search } : {}),
    sort: sortKey,
    ...(dir === "asc" || dir === "desc" ? { dir } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
  });
}

/** The URL form of a view; defaults are left out so links stay short. */
export function searchFromParams(p: RepTableParams, extra: Record<string, string> = {}): URLSearchParams {
  const sp = new URLSearchParams(extra);
  if (p.teamId) sp.set(KEYS.teamId, p.teamId);
  if (p.band) sp.set(KEYS.band, p.band);
  if (p.search) sp.set(KEYS.search, p.search);
  if (p.sort !== DEFAULT_SORT) sp.set(KEYS.sort, p.sort);
  if (p.dir !== defaultDir(p.sort)) sp.set(KEYS.dir, p.dir);
  if (p.page !== 1) sp.set(KEYS.page, String(p.page));
  if (p.pageSize !== DEFAULT_PAGE_SIZE) sp.set(KEYS.pageSize, String(p.pageSize));
  return sp;
}

/** The tRPC input of `team.reps` for a view (only set keys, so query keys match between server and client). */
export function tableInput(orgSlug: string, p: RepTableParams) {
  return { orgSlug, ...p };
}

/** "%" and "_" are wildcards in LIKE; a search for "50%" means the characters. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
