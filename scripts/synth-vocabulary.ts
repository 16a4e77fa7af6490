/**
 * Rebuilds bench/synth/vocabulary.json from the original documents kept in
 * public/sources/ (the four seed plans), so the corpus generator reads one
 * small committed file at run time. Run it again when a document is added.
 *
 *   npx tsx scripts/synth-vocabulary.ts [--seeds public/sources]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractVocabulary } from '../bench/synth/extract';

const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seedsDir = at >= 0 ? args[at + 1] : new URL('../public/sources', import.meta.url).pathname;
if (!seedsDir) {
  console.error('--seeds needs a folder of seed documents (*.txt)');
  process.exit(2);
}
const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`${seedsDir}: no *.txt seed documents found`);
  process.exit(1);
}
const vocabulary = extractVocabulary(files.map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') })));
const out = new URL('../bench/synth/vocabulary.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(vocabulary, null, 2)}\n`);
console.log(
  `vocabulary from ${files.length} seeds: ${vocabulary.requirements.length} requirements, ${vocabulary.sectionTitles.length} section titles, ` +
    `${vocabulary.taskTitles.length} task titles, ${vocabulary.unitPatterns.length}+${vocabulary.officePatterns.length} unit patterns, ` +
    `${vocabulary.departments.length} departments, ${vocabulary.noticeParagraphs.length} notice paragraphs → ${out.pathname}`,
);
