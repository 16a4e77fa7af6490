import { defaultLicense } from '../site/config';
import { urls } from '../urls';
import type { Licence } from '../schema/published';

/**
 * How the data is published: where the site lives and under which licence.
 * Pages build this from the site configuration; tests build it by hand.
 */
export interface Publication {
  /** The deployment's base path, e.g. `/` or `/zwgk/fgfa/`. */
  base: string;
  /**
   * The canonical site origin (e.g. `https://www.leizhou.gov.cn`), when
   * configured. With it every URL in the data is absolute, so a copied CSV
   * still links back; without it URLs are base-relative paths such as
   * `/zwgk/fgfa/plans/2022-leizhou/#r24`.
   */
  site?: string | undefined;
  licence: Licence;
  /** Who publishes this re-publication (the site's owner), when configured. */
  publisher?: string | undefined;
}

/** The parts of the site configuration (fengong.config.yaml) the data needs. */
export interface PublicationConfig {
  siteUrl: string | null;
  license: { id: string; name: string; url: string };
  sponsor: string | null;
}

/** The configured licence (`license: {id, name, url}`) as a Frictionless licence (`{name, title, path}`). */
export function licenceFromConfig(license: PublicationConfig['license']): Licence {
  return { name: license.id, title: license.name, path: license.url };
}

/** Publication settings from the site configuration and the deployment's base path. */
export function publicationFromConfig(config: PublicationConfig, base: string): Publication {
  return {
    base,
    site: config.siteUrl ?? undefined,
    licence: licenceFromConfig(config.license),
    publisher: config.sponsor ?? undefined,
  };
}

/** The default licence (the site configuration's default, CC BY 4.0) in Frictionless form. */
export const defaultLicence: Licence = licenceFromConfig(defaultLicense);

/** The re-publication notice carried by every data file's metadata. */
export const republicationNotice =
  '本数据转载自各级政府公开发布的政务公开工作要点分工方案，经结构化整理后重新发布；如有出入，以原文件为准。每份方案均注明本站保存的原始文件及其 SHA-256 校验值，找到原文网页的注明原文网址（source_url），未找到的该项为空。';

/**
 * What the links to this site in the data are (the data dictionary's note on
 * every such column): full addresses when the site's address is configured
 * (`siteUrl` in fengong.config.yaml), else paths relative to the site's
 * address, which a reader puts the site's address in front of.
 */
export function linkNote(publication: Pick<Publication, 'base' | 'site'>): string {
  const example = dataLinks(publication).plan('2022-leizhou');
  return publication.site
    ? `本站网址均为完整网址，以 ${new URL(publication.base, publication.site).href} 开头，如 ${example}`
    : `本站网址为站内路径（以 ${publication.base} 开头），相对于本站的域名：在前面加上本站的域名即为完整网址，如 ${example}`;
}

/** URLs written into the data: absolute when the site origin is known, else base-relative. */
export function dataLinks(publication: Pick<Publication, 'base' | 'site'>) {
  const u = urls(publication.base);
  const abs = (path: string) => (publication.site ? new URL(path, publication.site).href : path);
  return {
    /** Any base-relative path made public: absolute when the site is known. */
    absolute: abs,
    plan: (planId: string) => abs(u.plan(planId)),
    requirement: (planId: string, requirementId: string) => abs(u.requirement(planId, requirementId)),
    unit: (unitId: string) => abs(u.unit(unitId)),
    theme: (themeId: string) => abs(u.theme(themeId)),
    source: (file: string) => abs(u.source(file)),
    dataFile: (file: string) => abs(u.dataFile(file)),
    data: () => abs(u.data()),
    feed: () => abs(u.feed()),
    home: () => abs(u.home()),
  };
}
export type DataLinks = ReturnType<typeof dataLinks>;
