import { readFile } from 'node:fs/promises';
import { ImportError } from './index';

/** Largest input read: real plans are tens of kilobytes; anything far larger is not a plan. */
export const maxSourceBytes = 20 * 1024 * 1024;

/**
 * Reads a plan document as text. Text exports (.txt, .md) are read as UTF-8.
 */
export async function readSource(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.length > maxSourceBytes) throw new ImportError(`the file is ${bytes.length} bytes; plans are far smaller (limit ${maxSourceBytes})`);
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.subarray(0, 4096).includes(0)) throw new ImportError('the file is binary, not text (for Word files use .docx)');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length > text.length / 100) {
    throw new ImportError('the file is not UTF-8 text (GBK? convert it with: iconv -f GBK -t UTF-8)');
  }
  return text;
}
