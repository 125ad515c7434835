import { expect, type Page } from '@playwright/test';

export const OSTICKET_URL = 'helpdesk.example.com/support/';
export const OSTICKET_REDIRECT = 'https://helpdesk.example.com/support/api/auth/oauth2';

/** The environment global-setup.ts hands to the stories. */
export function deployEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these stories with npm run test:deploy (e2e/deploy/global-setup.ts)`);
  return value;
}

/**
 * An admin opens the wizard at `appUrl` (its base, ending in "/"), picks osTicket, types its
 * address, connects (to the demo, or to `authentik` with a token), reviews and creates the pair.
 */
export async function createOsTicket(
  page: Page,
  appUrl: string,
  authentik: 'demo' | { url: string; token: string },
  connection: string,
): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('link', { name: /osTicket/ }).click();
  await page.getByLabel('osTicket URL', { exact: true }).fill(OSTICKET_URL);
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  if (authentik === 'demo') {
    await page.getByRole('button', { name: 'Use the demo authentik (simulated)' }).click();
  } else {
    await page.getByLabel('authentik URL').fill(authentik.url);
    await page.getByLabel('API token').fill(authentik.token);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
  }
  const summary = page.getByTestId('connection-summary');
  await expect(summary).toContainText(connection);
  await page.getByRole('button', { name: 'Next: review' }).click();
  await page.getByRole('button', { name: 'Create application and provider' }).click();
  await expect(page.getByRole('heading', { name: 'Configure osTicket' })).toBeVisible();
}

/** Copies a value from the IdP section of the configuration screen, as the admin would. */
export async function copyIdpValue(page: Page, label: string): Promise<string> {
  const idp = page.getByRole('region', { name: /IdP/ });
  const button = idp.getByRole('button', { name: `Copy ${label}`, exact: true });
  await button.click();
  await expect(button.getByText('Copied')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}
