import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../errors';

/**
 * Old and open office formats (.doc, .wps, .odt; .xls, .et, .ods) are turned
 * into .docx or .xlsx by LibreOffice, so one reader serves each kind: no
 * JavaScript library reads the binary Word or WPS formats well, and
 * LibreOffice is what converts them faithfully (tables, merged cells).
 */
export type OfficeTarget = 'docx' | 'xlsx';

export interface OfficeKind {
  /** What the file is, for messages and notes. */
  name: string;
  /** What LibreOffice converts it to. */
  target: OfficeTarget;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
/** OLE2 compound file: .doc, .wps, .xls, .et (and .ppt, encrypted .docx). */
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zip = [0x50, 0x4b, 0x03, 0x04];
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
/** An OLE2 directory names its streams in UTF-16LE. */
const hasStream = (bytes: Uint8Array, name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));

/**
 * Which office format the bytes are, by content: the OLE2 magic (a Word or
 * Excel stream inside tells which, else the extension), or a zip whose first
 * entry is the OpenDocument `mimetype`. Undefined for anything else (.docx
 * and .xlsx are read directly).
 */
export function officeKind(bytes: Uint8Array, file = ''): OfficeKind | undefined {
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, ole2)) {
    if (hasStream(bytes, 'WordDocument')) return { name: ext === '.wps' ? 'WPS document (.wps)' : 'Word 97–2003 document (.doc)', target: 'docx' };
    if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return { name: ext === '.et' ? 'WPS spreadsheet (.et)' : 'Excel 97–2003 spreadsheet (.xls)', target: 'xlsx' };
    if (ext === '.xls' || ext === '.et' || ext === '.xlsx') return { name: `spreadsheet (${ext})`, target: 'xlsx' };
    return { name: `${ext === '.wps' ? 'WPS' : 'Word'} document (${ext || '.doc'})`, target: 'docx' };
  }
  // ODF puts an uncompressed "mimetype" entry first: its name at byte 30, its content right after.
  if (startsWith(bytes, zip) && ascii(bytes, 30, 38) === 'mimetype') {
    const mime = ascii(bytes, 38, 38 + 80);
    if (mime.startsWith('application/vnd.oasis.opendocument.text')) return { name: 'OpenDocument text (.odt)', target: 'docx' };
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { name: 'OpenDocument spreadsheet (.ods)', target: 'xlsx' };
  }
  return undefined;
}

export interface ConvertOptions {
  /** The LibreOffice command (tests point it elsewhere). */
  command?: string;
  /** Converting a plan takes seconds; the first run of a fresh profile up to half a minute on a slow machine. */
  timeoutMs?: number;
}

const filters: Record<OfficeTarget, string> = { docx: 'docx:MS Word 2007 XML', xlsx: 'xlsx:Calc MS Excel 2007 XML' };

export const installLibreOffice =
  'Install it: on Debian/Ubuntu `apt-get install -y --no-install-recommends libreoffice-writer-nogui` ' +
  '(and libreoffice-calc-nogui for spreadsheets); on macOS `brew install --cask libreoffice`. ' +
  'Or open the file in Word or WPS and save it as .docx (.xlsx for a spreadsheet), then import that';

/**
 * Converts the file to .docx or .xlsx with `soffice --headless --convert-to`,
 * in a temporary folder with its own LibreOffice profile (so it neither
 * waits for nor disturbs a LibreOffice the user has open), removed after.
 */
export async function convertWithLibreOffice(file: string, bytes: Uint8Array, format: OfficeTarget, options: ConvertOptions = {}): Promise<Uint8Array> {
  const command = options.command ?? 'soffice';
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await mkdtemp(join(tmpdir(), 'fengong-soffice-'));
  try {
    // The extension helps LibreOffice pick its import filter (.wps, .et); the name is ours, never the user's.
    const ext = /^\.[a-z0-9]{1,5}$/i.test(extname(file)) ? extname(file).toLowerCase() : '';
    const input = join(dir, `source${ext}`);
    const outDir = join(dir, 'out');
    await writeFile(input, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', filters[format], '--outdir', outDir, input];
    const result = await run(command, args, timeoutMs);
    if (result.missing) throw new ImportError(`LibreOffice is needed to read this file and is not installed (no \`${command}\` command). ${installLibreOffice}`);
    if (result.timedOut) throw new ImportError(`LibreOffice did not finish converting the file within ${Math.round(timeoutMs / 1000)} s: save it as .${format} from Word or WPS and import that`);
    try {
      return new Uint8Array(await readFile(join(outDir, `source.${format}`)));
    } catch {
      const why = result.output.split('\n').find((l) => /error|fail/i.test(l))?.trim();
      throw new ImportError(`LibreOffice could not convert the file${why ? ` (${why})` : ''}: it may be damaged or password-protected; open it in Word or WPS and save it as .${format}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface RunResult {
  missing: boolean;
  timedOut: boolean;
  output: string;
}

/** Runs the command in its own process group, so a timeout ends soffice.bin too, not only its launcher script. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    let timedOut = false;
    // execFile passes `detached` on to spawn (its types leave it out): the child leads its own process group.
    const options = { detached: true, encoding: 'utf8' as const, maxBuffer: 4 * 1024 * 1024, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } };
    const child = execFile(command, args, options, (err, stdout, stderr) => {
      clearTimeout(timer);
      const missing = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      resolve({ missing, timedOut, output: `${stdout}\n${stderr}` });
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
  });
}
