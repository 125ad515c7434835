import { test, expect } from './support/fixtures';
import { connect } from './support/wizard';

// The e2e simulator can speak any supported release; stories pick one with test.use().
for (const [release, version] of [
  ['2025.4', '2025.4.1'],
  ['2025.10', '2025.10.4'],
] as const) {
  test.describe(`An admin connects to authentik ${release}`, () => {
    test.use({ authentikRelease: release });

    test('sees that release as the connected version', async ({ page, simulator, authentikUrl }) => {
      expect(simulator.release).toBe(release);
      await connect(page, authentikUrl, simulator.tokens.superuser);
      await expect(page.getByTestId('connection-summary')).toContainText(version);
    });
  });
}

test('the demo authentik can be started as an older release, and the wizard says which one answers', async ({ page }) => {
  await page.goto('/connect');
  await page.getByLabel('Release of the demo authentik').selectOption('2025.4');
  await page.getByRole('button', { name: 'Use the demo authentik (simulated)' }).click();
  const summary = page.getByTestId('connection-summary');
  await expect(summary).toContainText('2025.4.1 (supported)');
});
