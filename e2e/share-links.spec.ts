import { test, expect } from './support/fixtures';
import { copyFromSection, createPairThroughWizard } from './support/wizard';

test.describe('Shared links prefill the wizard and never carry a secret', () => {
  test('a link copied from the review step reproduces every input in a fresh browser', async ({ page, browser, simulator, authentikUrl }) => {
    await page.goto('/cloudflare-access');
    await page.getByLabel('Team name', { exact: true }).fill('acme');
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByText('Advanced: name, slug, flows and signing key').click();
    await page.getByLabel('Authorization flow').selectOption('default-provider-authorization-explicit-consent');
    await page.getByLabel('Slug').fill('cf-team');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).not.toContain(simulator.tokens.superuser);
    expect(new URL(link).pathname).toBe('/cloudflare-access/review');

    const colleague = await browser.newContext();
    const other = await colleague.newPage();
    await other.goto(link);
    // The colleague brings their own token; the address is prefilled.
    await expect(other.getByLabel('authentik URL')).toHaveValue(authentikUrl);
    // The address came with the link, so the colleague confirms it is their authentik.
    await other.getByLabel(`I trust ${new URL(authentikUrl).host}`).check();
    await other.getByLabel('API token').fill(simulator.tokens.superuser);
    await other.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(other.getByRole('heading', { name: 'Review what will be created' })).toBeVisible();
    await expect(other.getByText('https://acme.cloudflareaccess.com/cdn-cgi/access/callback').first()).toBeVisible();
    await other.getByText('Advanced: name, slug, flows and signing key').click();
    await expect(other.getByLabel('Slug')).toHaveValue('cf-team');
    await expect(other.getByLabel('Authorization flow')).toHaveValue('default-provider-authorization-explicit-consent');
    // Nothing was created by opening the link.
    expect(simulator.state.applications.filter((a) => a.slug === 'cf-team')).toEqual([]);
    await colleague.close();
  });

  test('invalid values in a link are shown on their fields, safely, and nothing runs', async ({ page }) => {
    await page.goto(`/osticket?url=${encodeURIComponent('"><img src=x onerror="window.__pwned=1">')}&unknown=1`);
    const field = page.getByLabel('osTicket URL', { exact: true });
    await expect(field).toHaveValue('"><img src=x onerror="window.__pwned=1">');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('a link with a token is refused, the token leaves the address bar and this tab’s back history, and the admin is told to rotate it', async ({
    page,
  }) => {
    await page.goto('/youtrack?url=https%3A%2F%2Fyoutrack.example.com&token=ak-leaked-secret');
    const notice = page.getByRole('status').filter({ hasText: 'This link carried a secret: treat it as leaked' });
    await expect(notice).toBeVisible();
    // It says only what is true: the browser's history still has the link.
    await expect(notice).toContainText('still in this browser’s history');
    await expect(notice).toContainText('rotate the secret');
    await expect(notice).toContainText('History › Delete browsing data');
    await expect(notice).not.toContainText('gone from the address bar and the browser history');
    expect(page.url()).not.toContain('ak-leaked-secret');
    await expect(page.getByLabel('YouTrack URL', { exact: true })).toHaveValue('https://youtrack.example.com');
    // The entry was replaced, not added: going back leaves the wizard instead of revisiting the token.
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('ak-leaked-secret');
  });

  test('a damaged link degrades to an empty form with a message', async ({ page }) => {
    await page.goto('/cloudflare-access?team=%E0%A4%A');
    await expect(page.getByText('This link was damaged')).toBeVisible();
    await expect(page.getByLabel('Team name', { exact: true })).toHaveValue('');
  });

  test('the app’s owner opens an existing pair’s configuration from a link, read from authentik', async ({
    page,
    browser,
    simulator,
    authentikUrl,
  }) => {
    await createPairThroughWizard(page, {
      app: 'YouTrack',
      inputs: { 'YouTrack URL': 'https://youtrack.example.com' },
      authentikUrl,
      token: simulator.tokens.superuser,
    });
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe('/youtrack/pair/youtrack');

    const owner = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const other = await owner.newPage();
    await other.goto(link);
    await other.getByLabel(`I trust ${new URL(authentikUrl).host}`).check();
    await other.getByLabel('API token').fill(simulator.tokens.superuser);
    await other.getByRole('button', { name: 'Connect', exact: true }).click();
    const section = (await other.getByRole('region').first().getByRole('heading').first().textContent()) ?? '';
    expect(await copyFromSection(other, section, 'IdP entity ID')).toBe(`${authentikUrl}/application/saml/youtrack/metadata/`);
    await owner.close();
  });

  test('a password typed into an address field never reaches the address bar, its history or a share link', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __addresses: string[] }).__addresses = seen;
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
          seen.push(String(url ?? ''));
          original(state, unused, url);
        };
      }
    });
    await page.goto('/osticket');
    const field = page.getByLabel('osTicket URL', { exact: true });
    // The page drawn at build time takes no text until the app is live (ADR 0011).
    await expect(field).toBeEditable();
    await field.pressSequentially('https://admin:hunter2@osticket.example');
    await field.blur();
    await expect(page.locator('.field-error')).toBeVisible();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const addresses = await page.evaluate(() => (window as unknown as { __addresses: string[] }).__addresses);
    expect(addresses.length).toBeGreaterThan(0);
    for (const written of [...addresses, page.url(), link]) {
      expect(decodeURIComponent(written)).not.toContain('hunter');
      expect(decodeURIComponent(written)).not.toContain('@osticket');
    }
    // Corrected, the address goes to the address bar as usual.
    await field.fill('https://osticket.example');
    await expect.poll(() => new URL(page.url()).searchParams.get('url')).toBe('https://osticket.example');
  });
});

test.describe('A share link names the authentik the admin is connected to', () => {
  test.use({ tokenMayBeInSessionStorage: true });

  test('a crafted authentik address in the address bar does not end up in the share link', async ({ page, simulator, authentikUrl }) => {
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByLabel(/Remember the token in this tab/).check();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    // A crafted link opened in the same tab: the remembered connection comes back, the ak= stays in the address bar.
    await page.goto('/osticket?url=https%3A%2F%2Fosticket.example.com&ak=https%3A%2F%2Fevil.example');
    await expect(page.getByRole('banner')).toContainText('akadmin');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get('ak')).toBe(authentikUrl);
    expect(link.searchParams.get('url')).toBe('https://osticket.example.com');
  });
});
