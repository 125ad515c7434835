import { defineConfig } from '@playwright/test';

// The three ways admins run the wizard (npx, same origin behind nginx, CORS behind nginx), set up by
// e2e/deploy/global-setup.ts. Run by .ci/run as its own step: npm run test:deploy (not part of npm test).
export default defineConfig({
  testDir: './e2e/deploy',
  testMatch: '**/*.deploy.ts',
  globalSetup: './e2e/deploy/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  globalTimeout: 5 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/deploy',
  use: {
    trace: 'retain-on-failure',
    // nginx serves the self-signed certificate the setup made a moment ago.
    ignoreHTTPSErrors: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
