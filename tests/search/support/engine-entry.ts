// Exposes the search page's engine to tests (see engine-bundle.ts).
import { openShardedIndex, SearchSession, warmIndex, type PagefindLike, type ShardedIndex } from '../../../src/lib/search/engine';
import { parseSearchParams } from '../../../src/lib/search/state';

declare global {
  interface Window {
    fengongSearch: {
      SearchSession: typeof SearchSession;
      parseSearchParams: typeof parseSearchParams;
      /** Imports the Pagefind bundle; done here because the test runner rewrites import() in evaluated functions. */
      loadPagefind: (path: string) => Promise<PagefindLike>;
      /** The site's sharded index (pagefind/shards.json), as the search page opens it. */
      openIndex: (path: string) => Promise<ShardedIndex>;
      /** What the search page loads ahead when the box gets focus (no text) and while the reader types. */
      warmIndex: typeof warmIndex;
    };
  }
}
window.fengongSearch = {
  SearchSession,
  parseSearchParams,
  loadPagefind: (path) => import(/* @vite-ignore */ path) as Promise<PagefindLike>,
  openIndex: (path) => openShardedIndex(path),
  warmIndex,
};
