import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { ImportError } from './errors';
import { htmlToDocument } from './html';
import { convertWithLibreOffice, officeKind } from './read/office';
import { readPdf } from './read/pdf';
import type { SourceDocument } from './read/source-document';
import { textToDocument } from './read/text';
import { simplifyIfTraditional } from './read/traditional';
import { readXlsx } from './read/xlsx';

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

function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length > text.length / 100) {
    throw new ImportError('the file is not UTF-8 text (GBK? convert it with: iconv -f GBK -t UTF-8 file > file.utf8.txt)');
  }
  return text.replace(/^\uFEFF/, '');
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
  const bytes = await readFile(file);
  if (bytes.length > maxSourceBytes) throw new ImportError(`the file is ${bytes.length} bytes; plans are far smaller (limit ${maxSourceBytes})`);
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return converted(await readPdf(bytes), 'pdf', sha256);
  const office = officeKind(bytes, file);
  const data = office ? Buffer.from(await convertWithLibreOffice(file, bytes, office.target)) : bytes;
  const note = office ? [`converted with LibreOffice from the ${office.name} to .${office.target}`] : [];
  const zip = startsWith(data, [0x50, 0x4b, 0x03, 0x04]);
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
  if (bytes.subarray(0, 4096).includes(0)) throw new ImportError('the file is binary, not text: give a .txt, .docx, .html or .json file');
  const text = decodeUtf8(bytes);
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (ext === '.json' || (head.startsWith('{') && /"sections"\s*:/.test(text.slice(0, 200_000)))) return { document: { lines: [], notes: [] }, text, format: 'json', sha256 };
  if (ext === '.html' || ext === '.htm' || head.startsWith('<!doctype html') || head.startsWith('<html') || /^<meta[\s>]/.test(head)) {
    if (bytes.length > maxHtmlBytes) throw new ImportError(`the page is ${bytes.length} bytes; saved plan pages are far smaller (limit ${maxHtmlBytes})`);
    return converted(htmlToDocument(text), 'html', sha256);
  }
  return { document: simplifyIfTraditional(textToDocument(text)), text, format: 'text', sha256 };
}

function converted(read: SourceDocument, format: SourceFormat, sha256: string): Source {
  const document = simplifyIfTraditional(read);
  return { document, text: document.lines.map((l) => l.text).join('\n'), format, sha256 };
}
