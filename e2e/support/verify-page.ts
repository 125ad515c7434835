/** Small helpers for the verification page: wait for a round, read a check, apply its fix. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Simulator, SimOAuth2Provider, SimSamlProvider } from 'authentik-simulator';

type Status = 'Passed' | 'Warning' | 'Failed' | 'Could not check';

/** Waits until every check of the current round has an answer; returns the summary line. */
export async function waitForChecks(page: Page): Promise<string> {
  const summary = page.getByTestId('verify-summary');
  const done = /\d+ passed, \d+ warnings?, \d+ failed, \d+ could not check/;
  await expect(summary).toHaveText(done);
  await expect(page.getByRole('button', { name: 'Check again' })).toBeEnabled();
  // Read the line once it holds a result, not while a round that just started says "Checking…".
  let text = '';
  await expect.poll(async () => done.test((text = (await summary.textContent()) ?? ''))).toBe(true);
  return text;
}

export async function openVerification(page: Page, app: string): Promise<string> {
  await page.getByRole('link', { name: 'Next: verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Verify ${app}` })).toBeVisible();
  return waitForChecks(page);
}

export async function checkAgain(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Check again' }).click();
  // The new round starts (a very quick one may be over before it is seen): only then wait for its result.
  await expect(page.getByTestId('verify-summary'))
    .toHaveText('Checking…', { timeout: 2_000 })
    .catch(() => undefined);
  return waitForChecks(page);
}

export function check(page: Page, id: string): Locator {
  return page.getByTestId(`check-${id}`);
}

export async function expectCheck(page: Page, id: string, status: Status, text?: string | RegExp) {
  const item = check(page, id);
  await expect(item.locator('.check-status')).toHaveText(new RegExp(`${status}$`));
  if (text !== undefined) await expect(item).toContainText(text);
}

/** Opens the fix of a check, verifies the before → after diff, confirms, and waits for the new round. */
export async function applyFix(page: Page, id: string, label: string, change: { field: string; before: string; after: string }) {
  await check(page, id)
    .getByRole('button', { name: `Fix: ${label}` })
    .click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('row', { name: new RegExp(`^${change.field}`) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(change.before);
  await expect(row.getByRole('cell').nth(1)).toHaveText(change.after);
  await expect(dialog.getByRole('button', { name: 'Apply fix' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(check(page, id)).toBeFocused();
  await waitForChecks(page);
}

export function oauth2Provider(simulator: Simulator, slug: string): SimOAuth2Provider {
  const app = simulator.state.applications.find((entry) => entry.slug === slug);
  const provider = simulator.state.providers.find((entry) => entry.pk === app?.provider);
  if (provider?.kind !== 'oauth2') throw new Error(`expected an OAuth2 provider for ${slug}`);
  return provider;
}

export function samlProvider(simulator: Simulator, slug: string): SimSamlProvider {
  const app = simulator.state.applications.find((entry) => entry.slug === slug);
  const provider = simulator.state.providers.find((entry) => entry.pk === app?.provider);
  if (provider?.kind !== 'saml') throw new Error(`expected a SAML provider for ${slug}`);
  return provider;
}

/** What a client does when it starts a login: authentik records a refused redirect URI. */
export async function startLogin(authentikUrl: string, clientId: string, redirectUri: string): Promise<number> {
  const query = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'openid' });
  const response = await fetch(`${authentikUrl}/application/o/authorize/?${query.toString()}`, { redirect: 'manual' });
  return response.status;
}
