import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { appCatalog } from './src/server/build/app-catalog.ts';

// Kept apart from vite.config.ts so unit tests never start the proxy or the demo authentik.
export default defineConfig({
  // The browser's catalog modules (src/integrations/registry.ts), as the build writes them.
  plugins: [appCatalog({ dir: fileURLToPath(new URL('./src/integrations/', import.meta.url)) })],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.ts', '.ci/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
