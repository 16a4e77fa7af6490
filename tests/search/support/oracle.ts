import type { Catalog } from '../../../src/lib/catalog';
import { planShortTitle, unitSearchNames } from '../../../src/lib/search/records';
import { normalizeText, textRuns } from '../../../src/lib/search/tokens';
import { urls } from '../../../src/lib/urls';

/**
 * What a reader expects a query to find, decided from the documents alone
 * (no index, no bigrams): every word of the query (each run of Chinese
 * characters, each number) appears, as written, in what the document says
 * about the requirement: its text, its responsible-units cell, the names the
 * unit registry gives its units (canonical name, aliases, the unit before or
 * after a reform), the section and task it stands under, the plan's region
 * and year. A plan is expected when the words appear in its title, issuer,
 * document number or the numbers of the documents it implements.
 * For a theme query, requirements tagged with the theme are expected too.
 * `words` says what a careful reader means when the query is a phrase typed
 * without spaces (疫情信息公开: 疫情, 信息公开), a question (市财政局要做什么:
 * 市财政局) or has a slip (市卫生建康局: 市卫生健康局); by default, the runs
 * of the query as typed.
 */
export function expectedFor(catalog: Catalog, query: string, options: { theme?: string; words?: readonly string[] } = {}): string[] {
  const at = urls('/');
  const words = options.words ? options.words.flatMap((w) => textRuns(w)) : textRuns(query);
  const contains = (fields: Array<string | null | undefined>) => {
    const text = normalizeText(fields.filter(Boolean).join('\n'));
    return words.length > 0 && words.every((w) => text.includes(w));
  };
  const out: string[] = [];
  for (const p of catalog.plans) {
    const plan = p.data;
    if (contains([plan.title, planShortTitle(plan), plan.issuer, plan.docNumber, ...plan.upstream, plan.region.name, `${plan.year}年`])) out.push(at.plan(p.id));
  }
  const themeId = options.theme ? catalog.themes.find((t) => t.name === options.theme)?.id : undefined;
  for (const item of catalog.requirements) {
    const r = item.requirement;
    const unitNames = r.units.flatMap((a) => {
      const unit = catalog.unitById.get(a.unit);
      return unit ? unitSearchNames(unit, catalog) : [a.name];
    });
    const fields = [r.text, r.unitsRaw, ...unitNames, item.section.title, item.task?.title, r.deadline, item.plan.region.name, `${item.plan.year}年`];
    if (contains(fields) || (themeId !== undefined && item.themes.includes(themeId))) out.push(at.requirement(item.planId, r.id));
  }
  return out;
}
