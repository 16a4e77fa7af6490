/**
 * axe in a page of the built site, for every browser test that checks
 * accessibility:
 *
 *   expect((await axe(page).analyze()).violations).toEqual([]);
 *
 * @axe-core/playwright by default runs axe in each frame (`runPartial`), then
 * opens a blank page in the same context, injects axe there a second time and
 * joins the frames' results in it (`finishRun`): about a second of fixed cost
 * per check, more than axe itself takes on most of the site's pages.
 * The site has no frames (no page renders an <iframe>), so `axe.run` in the
 * page ("legacy mode") runs the same rules on the same DOM and reports the
 * same violations, in about half the time (measured on the sub-path build's
 * 15 page kinds, default mode: 36.5 s -> 16.9 s under the same load).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * An axe check of `page` as it is now, run in the page itself. Only the violations are asked for (axe's documented
 * `resultTypes`: every rule still runs on every node, but the passes and incomplete groups keep one node each instead of
 * every node with its unique selector, which axe computes and Playwright copies out; the tests read the violations only).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}
