import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";

/**
 * A ZIP written to disk as it is built (fflate's streaming Zip): memory stays at one page of rows
 * whatever the organisation's size. Each file is a sequence of text chunks.
 */
export class ZipFileWriter {
  private readonly out: WriteStream;
  private readonly zip: Zip;
  private error: Error | null = null;
  private readonly finished: Promise<void>;

  constructor(path: string) {
    this.out = createWriteStream(path);
    let done!: () => void;
    let fail!: (e: Error) => void;
    this.finished = new Promise<void>((resolve, reject) => {
      done = resolve;
      fail = reject;
    });
    this.out.on("error", (e) => {
      this.error = e;
      fail(e);
    });
    this.out.on("finish", () => done());
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.error = err;
        fail(err);
        return;
      }
      this.out.write(chunk);
      if (final) this.out.end();
    });
  }

  /** Starts a file; write its chunks with the returned functions, then close it. */
  file(name: string) {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    return {
      write: async (text: string) => {
        if (this.error) throw this.error;
        entry.push(strToU8(text), false);
        if (this.out.writableNeedDrain) await once(this.out, "drain");
      },
      close: () => entry.push(new Uint8Array(0), true),
    };
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (this.error) throw this.error;
  }

  abort(): void {
    this.zip.terminate();
    this.out.destroy();
  }
}
