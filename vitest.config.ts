import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { appCatalog } from './src/server/build/app-catalog.ts';

/** Node tests that replace fetch or location for the whole file. */
const STUBS = ['src/features/connection/check-connection.test.ts', 'src/lib/authentik/mode.test.ts', 'src/lib/authentik/client.test.ts'];

// Kept apart from vite.config.ts so unit tests never start the proxy or the demo authentik.
export default defineConfig({
  // The browser's catalog modules (src/integrations/registry.ts), as the build writes them.
  plugins: [appCatalog({ dir: fileURLToPath(new URL('./src/integrations/', import.meta.url)) })],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        // Node tests share their worker's modules (the compiled catalog, the schemas): loading them once
        // per worker instead of once per file halves the suite's time. Every file still gets its own
        // simulator; none may rely on module state or mocks.
        extends: true,
        test: { name: 'node', include: ['src/**/*.test.ts', 'packages/*/src/**/*.test.ts', '.ci/**/*.test.ts'], exclude: STUBS, isolate: false },
      },
      // Screens (jsdom) and tests that stub globals keep a fresh module registry per file.
      { extends: true, test: { name: 'isolated', include: ['src/**/*.test.tsx', ...STUBS] } },
    ],
  },
});
