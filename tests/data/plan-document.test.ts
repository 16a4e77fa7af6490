import { describe, expect, it } from 'vitest';
import { toPlanDocument } from '../../src/lib/plan-document';
import { bundledDataSet, text } from './helpers';

describe('data/plans/<id>.json has the importer’s --json shape', () => {
  const ds = bundledDataSet();
  it.each(ds.catalog.plans.map((p) => [p.id, p] as const))('%s', (id, plan) => {
    const published = JSON.parse(text(ds.bytes(`plans/${id}.json`))) as Record<string, unknown>;
    const document = toPlanDocument(id, plan.data, plan.body ?? '', ds.catalog.themes);
    // The published file trims the notice and writes an absent one as null.
    expect({ ...published, notice: published['notice'] ?? '' }).toEqual(JSON.parse(JSON.stringify({ ...document, notice: document.notice.trim() })));
  });
});
