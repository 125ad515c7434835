import { test, expect } from './support/fixtures';
import { connect } from './support/wizard';

test.describe('The wizard is safe to point at a production authentik', () => {
  test('the served app runs under a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  });

  test('every page refuses to be framed and keeps other sites’ windows away (COOP)', async ({ page }) => {
    for (const path of ['/', '/connect', '/osticket/connect?url=https%3A%2F%2Fosticket.example', '/no-such-page']) {
      const response = await page.goto(path);
      expect(response?.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response?.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('by default the token is forgotten on reload, and Disconnect forgets it at once', async ({ page, simulator, authentikUrl }) => {
    await connect(page, authentikUrl, simulator.tokens.superuser);
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('API token')).toHaveValue('');
    await expect(page.getByRole('banner')).toContainText('Not connected');

    await connect(page, authentikUrl, simulator.tokens.superuser);
    await page.getByRole('banner').getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('banner')).toContainText('Not connected');
    await expect(page.getByLabel('API token')).toHaveValue('');
  });

  test('a double click on Create sends exactly one request and creates one pair', async ({ page, simulator, authentikUrl }) => {
    simulator.faults.add({ method: 'PUT', path: '/api/v3/core/transactional/applications/', delayMs: 1500, times: 1 });
    await page.goto('/osticket?url=https%3A%2F%2Fosticket.example.com');
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('button', { name: 'Create application and provider' }).dblclick();
    await expect(page.getByRole('heading', { name: 'Configure osTicket' })).toBeVisible();
    expect(simulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(simulator.state.applications.filter((a) => a.slug === 'osticket')).toHaveLength(1);
  });
});

test.describe('An admin who opts in keeps the token for this tab only', () => {
  test.use({ tokenMayBeInSessionStorage: true });

  test('after a reload the wizard reconnects, and Disconnect removes the token from the tab', async ({ page, simulator, authentikUrl }) => {
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByLabel(/Remember the token in this tab/).check();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('akadmin');
    await page.getByRole('banner').getByRole('button', { name: 'Disconnect' }).click();
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(simulator.tokens.superuser);
  });
});
