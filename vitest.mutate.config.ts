import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { appCatalog } from './src/server/build/app-catalog.ts';

// Only the tests that exercise the security-critical modules Stryker mutates (stryker.config.json),
// so a mutation run takes minutes, not the whole suite per mutant. The simulator battery is left out:
// focused unit tests next to each module cover what it would (it runs in npm test).
export default defineConfig({
  plugins: [appCatalog({ dir: fileURLToPath(new URL('./src/integrations/', import.meta.url)) })],
  test: {
    include: [
      'src/lib/authentik/client.test.ts',
      'src/lib/authentik/base-url.test.ts',
      'src/lib/authentik/problem.test.ts',
      'src/app/link-guard.test.ts',
      'src/features/wizard/engine/credentials-in-url.test.ts',
      'src/features/wizard/engine/share-link.test.ts',
      'src/features/wizard/engine/error-owners.test.ts',
      'src/integrations/share-links.test.ts',
      'src/server/proxy/check-target.test.ts',
      'src/server/proxy/request-guards.test.ts',
      'src/server/proxy/proxy-access.test.ts',
      'src/features/wizard/engine/resolve-context.test.ts',
      'src/features/wizard/engine/checks/common.test.ts',
      'src/features/wizard/protocols/oidc/checks.test.ts',
      'src/features/wizard/protocols/oidc/events.test.ts',
      'src/features/wizard/protocols/saml/checks.test.ts',
      'src/features/wizard/api/pair.test.ts',
      'src/features/wizard/engine/describe-request.test.ts',
    ],
    environment: 'node',
    // Property tests read this and run a light sample per mutant (full counts stay in npm test).
    env: { STRYKER: '1' },
    testTimeout: 5_000,
  },
});
