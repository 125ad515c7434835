import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so unit tests never start the proxy or the demo authentik.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.ts', '.ci/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
