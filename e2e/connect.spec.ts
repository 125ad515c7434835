import { test, expect } from './support/fixtures';
import { closedPort, connect } from './support/wizard';

test.describe('An admin connects the wizard to their authentik', () => {
  test('with a superuser token they see who is connected, the version and that they may create pairs', async ({ page, simulator, authentikUrl }) => {
    await connect(page, authentikUrl, simulator.tokens.superuser);
    const summary = page.getByTestId('connection-summary');
    await expect(summary).toContainText(`Connected to ${new URL(authentikUrl).host}`);
    await expect(summary).toContainText('akadmin');
    await expect(summary).toContainText('2026.8.3');
    await expect(summary.locator('dt:text-is("Superuser") + dd')).toHaveText('yes');
    await expect(page.getByText('This user is not a superuser')).toHaveCount(0);
    // The token never reaches the address bar.
    expect(page.url()).not.toContain(simulator.tokens.superuser);
  });

  test('a wrong token is refused with what to do, and both inputs are kept', async ({ page, authentikUrl }) => {
    await connect(page, authentikUrl, 'not-a-real-token');
    await expect(page.getByRole('alert')).toContainText('authentik does not accept this token');
    await expect(page.getByRole('alert')).toContainText('Tokens and App passwords');
    await expect(page.getByLabel('authentik URL')).toHaveValue(authentikUrl);
    await expect(page.getByLabel('API token')).toHaveValue('not-a-real-token');
  });

  test('without a token the form says to paste one and sends nothing', async ({ page, simulator, authentikUrl }) => {
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('Paste an API token of your authentik.')).toBeVisible();
    expect(simulator.requests.filter((r) => r.path.startsWith('/api/v3/'))).toEqual([]);
  });

  test('an unreachable host is explained, not a spinner forever', async ({ page }) => {
    const port = await closedPort();
    await connect(page, `http://127.0.0.1:${port}`, 'whatever-token');
    await expect(page.getByRole('alert')).toContainText(`Could not reach 127.0.0.1:${port}`);
    await expect(page.getByRole('alert')).toContainText('Nothing accepted the connection');
  });

  test('a plain-http address on the network is refused before anything is sent', async ({ page }) => {
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill('http://authentik.company');
    await page.getByLabel('API token').fill('abc');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText(/Use https:\/\/ for authentik/)).toBeVisible();
  });

  test('a token pasted into the address field is recognised and refused before anything is sent', async ({ page, simulator }) => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/v3/')) apiCalls.push(request.url());
    });
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill(simulator.tokens.superuser);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('This looks like an API token, not an address, so nothing was sent.')).toBeVisible();
    await expect(page.getByText('Paste the token into the “API token” field')).toBeVisible();
    await page.waitForTimeout(300);
    expect(apiCalls).toEqual([]);
    expect(simulator.requests.filter((r) => r.path.startsWith('/api/v3/'))).toEqual([]);
  });

  for (const [what, body] of [
    ['an object of another shape', { foo: 1 }],
    ['an array', [{ user: { username: 'x' } }]],
  ] as const) {
    test(`a server that answers users/me with ${what} is called out as not authentik, not a crash screen`, async ({
      page,
      simulator,
      authentikUrl,
    }) => {
      simulator.faults.add({ method: 'GET', path: '/api/v3/core/users/me/', status: 200, body, headers: { 'Content-Type': 'application/json' } });
      await connect(page, authentikUrl, simulator.tokens.superuser);
      await expect(page.getByRole('alert')).toContainText(`This does not look like authentik at ${new URL(authentikUrl).host}`);
      await expect(page.getByRole('alert')).toContainText('What to do: Check the address.');
      await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
      await expect(page.getByLabel('authentik URL')).toHaveValue(authentikUrl);
      await expect(page.getByRole('banner')).toContainText('Not connected');
    });
  }

  test('a non-superuser learns which permissions creating a pair needs', async ({ page, simulator, authentikUrl }) => {
    await connect(page, authentikUrl, simulator.tokens.regular);
    await expect(page.getByTestId('connection-summary')).toContainText('Connected to');
    await expect(page.getByTestId('connection-summary').locator('dt:text-is("Superuser") + dd')).toHaveText('no');
    const warning = page.getByText('This user is not a superuser').locator('..');
    await expect(warning).toContainText('authentik_core.add_application');
    await expect(warning).toContainText('Directory › Roles');
  });

  test('the built-in demo authentik works with one click and is labelled as simulated', async ({ page }) => {
    await page.goto('/connect');
    await page.getByRole('button', { name: 'Use the demo authentik (simulated)' }).click();
    await expect(page.getByTestId('connection-summary')).toContainText('Simulated demo authentik');
    await expect(page.getByRole('banner')).toContainText('Demo (simulated)');
  });

  test('an expired token gets the same clear answer as a wrong one', async ({ page, simulator, authentikUrl }) => {
    await connect(page, authentikUrl, simulator.tokens.expired);
    await expect(page.getByRole('alert')).toContainText('authentik does not accept this token');
  });
});

test('a colleague who opens a shared link to a created pair is never shown “Connect to authentik” as done before connecting', async ({ page }) => {
  await page.goto('/osticket/pair/osticket/verify?url=https%3A%2F%2Fhelpdesk.example.com');
  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  await expect(steps.getByRole('listitem').filter({ hasText: 'Connect to authentik' })).toHaveAttribute('data-status', 'todo');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Connect to authentik' })).toContainText('(to do)');
  await expect(page.getByLabel('authentik URL')).toBeVisible();
});
