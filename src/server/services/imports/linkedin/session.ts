// State of one parse: counts, profile facts, owner identity, key registry, the batch buffer
// handed to onBatch, progress and notices. Implements FileContext for the file parsers.
import { KeyRegistry, type KeyPart } from "./external-key";
import type { FileContext, OwnerState } from "./file-spec";
import { UrlVotes } from "./identity";
import {
  COUNT_KEYS,
  type CountBreakdown,
  type ImportCounts,
  type ParsedActivity,
  type ParseOptions,
  type ArchiveProfileFacts,
  type SourcesPresent,
} from "./types";

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as ImportCounts;
}

export function noSources(): SourcesPresent {
  return {
    content: false, searches: false, invitations: false, connections: false, messages: false,
    endorsements: false, recommendations: false, follows: false, profile: false,
  };
}

export class ParseSession implements FileContext {
  readonly counts = emptyCounts();
  readonly breakdown: CountBreakdown = { messages_sponsored: 0, shares_reposts: 0 };
  readonly profile: Partial<ArchiveProfileFacts> = {};
  readonly owner: OwnerState = { url: null, displayName: null, invitationVotes: new UrlVotes() };
  readonly sources = noSources();
  readonly notices: string[] = [];
  readonly keys = new KeyRegistry();
  activityCount = 0;

  private buffer: ParsedActivity[] = [];
  private readonly batchSize: number;
  private lastProgress = 0;

  constructor(private readonly opts: ParseOptions) {
    this.batchSize = Math.max(1, Math.floor(opts.batchSize ?? 1000));
  }

  emit(activity: Omit<ParsedActivity, "externalKey">, keyParts: readonly KeyPart[]): void {
    const out: ParsedActivity = {
      kind: activity.kind,
      occurredAt: activity.occurredAt,
      externalKey: this.keys.unique(activity.kind, keyParts),
    };
    // Only the fields this kind has (no `undefined` keys in what the importer receives).
    if (activity.quantity !== undefined) out.quantity = activity.quantity;
    if (activity.counterpart !== undefined) out.counterpart = activity.counterpart;
    if (activity.counterpartTitle !== undefined) out.counterpartTitle = activity.counterpartTitle;
    if (activity.thread !== undefined) out.thread = activity.thread;
    if (activity.format !== undefined) out.format = activity.format;
    if (activity.metadata !== undefined) out.metadata = activity.metadata;
    this.buffer.push(out);
  }

  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  /** Hand full batches to onBatch (awaited, one at a time); `final` flushes the rest. */
  async drain(final = false): Promise<void> {
    while (this.buffer.length >= this.batchSize || (final && this.buffer.length > 0)) {
      const batch = this.buffer.length <= this.batchSize ? this.buffer : this.buffer.slice(0, this.batchSize);
      this.buffer = batch === this.buffer ? [] : this.buffer.slice(this.batchSize);
      this.activityCount += batch.length;
      await this.opts.onBatch(batch);
    }
  }

  /** Report progress; kept monotonic and rounded to 1% steps to spare the callback. */
  async progress(fraction: number): Promise<void> {
    const f = Math.min(1, Math.floor(fraction * 100) / 100);
    if (!(f > this.lastProgress)) return;
    this.lastProgress = f;
    await this.opts.onProgress?.(f);
  }
}
