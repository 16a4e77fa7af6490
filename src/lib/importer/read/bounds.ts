import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { ImportError } from '../errors';

/**
 * Bounds on what reading a file may cost, checked before the expensive step:
 * a 1.5 MB “.docx” that inflates to gigabytes (a zip bomb) or a device such
 * as /dev/zero that never ends must be refused in a moment, not after the
 * machine runs out of memory.
 */

/** Most bytes all parts of a .docx/.xlsx may inflate to: real plans inflate to a few megabytes. */
export const maxInflatedBytes = 200 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time, so one step can never produce more than ~1,000 × this. */
const chunk = 16 * 1024;

/**
 * Inflates every part of a zip (the .docx/.xlsx container) into the void,
 * counting, and refuses it as soon as the total passes `maxInflatedBytes`.
 * The sizes a zip declares can lie, so they are not trusted: the bytes are counted.
 */
export function assertZipWithinBounds(data: Uint8Array, limit = maxInflatedBytes): void {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, part) => {
      if (error) return; // A broken part: the reader reports it with its own message.
      total += part.length;
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length && !over; at += chunk) unzip.push(data.subarray(at, at + chunk), at + chunk >= data.length);
  } catch {
    return; // Not a zip fflate can read: the format reader says what is wrong.
  }
  if (over) {
    throw new ImportError(`the file unpacks to more than ${Math.round(limit / 1024 / 1024)} MB (a real plan unpacks to a few MB): refused as a zip bomb or a broken file; save it again from Word or WPS`);
  }
}

/**
 * Reads a file of at most `limit` bytes. Refuses what is not a regular file
 * (a folder, /dev/zero, a pipe) before reading, and stops reading at the limit,
 * so neither an endless device nor a huge file is read whole.
 */
export function readBounded(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ImportError('not a regular file (a folder, device or pipe): give the path of a document file');
    if (stat.size > limit) throw new ImportError(`the file is ${stat.size} bytes; plans are far smaller (limit ${limit})`);
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > limit) throw new ImportError(`the file is more than ${limit} bytes; plans are far smaller`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
