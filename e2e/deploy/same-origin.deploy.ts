import { test, expect } from '@playwright/test';
import { OSTICKET_REDIRECT, copyIdpValue, createOsTicket, deployEnv } from './story.ts';

test.describe('Served from authentik’s own origin, behind nginx, with the location block of docs/deployment.md', () => {
  test('an admin creates osTicket from https://authentik/integration-wizard/, and a colleague’s link is prefilled', async ({ page, browser }) => {
    const authentik = deployEnv('DEPLOY_SAME_ORIGIN_URL');
    const wizard = `${authentik}/integration-wizard/`;
    await createOsTicket(page, wizard, { url: authentik, token: deployEnv('DEPLOY_TOKEN') }, 'same origin as authentik');
    expect(new URL(page.url()).pathname).toMatch(/^\/integration-wizard\/osticket\//);
    expect(await copyIdpValue(page, 'Redirect URI')).toBe(OSTICKET_REDIRECT);
    // authentik saw the browser's own host and scheme through nginx, so its URLs are the real ones.
    expect(await copyIdpValue(page, 'Authorization Endpoint')).toBe(`${authentik}/application/o/authorize/`);
    expect(await copyIdpValue(page, 'Token Endpoint')).toBe(`${authentik}/application/o/token/`);

    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(wizard)).toBe(true);
    expect(link).not.toContain(deployEnv('DEPLOY_TOKEN'));

    const colleague = await browser.newContext({ ignoreHTTPSErrors: true, permissions: ['clipboard-read', 'clipboard-write'] });
    const other = await colleague.newPage();
    await other.goto(link);
    await expect(other.getByLabel('authentik URL')).toHaveValue(authentik);
    await other.getByLabel(`I trust ${new URL(authentik).host}`).check();
    await other.getByLabel('API token').fill(deployEnv('DEPLOY_TOKEN'));
    await other.getByRole('button', { name: 'Connect', exact: true }).click();
    // The link leads the colleague to the same configuration screen, read from their authentik.
    await expect(other.getByRole('heading', { name: 'Configure osTicket' })).toBeVisible();
    await expect(other.getByRole('banner')).toContainText(`@ ${new URL(authentik).host}`);
    expect(await copyIdpValue(other, 'Redirect URI')).toBe(OSTICKET_REDIRECT);
    expect(await copyIdpValue(other, 'Token Endpoint')).toBe(`${authentik}/application/o/token/`);
    await colleague.close();
  });
});
