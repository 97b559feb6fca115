import type { ArchiveFactKey, ProfileFacts } from "~/domain/profile-facts";
// Public types of the LinkedIn export parser. Pure data: no Prisma client, no I/O.
import type { ActivityKind } from "@prisma/client";

export type { ActivityKind };

/** Content formats, as the scoring model counts them (`formatsUsed`). */
export type ContentFormat = "post" | "repost" | "article" | "video" | "document" | "image" | "poll";

/** One activity row, ready for the importer (which prefixes `externalKey` with the rep id). */
export interface ParsedActivity {
  kind: ActivityKind;
  /** The instant, in UTC. Files without a zone are read as UTC (FORMAT.md). */
  occurredAt: Date;
  /**
   * Deterministic, content-derived, independent of the rep and of the archive:
   * `li1:<kind>:<32 hex>` (see external-key.ts).
   */
  externalKey: string;
  quantity?: number;
  /** The other party's profile URL, normalised (`https://www.linkedin.com/in/<slug>`). */
  counterpart?: string | null;
  /** Position (job title) of a connection. */
  counterpartTitle?: string | null;
  /** Message conversation id. */
  thread?: string | null;
  format?: ContentFormat | null;
  /** Small facts only (company, link, reaction type...). Never message bodies. */
  metadata?: Record<string, unknown>;
}

/** Profile facts found in the archive (the archive's keys of ProfileFacts plus the rep's identity); a key is present only when its file was. */
export type ArchiveProfileFacts = { [K in Exclude<ArchiveFactKey, "headline">]: NonNullable<ProfileFacts[K]> } & {
  displayName: string;
  /** Title of the most recently started current position. */
  jobTitle: string | null;
  headline: string | null;
  linkedinUrl: string;
};

/** Exactly the keys of samples/*.expected.json that describe counts (see samples/README.md). */
export interface ImportCounts {
  connections: number;
  invitations: number;
  invitations_outgoing: number;
  messages_sent: number;
  messages_received: number;
  messages_drafts: number;
  endorsements_received: number;
  recommendations_received: number;
  skills: number;
  positions: number;
  shares: number;
  comments: number;
  reactions: number;
  votes: number;
  searches: number;
  company_follows: number;
  rich_media: number;
  articles_published: number;
}

export const COUNT_KEYS = [
  "connections",
  "invitations",
  "invitations_outgoing",
  "messages_sent",
  "messages_received",
  "messages_drafts",
  "endorsements_received",
  "recommendations_received",
  "skills",
  "positions",
  "shares",
  "comments",
  "reactions",
  "votes",
  "searches",
  "company_follows",
  "rich_media",
  "articles_published",
] as const satisfies readonly (keyof ImportCounts)[];

/** Sub-counts that the expected.json files also state, outside `counts`. */
export interface CountBreakdown {
  /** Of messages_received: sponsored InMail (empty sender URL). */
  messages_sponsored: number;
  /** Of shares: bare reposts (empty commentary). */
  shares_reposts: number;
}

export interface RowRejection {
  /** 1-based physical line where the row starts in the decoded file. */
  line: number;
  reason: string;
}

export interface FileReport {
  /** Path inside the archive (or the uploaded file name). */
  name: string;
  /** Which parser read it, e.g. "connections", "messages", "articles". */
  kind: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  /** Data rows after the header (blank lines not counted). Articles: HTML files. */
  rows: number;
  /** Rows that became an activity or a counted fact. */
  accepted: number;
  /** Rows dropped on purpose: drafts, hidden recommendations... (not errors). */
  skipped: number;
  /** At most MAX_STORED_REJECTIONS; `rejectedCount` holds the total. */
  rejected: RowRejection[];
  rejectedCount: number;
  /** Header columns we do not use (as written in the file). */
  unknownColumns: string[];
  /** Set when the whole file could not be read (unrecognised header, runaway quote...). */
  error?: string;
}

export interface SourcesPresent {
  /** Shares, comments, reactions, votes, rich media or articles. */
  content: boolean;
  searches: boolean;
  invitations: boolean;
  connections: boolean;
  messages: boolean;
  endorsements: boolean;
  recommendations: boolean;
  follows: boolean;
  profile: boolean;
}

export type ArchiveType = "complete" | "basic" | "csv";

export type OwnerIdentitySource = "invitations" | "messages-name" | "messages-participants" | "none";

export interface ParseResult {
  archiveType: ArchiveType;
  ownerProfileUrl: string | null;
  /** How ownerProfileUrl was found (see identity.ts). */
  ownerSource: OwnerIdentitySource;
  profile: Partial<ArchiveProfileFacts>;
  counts: ImportCounts;
  breakdown: CountBreakdown;
  files: FileReport[];
  /** Files we do not know: listed, not read. */
  unknownFiles: string[];
  /** Files we know and deliberately do not read, with the reason. */
  ignoredFiles: { name: string; reason: string }[];
  sourcesPresent: SourcesPresent;
  /** Plain-language remarks for the user (Basic archive, identity fallback...). */
  notices: string[];
  /** Activities handed to onBatch. */
  activityCount: number;
}

export interface ParseLimits {
  /** Size of the uploaded file on disk. */
  maxBytes: number;
  /** Sum of the entries' declared sizes, and bytes actually inflated while reading. */
  maxUncompressedBytes: number;
  /** Entries in the ZIP central directory (default 5000). */
  maxEntries?: number;
}

export interface ParseOptions {
  limits: ParseLimits;
  /** Called with batches of `batchSize` activities (the last one smaller); awaited (back-pressure). */
  onBatch: (batch: ParsedActivity[]) => Promise<void>;
  /** 0..1, monotonic, from bytes processed. */
  onProgress?: (fraction: number) => void | Promise<void>;
  /** Default 1000. */
  batchSize?: number;
  /**
   * Default true: verify the whole ZIP (sizes, CRC) before emitting any row, so a damaged archive
   * never reaches onBatch. A caller that stores rows in one transaction may skip it (false): the
   * same checks then fail the parse mid-way and the transaction rolls back — one inflate, not two.
   */
  integrityPass?: boolean;
}

export interface ParseInput {
  /** Where the upload sits on disk. */
  path: string;
  /** The name the user uploaded (used for type detection and Basic/Complete). */
  fileName: string;
}
