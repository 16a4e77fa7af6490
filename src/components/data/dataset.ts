import { DataSet } from '../../lib/data/dataset';
import { publicationFromConfig } from '../../lib/data/publication';
import { getSiteConfig } from '../../lib/site/config';
import { getCatalog } from '../../site/catalog';

let cached: Promise<DataSet> | undefined;

/**
 * The site's data set, built once per build from the catalog and the site
 * configuration and shared by the data endpoints, the data page and the
 * download components (its checksums are computed once).
 */
export function getDataSet(): Promise<DataSet> {
  cached ??= getCatalog().then((catalog) => new DataSet(catalog, publicationFromConfig(getSiteConfig(), import.meta.env.BASE_URL)));
  return cached;
}
