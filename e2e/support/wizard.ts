import { freePort } from '../../src/server/free-port';
import type { Page } from '@playwright/test';

/** Opens the Connect step and connects with the given address and token. */
export async function connect(page: Page, authentikUrl: string, token: string) {
  await page.goto('/connect');
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** A loopback port nothing listens on (bound, then released). */
export const closedPort = freePort;

export interface WizardRun {
  app: string;
  inputs: Record<string, string>;
  authentikUrl: string;
  token: string;
}

/** Catalog → inputs → connect → review → create, as an admin clicks through it. */
export async function createPairThroughWizard(page: Page, run: WizardRun) {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(run.app) }).click();
  for (const [label, value] of Object.entries(run.inputs)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(run.authentikUrl);
  await page.getByLabel('API token').fill(run.token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();
  await page.getByRole('button', { name: 'Create application and provider' }).click();
  await page.getByRole('heading', { name: `Configure ${run.app}` }).waitFor();
}

/** Clicks a value's copy button inside a section and returns what landed on the real clipboard. */
export async function copyFromSection(page: Page, section: string, label: string): Promise<string> {
  const region = page.getByRole('region', { name: section });
  const button = region.getByRole('button', { name: `Copy ${label}`, exact: true });
  await button.click();
  await button.getByText('Copied').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}
