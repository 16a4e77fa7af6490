import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import { Zip, ZipDeflate } from 'fflate';
import { checksumFile, zipFile } from './dataset';

/*
 * The last step of publishing the data: checksums and the zip, computed from
 * the files as they were written to disk, so they cover the final bytes. Both
 * stream file by file, so a site of any size never holds the data in memory.
 */

/** Files under the data folder that are pages, not data (the data page itself). */
const notData = new Set(['index.html', checksumFile, zipFile]);

/** Every data file under `dir`, as forward-slash paths relative to it, in byte order. */
export async function listDataFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !notData.has(p))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * `SHA256SUMS` in the format of GNU coreutils (`<hex>  <path>`, LF), so
 * `cd data && sha256sum -c SHA256SUMS` checks a download.
 */
export async function writeChecksums(dir: string, files: readonly string[]): Promise<string> {
  const lines: string[] = [];
  for (const f of files) lines.push(`${await sha256File(join(dir, f))}  ${f}\n`);
  const text = lines.join('');
  await writeFile(join(dir, checksumFile), text);
  return text;
}

/**
 * A fixed timestamp for every zip entry, so two builds give the same bytes.
 * Zip stores local wall-clock time and fflate reads the Date's local fields,
 * so the Date is built from local components, at the time of zipping: the
 * stored value is 2000-01-01 00:00 in every time zone.
 */
const fixedMtime = () => new Date(2000, 0, 1, 0, 0, 0);

/** Zips `files` (paths relative to `dir`) into `out`, streaming, in the given order. */
export async function writeZip(dir: string, files: readonly string[], out: string): Promise<void> {
  const stream = createWriteStream(out);
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
    const entry = new ZipDeflate(f, { level: 6 });
    entry.mtime = fixedMtime();
    zip.add(entry);
    for await (const chunk of createReadStream(join(dir, f))) {
      entry.push(chunk as Uint8Array, false);
      await drained();
    }
    entry.push(new Uint8Array(0), true);
    await drained();
  }
  zip.end();
  if (!stream.writableFinished) await once(stream, 'finish');
  if (failure) throw failure;
}

/** Writes SHA256SUMS and the zip for the data folder; returns what it wrote, for the build log. */
export async function finishDataFolder(dir: string): Promise<{ files: number; checksums: string }> {
  const files = await listDataFiles(dir);
  const checksums = await writeChecksums(dir, files);
  await writeZip(dir, [...files, checksumFile], join(dir, zipFile));
  return { files: files.length, checksums };
}
