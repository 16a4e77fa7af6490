import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { ImportError } from '../errors';
import { htmlToDocument } from './html';
import { convertWithLibreOffice, officeKind } from './office';
import { readPdf } from './pdf';
import type { SourceDocument } from './source-document';
import { textToDocument } from './text';
import { simplifyIfTraditional } from './traditional';
import { readXlsx } from './xlsx';
import { assertZipWithinBounds, readBounded } from './bounds';

/** Largest input read: real plans are tens of kilobytes (a .docx with images a few megabytes). */
export const maxSourceBytes = 20 * 1024 * 1024;
/** Largest HTML page parsed: saved government pages are well under a megabyte. */
export const maxHtmlBytes = 8 * 1024 * 1024;

export type SourceFormat = 'text' | 'html' | 'docx' | 'xlsx' | 'pdf' | 'json';

export interface Source {
  /** The document as the importer reads it: paragraphs and table rows. */
  document: SourceDocument;
  /** The file's text (for .json, the plan document; for other formats, the document's lines joined). */
  text: string;
  format: SourceFormat;
  /** SHA-256 of the file as it is, whatever its format. */
  sha256: string;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The file's text: UTF-8 (a few broken bytes allowed: a text cut mid-character), else the Chinese encoding a page
 * declares or a text file saved as "ANSI" on Chinese Windows is in (GBK, GB2312 and GB18030 read as GB18030, Big5), as a
 * browser reads them. Returns the text and, when it was not UTF-8, a note for the review report.
 */
function decodeText(bytes: Uint8Array): { text: string; note?: string } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length <= text.length / 100) return { text: text.replace(/^\uFEFF/, '') };
  const declared = declaredCharset(bytes);
  const encoding = declared === 'big5' || declared === 'big5-hkscs' ? 'big5' : 'gb18030';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), note: `read as ${declared ? `${declared.toUpperCase()}, the encoding the page declares` : 'GBK (GB18030), the file not being UTF-8'}` };
  } catch {
    throw new ImportError(`the file is neither UTF-8 nor ${encoding === 'big5' ? 'Big5' : 'GBK'} text: save it again as UTF-8 (in Notepad: 另存为, 编码 UTF-8) or convert it with: iconv -f <its encoding> -t UTF-8 file > file.utf8.txt`);
  }
}

/** The Chinese encoding an HTML page declares in its head (<meta charset="gbk">, content="text/html; charset=GB2312"), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta\b[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return charset && /^(?:gb2312|gbk|x-gbk|gb18030|big5|big5-hkscs)$/.test(charset) ? charset : null;
}

/**
 * Reads a plan document: text exports (.txt, .md) as UTF-8; .docx through
 * mammoth; .xlsx through exceljs; PDF from its text layer; .doc, .wps, .odt,
 * .xls, .et, .ods converted to .docx/.xlsx by LibreOffice first; .html pages
 * as saved from a government site; .json as published by Fengong
 * (data/plans/<id>.json). The format is decided from the content where it
 * says (PDF, OLE2, zip, HTML), else from the extension. Documents in
 * traditional characters are converted to simplified.
 */
export async function readSource(file: string): Promise<Source> {
  const bytes = readBounded(file, maxSourceBytes);
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return converted(await readPdf(bytes), 'pdf', sha256);
  const office = officeKind(bytes, file);
  const data = office ? Buffer.from(await convertWithLibreOffice(file, bytes, office.target)) : bytes;
  const note = office ? [`converted with LibreOffice from the ${office.name} to .${office.target}`] : [];
  const zip = startsWith(data, [0x50, 0x4b, 0x03, 0x04]);
  if (zip) assertZipWithinBounds(data);
  if (office?.target === 'xlsx' || (!office && (ext === '.xlsx' || (zip && data.includes('xl/workbook.xml'))))) {
    const doc = await readXlsx(data);
    return converted({ ...doc, notes: [...note, ...doc.notes] }, 'xlsx', sha256);
  }
  if (zip || ext === '.docx') {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: data })).value;
    } catch (e) {
      throw new ImportError(`not a readable .docx file (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): save it again from Word or WPS as .docx`);
    }
    if (!html.trim()) throw new ImportError('the .docx file has no text');
    const doc = htmlToDocument(html);
    return converted({ ...doc, notes: [...note, ...doc.notes] }, 'docx', sha256);
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return fromText(new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, ''), ext, bytes.length, sha256);
  if (bytes.subarray(0, 4096).includes(0)) throw new ImportError('the file is binary, not text: give a .txt, .docx, .html or .json file');
  const { text, note: decoded } = decodeText(bytes);
  const source = fromText(text, ext, bytes.length, sha256);
  return decoded ? { ...source, document: { ...source.document, notes: [decoded, ...source.document.notes] } } : source;
}

/** UTF-16 text (Windows Notepad's “Unicode”): by its byte-order mark, or by the zero bytes of ASCII and CJK text, which fall on every other byte. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  // Line breaks and ASCII put a zero in one byte of a pair only (CJK rarely: 1 in 256); binary files have zeros on both sides.
  if (oddZero > pairs * 0.01 && evenZero * 4 < oddZero) return 'utf-16le';
  if (evenZero > pairs * 0.01 && oddZero * 4 < evenZero) return 'utf-16be';
  return null;
}

/** A decoded text file: Fengong's plan JSON, a saved web page, or a text export. */
function fromText(text: string, ext: string, size: number, sha256: string): Source {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (ext === '.json' || (head.startsWith('{') && /"sections"\s*:/.test(text.slice(0, 200_000)))) return { document: { lines: [], notes: [] }, text, format: 'json', sha256 };
  if (ext === '.html' || ext === '.htm' || head.startsWith('<!doctype html') || head.startsWith('<html') || /^<meta[\s>]/.test(head)) {
    if (size > maxHtmlBytes) throw new ImportError(`the page is ${size} bytes; saved plan pages are far smaller (limit ${maxHtmlBytes})`);
    return converted(htmlToDocument(text), 'html', sha256);
  }
  return { document: simplifyIfTraditional(textToDocument(text)), text, format: 'text', sha256 };
}

function converted(read: SourceDocument, format: SourceFormat, sha256: string): Source {
  const document = simplifyIfTraditional(read);
  return { document, text: document.lines.map((l) => l.text).join('\n'), format, sha256 };
}
