import { test, expect } from './support/fixtures';

// ADR 0011: the catalog and each app's first step are drawn at build time, so they are on screen
// before any script runs; the app then takes them over.
test.describe('Pages drawn before any script runs', () => {
  test.describe('with JavaScript off, as the page looks before its script arrives', () => {
    test.use({ javaScriptEnabled: false });

    test('the catalog and an app’s first step are already there, and nothing can be typed into them yet', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Connect an app to authentik' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^osTicket/ }).first()).toBeVisible();
      await expect(page.getByLabel('Find your app')).toBeDisabled();

      await page.goto('/osticket');
      await expect(page.getByRole('heading', { level: 1, name: 'Your osTicket setup' })).toBeVisible();
      await expect(page.getByLabel('osTicket URL')).toBeDisabled();

      // Any other page waits for the app: it is not drawn ahead.
      await page.goto('/osticket/connect');
      await expect(page.locator('#root')).toBeEmpty();
    });
  });

  test('the drawn page comes alive: a share link’s value appears and the field takes text', async ({ page }) => {
    const response = await page.goto('/osticket?url=https%3A%2F%2Fhelpdesk.example');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const field = page.getByLabel('osTicket URL');
    await expect(field).toBeEnabled();
    await expect(field).toHaveValue('https://helpdesk.example');
    await field.fill('https://tickets.example/osticket');
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await expect(page).toHaveURL(/\/osticket\/connect\?url=https%3A%2F%2Ftickets\.example%2Fosticket/);
  });
});
