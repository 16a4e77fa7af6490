// Exposes the search page's engine to tests (see engine-bundle.ts).
import { SearchSession } from '../../../src/lib/search/engine';
import { parseSearchParams } from '../../../src/lib/search/state';

declare global {
  interface Window {
    fengongSearch: { SearchSession: typeof SearchSession; parseSearchParams: typeof parseSearchParams };
  }
}
window.fengongSearch = { SearchSession, parseSearchParams };
