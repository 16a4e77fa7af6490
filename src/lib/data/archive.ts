import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/*
 * fengong-data.zip, written from the data files as they are on disk (so it
 * holds exactly the published bytes), streaming file by file: a site of any
 * size never holds the data in memory. Which files go in is decided by
 * src/lib/data/write-folder.ts.
 */

/**
 * A fixed timestamp for every zip entry, so two builds give the same bytes.
 * Zip stores local wall-clock time and fflate reads the Date's local fields,
 * so the Date is built from local components, at the time of zipping: the
 * stored value is 2000-01-01 00:00 in every time zone.
 */
const fixedMtime = () => new Date(2000, 0, 1, 0, 0, 0);

/**
 * A zip entry compressed by Node's native zlib (DEFLATE, level 6) instead of
 * fflate's JavaScript deflate: three times faster here, and it runs on
 * libuv's thread pool while the main thread reads the next chunk. fflate
 * still writes the zip container (headers, CRC, data descriptors); zlib's
 * output is deterministic for the same input, level and zlib version.
 */
class NativeDeflateEntry extends ZipPassThrough {
  readonly #deflate = createDeflateRaw({ level: 6 });
  /** Settles when the compressed data has been handed to the zip. */
  readonly done: Promise<void>;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.done = new Promise((resolve, reject) => {
      this.#deflate.on('data', (d: Buffer) => this.ondata(null, new Uint8Array(d.buffer, d.byteOffset, d.length) as Uint8Array<ArrayBuffer>, false));
      this.#deflate.on('end', () => {
        this.ondata(null, new Uint8Array(0), true);
        resolve();
      });
      this.#deflate.on('error', reject);
    });
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) this.#deflate.write(chunk);
    if (final) this.#deflate.end();
  }

  /** Resolves when zlib can take more input. */
  async ready(): Promise<void> {
    if (this.#deflate.writableNeedDrain) await once(this.#deflate, 'drain');
  }
}

/**
 * A small file's zip entry, compressed in one synchronous zlib call: for the
 * thousands of per-plan and per-unit files, setting up a zlib stream per file
 * cost more than compressing it.
 */
class WholeFileDeflateEntry extends ZipPassThrough {
  constructor(
    filename: string,
    /** zlib level, 0–9: the same input and level give the same bytes. */
    readonly level = 6,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    if (!final) throw new Error(`${this.filename}: a whole-file entry takes its data in one final chunk`);
    const d = deflateRawSync(chunk, { level: this.level });
    this.ondata(null, new Uint8Array(d.buffer, d.byteOffset, d.length) as Uint8Array<ArrayBuffer>, true);
  }
}

/** Files up to this size are read whole and compressed in one call; larger ones stream. */
const wholeFileLimit = 4 * 1024 * 1024;

/** Zips `files` (paths relative to `dir`) into `out`, streaming, in the given order. */
export async function writeZip(dir: string, files: readonly string[], out: string): Promise<void> {
  // A large buffer: waiting for 'drain' after every small chunk made zipping
  // a 1 GB data folder take minutes instead of seconds.
  const stream = createWriteStream(out, { highWaterMark: 8 * 1024 * 1024 });
  let failure: Error | null = null;
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else {
      stream.write(chunk);
      if (final) stream.end();
    }
  });
  const drained = async () => {
    if (failure) throw failure;
    if (stream.writableNeedDrain) await once(stream, 'drain');
  };
  for (const f of files) {
    const path = join(dir, f);
    if ((await stat(path)).size <= wholeFileLimit) {
      const whole = new WholeFileDeflateEntry(f);
      whole.mtime = fixedMtime();
      zip.add(whole);
      whole.push(await readFile(path), true);
      await drained();
      continue;
    }
    const entry = new NativeDeflateEntry(f);
    entry.mtime = fixedMtime();
    zip.add(entry);
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      entry.push(chunk as Uint8Array, false);
      await entry.ready();
      await drained();
    }
    entry.push(new Uint8Array(0), true);
    await entry.done;
    await drained();
  }
  zip.end();
  if (!stream.writableFinished) await once(stream, 'finish');
  if (failure) throw failure;
}

/**
 * A small zip built in memory from named entries, in the given order, with
 * the fixed timestamp and the given zlib level (default 6): how an .xlsx
 * written by exceljs (whose zip entries carry the time of writing) is
 * re-packed so two builds give the same bytes.
 */
export function zipInMemory(entries: ReadonlyArray<readonly [string, Uint8Array]>, level = 6): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    const entry = new WholeFileDeflateEntry(name, level);
    entry.mtime = fixedMtime();
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
