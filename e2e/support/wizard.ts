import type { Page } from '@playwright/test';

/** Opens the Connect step and connects with the given address and token. */
export async function connect(page: Page, authentikUrl: string, token: string) {
  await page.goto('/connect');
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}
