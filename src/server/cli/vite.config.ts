/**
 * Bundles the published wizard's server (src/server/cli/main.ts) into server/cli.mjs: the local
 * proxy and, loaded on first use, the demo authentik with the simulator and its dependencies, so
 * nothing but Node is needed at run time. `npm run build:cli` (part of `npm pack`).
 *
 * The simulator reads each release's official OpenAPI schema from the `@goauthentik/api-*`
 * devDependencies, which an installed wizard does not have. The bundle ships them gzipped in
 * server/schemas/ and its copy of the schema loader reads them from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { schemaFilePath } from '../../../packages/authentik-simulator/src/contract/schema-loader.ts';
import { RELEASES } from '../../lib/authentik/releases.ts';
import type { ReleaseId } from '../../lib/authentik/releases.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LOADER = 'packages/authentik-simulator/src/contract/schema-loader.ts';
const ORIGINAL = 'export function schemaFilePath(';

/** A release's schema, gzipped, read from where the simulator finds it in the repository. */
function gzippedSchema(release: ReleaseId): Buffer {
  const file = schemaFilePath(release);
  return file.endsWith('.gz') ? readFileSync(file) : gzipSync(readFileSync(file), { level: 9 });
}

function bundledSchemas(): Plugin {
  return {
    name: 'wizard-cli-bundled-schemas',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(LOADER)) return null;
      if (!code.includes(ORIGINAL)) this.error(`${LOADER} no longer declares "${ORIGINAL}"; update src/server/cli/vite.config.ts`);
      // The original stays (renamed, unused); every caller in the module now reads server/schemas/.
      return `${code.replace(ORIGINAL, 'function schemaFilePathInRepository(')}
export function schemaFilePath(release = NEWEST_RELEASE) {
  return fileURLToPath(new URL('./schemas/authentik-' + release + '.yml.gz', import.meta.url));
}
`;
    },
    generateBundle() {
      for (const release of RELEASES) {
        this.emitFile({ type: 'asset', fileName: `schemas/authentik-${release}.yml.gz`, source: gzippedSchema(release) });
      }
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [bundledSchemas()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'src/server/cli/main.ts'),
    outDir: join(root, 'server'),
    emptyOutDir: true,
    ssrEmitAssets: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'cli.mjs',
        // Chunks sit next to cli.mjs, so import.meta.url finds ./schemas/ from any of them.
        chunkFileNames: 'cli-[name]-[hash].mjs',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
