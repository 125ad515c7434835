import { test, expect } from './support/fixtures';
import { connect } from './support/wizard';

// The e2e simulator can speak any supported release; stories pick one with test.use().
for (const [release, version] of [['2025.4', '2025.4.1'], ['2025.10', '2025.10.4']] as const) {
  test.describe(`An admin connects to authentik ${release}`, () => {
    test.use({ authentikRelease: release });

    test('sees that release as the connected version', async ({ page, simulator, authentikUrl }) => {
      expect(simulator.release).toBe(release);
      await connect(page, authentikUrl, simulator.tokens.superuser);
      await expect(page.getByTestId('connection-summary')).toContainText(version);
    });
  });
}
