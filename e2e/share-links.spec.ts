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

  test('a link with a token is refused, and the token leaves the address bar and history at once', async ({ page }) => {
    await page.goto('/youtrack?url=https%3A%2F%2Fyoutrack.example.com&token=ak-leaked-secret');
    await expect(page.getByText('This link carried a secret, and the wizard removed it')).toBeVisible();
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

  test('the app’s owner opens an existing pair’s configuration from a link, read from authentik', async ({ page, browser, simulator, authentikUrl }) => {
    await createPairThroughWizard(page, { app: 'YouTrack', inputs: { 'YouTrack URL': 'https://youtrack.example.com' }, authentikUrl, token: simulator.tokens.superuser });
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
});
