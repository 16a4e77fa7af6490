import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeZip } from './archive';
import { checksumFile, zipFile, type DataSet, type Digest } from './dataset';

/*
 * Writes the published data folder (DATA-CONTRACT) to disk in one pass:
 * every file is streamed from its row generator to the file in batches, and
 * hashed while it is written, so no file is ever held whole in memory and no
 * file is rendered twice. Then SHA256SUMS (from those hashes) and the zip.
 */

/**
 * The environment variable through which the build tells the data page where
 * the data folder was written (set by src/integrations/data-and-search.ts while Astro
 * renders the pages).
 */
export const dataFolderVariable = 'FENGONG_DATA_STAGE';

/** Longest stretch of synchronous writing between two turns of the event loop. */
const yieldEveryMs = 10;

/** Bytes gathered before one write call: large enough that thousands of small files cost one write each. */
const batchBytes = 1024 * 1024;

/** Streams one file's chunks into `path`, returning its SHA-256 and size. */
function writeStreamed(path: string, chunks: Iterable<Uint8Array>): Digest {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  let bytes = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    const buffer = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, pendingBytes);
    for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at, buffer.length - at);
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= batchBytes) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes };
}

export interface PublishedData {
  /** Number of data files (SHA256SUMS and the zip not counted). */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Files in the zip (SHA256SUMS included) and the zip's size. */
  zipped: number;
  zipBytes: number;
  /** Seconds spent writing the data files, and on SHA256SUMS plus the zip. */
  writeSeconds: number;
  zipSeconds: number;
}

/**
 * Writes every data file of `ds` under `dir` (created if needed), then
 * SHA256SUMS and fengong-data.zip. datapackage.json, which records the size
 * and hash of the whole-site tables, is written after them, from the digests
 * taken while they were written. Errors name the file being written.
 */
export async function writeDataFolder(ds: DataSet, dir: string): Promise<PublishedData> {
  const started = performance.now();
  const files = ds.files();
  // datapackage.json last: it needs the digests of the tables.
  const ordered = [...files.filter((f) => f.group !== 'package'), ...files.filter((f) => f.group === 'package')];
  const made = new Set<string>();
  let bytes = 0;
  let yielded = performance.now();
  for (const file of ordered) {
    // Writing is synchronous; give the event loop a turn every few
    // milliseconds so the search index, written at the same time from the
    // same process (scripts/write-data-and-search.ts), keeps Pagefind fed.
    if (performance.now() - yielded > yieldEveryMs) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = performance.now();
    }
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    let digest: Digest;
    try {
      digest = file.chunks ? writeStreamed(path, file.chunks()) : writeStreamed(path, [await file.render()]);
    } catch (cause) {
      throw new Error(`could not write data file ${file.path}: ${(cause as Error).message}`, { cause });
    }
    ds.remember(file.path, digest);
    bytes += digest.bytes;
  }
  const written = performance.now();

  // SHA256SUMS in the format of GNU coreutils (`<hex>  <path>`, LF), in byte order of the path.
  writeFileSync(join(dir, checksumFile), files.map((f) => `${ds.digest(f.path).sha256}  ${f.path}\n`).join(''));
  // The data package (DataSet.inZip), with SHA256SUMS.
  const zipped = [...files.filter((f) => ds.inZip(f)).map((f) => f.path), checksumFile];
  await writeZip(dir, zipped, join(dir, zipFile));
  return {
    files: files.length,
    bytes,
    zipped: zipped.length,
    zipBytes: statSync(join(dir, zipFile)).size,
    writeSeconds: (written - started) / 1000,
    zipSeconds: (performance.now() - written) / 1000,
  };
}

/**
 * Sizes and SHA-256 of already written data files, read from the folder's
 * SHA256SUMS and the files themselves: how the data page shows them without
 * rendering the tables again.
 */
export function writtenDigests(dir: string, paths: readonly string[]): Map<string, Digest> {
  const sums = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(dir, checksumFile), 'utf8');
  } catch (cause) {
    throw new Error(`data files: cannot read ${join(dir, checksumFile)}; the data step did not finish: ${(cause as Error).message}`, { cause });
  }
  for (const line of text.split('\n')) if (line.length > 66) sums.set(line.slice(66), line.slice(0, 64));
  const out = new Map<string, Digest>();
  for (const path of paths) {
    const sha256 = sums.get(path);
    if (!sha256) throw new Error(`data files: ${path} is not listed in ${join(dir, checksumFile)}`);
    out.set(path, { sha256, bytes: statSync(join(dir, path)).size });
  }
  return out;
}

/**
 * Lets the data page show the sizes and checksums of the written files: the
 * whole-site tables and metadata files of `ds` take their digests from `dir`,
 * and the zip's size is returned. Without a written folder (`astro dev`) the
 * page computes the digests itself and shows no zip size.
 */
export function adoptWrittenFolder(ds: DataSet, dir: string | undefined): { zipBytes: number | null } {
  if (!dir) return { zipBytes: null };
  const shown = ds
    .files()
    .filter((f) => f.group === 'table' || f.group === 'workbook' || f.group === 'schema' || f.group === 'package')
    .map((f) => f.path);
  for (const [path, digest] of writtenDigests(dir, shown)) ds.remember(path, digest);
  return { zipBytes: statSync(join(dir, zipFile)).size };
}
