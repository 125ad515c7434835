/**
 * The seed app's story (the catalog's first app) on a 320 px and a 390 px phone and on a
 * 1280×900 laptop: on every step the page is no wider than the screen (WCAG 1.4.10; code
 * blocks scroll in their own box), the step opens at its top with focus on its heading, and
 * its main action is on screen without scrolling, the only primary button of its state. The verify step leads on: "Test sign-in"
 * opens the app's login address in a new tab, and Done / Connect another app / Audit follow.
 */
import type { Page } from '@playwright/test';
import { definitions, exampleInputs, roundTripValues } from './support/catalog';
import { expect, test } from './support/fixtures';

const seed = definitions[0]!;
const SCREENSHOTS = process.env.H7_SCREENSHOTS;

async function expectStep(page: Page, heading: string | RegExp, width: number, shot: string) {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await expect(h1).toBeVisible();
  await expect(h1, `${shot}: focus on the heading`).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: `${shot}: opens at the top` }).toBe(0);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${width}-${shot}.png`, fullPage: true });
  await noOverflow(page, `${shot} at ${width} px`);
  const action = page.locator('.step-actions .button-primary').first();
  await expect(action, `${shot}: the primary action is on screen`).toBeInViewport();
  await onePrimary(page, shot);
}

/** One primary button per state: the page never offers two equally loud ways on. */
async function onePrimary(page: Page, what: string) {
  await expect(page.locator('.button-primary:visible'), `${what}: one primary button`).toHaveCount(1);
}

/** No page-level horizontal scroll; when there is, the message names the elements that stick out. */
async function noOverflow(page: Page, what: string) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('pre'))
      .slice(-3)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${(element.textContent ?? '').slice(0, 40)}`);
  });
  expect(wide, `${what}: page-level horizontal scroll`).toEqual([]);
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`${seed.name} from the catalog to verify at ${viewport.width} px: reflow, focus, the action in view`, async ({
    page,
    simulator,
    authentikUrl,
    context,
  }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/');
    await noOverflow(page, 'catalog');
    // The first app's card is on screen without scrolling, and so are the ways in for other apps.
    await expect(page.getByRole('link', { name: new RegExp(`^${seed.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'Audit your authentik' })).toBeInViewport();
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${viewport.width}-catalog.png` });
    await page.getByRole('link', { name: new RegExp(`^${seed.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expectStep(page, `Your ${seed.name} setup`, viewport.width, 'inputs');
    for (const [key, ui] of Object.entries(seed.inputUi)) await page.getByLabel(ui.label, { exact: true }).fill(exampleInputs(seed)[key]!);
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await expectStep(page, 'Connect to your authentik', viewport.width, 'connect');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await expectStep(page, 'Review what will be created', viewport.width, 'review');
    await expect(page.getByRole('button', { name: 'Create application and provider' })).toBeEnabled();
    // The request and curl wait under "For automation"; opened, they scroll in their own box.
    await expect(page.locator('pre[aria-label="request JSON"]')).toBeHidden();
    await page.getByText('For automation').click();
    await expect(page.locator('pre[aria-label="request JSON"]')).toBeVisible();
    await noOverflow(page, 'review with the request shown');
    await page.getByRole('button', { name: 'Create application and provider' }).click();
    await expectStep(page, `Configure ${seed.name}`, viewport.width, 'configure');
    if (seed.followUp) {
      await page.getByRole('link', { name: `Next: ${seed.followUp.title}` }).click();
      await expectStep(page, seed.followUp.title, viewport.width, 'follow-up');
      const pair = { provider: simulator.state.providers[0], application: simulator.state.applications[0] } as unknown as Parameters<
        typeof roundTripValues
      >[1];
      const values = roundTripValues(seed, pair);
      for (const [key, ui] of Object.entries(seed.followUp.ui)) await page.getByLabel(ui.label, { exact: true }).fill(values[key]!);
      await page.getByRole('button', { name: 'Write to authentik' }).click();
      await expect(page.getByText('authentik now uses these values')).toBeVisible();
      await noOverflow(page, 'follow-up after the write-back');
      // One primary button per state: after the write-back, the way on.
      await expect(page.locator('.step-actions .button-primary')).toHaveText(['Next: verify']);
      await onePrimary(page, 'follow-up after the write-back');
    }
    await page.getByRole('link', { name: 'Next: verify' }).click();
    await expectStep(page, `Verify ${seed.name}`, viewport.width, 'verify');
    await expect(page.getByTestId('verify-summary')).toHaveText(/\d+ passed/);
    await noOverflow(page, 'verify with results');

    // Verify leads on: the login address in a new tab, then the ways onward.
    const launch = simulator.state.applications[0]!.meta_launch_url;
    const signIn = page.getByRole('link', { name: /^Test sign-in/ });
    await expect(signIn).toHaveAttribute('target', '_blank');
    if (launch) expect(await signIn.getAttribute('href')).toBe(new URL(launch).href);
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.fulfill({ status: 200, body: 'the app' }),
    );
    const [opened] = await Promise.all([context.waitForEvent('page'), signIn.click()]);
    expect(opened.url()).toBe(await signIn.getAttribute('href'));
    await opened.close();
    await expect(page.getByRole('button', { name: 'Copy share link' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Audit your authentik' })).toHaveAttribute('href', '/audit');
    await page.getByRole('link', { name: 'Connect another app' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect an app to authentik' })).toBeVisible();
    await expect(page.getByLabel('Find your app')).toBeFocused();
  });
}

test('a reload of Connect keeps the address just typed, without calling it a link’s; the wizard’s own address is named', async ({
  page,
  authentikUrl,
  baseURL,
}) => {
  await page.goto(`/${seed.id}/connect`);
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill('typed-but-not-kept');
  await expect(page).toHaveURL(/[?&]ak=/);
  await page.reload();
  await expect(page.getByLabel('authentik URL')).toHaveValue(authentikUrl);
  // The token is not kept, by design; and nothing says the address came from a link.
  await expect(page.getByLabel('API token')).toHaveValue('');
  await expect(page.getByTestId('link-host-notice')).toHaveCount(0);
  await expect(page.getByTestId('link-address-notice')).toHaveCount(0);

  await page.getByLabel('authentik URL').fill(baseURL!);
  await page.getByLabel('API token').fill('some-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText(/is this wizard’s own address/)).toBeVisible();
  await expect(page.getByText(/No authentik URL was sent/)).toHaveCount(0);
});
