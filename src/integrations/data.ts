import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishDataFolder } from '../lib/data/archive';
import { checksumFile, zipFile } from '../lib/data/dataset';

/**
 * After the build has written every data file (src/pages/data/[...file].ts),
 * writes data/SHA256SUMS and data/fengong-data.zip from the bytes on disk, so
 * both cover exactly what is published. Runs in `astro:build:done` because
 * only then do all the files exist; a failure stops the build.
 */
export default function data(): AstroIntegration {
  return {
    name: 'fengong:data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dataDir = fileURLToPath(new URL('data/', dir));
        if (!existsSync(dataDir)) throw new Error(`data files: ${dataDir} was not written; is src/pages/data/[...file].ts present?`);
        try {
          const { files } = await finishDataFolder(dataDir);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Wrote ${checksumFile} and ${zipFile} for ${files} data files in ${seconds}s → ${dataDir}`);
        } catch (cause) {
          throw new Error(`data files: could not write ${checksumFile} and ${zipFile} in ${dataDir}: ${(cause as Error).message}`, { cause });
        }
      },
    },
  };
}
