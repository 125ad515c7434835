import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './support/fixtures';

/** A server of the link author's choosing, on loopback: it records every Authorization header it receives. */
async function linkAuthorsServer() {
  const authorizations: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.headers.authorization) authorizations.push(req.headers.authorization);
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ detail: 'Token invalid/expired' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test.describe('A link may prefill the authentik address, but never decides alone where the token goes', () => {
  test('one click on Connect does not send the token to the host a link chose; ticking “I trust” does', async ({ page, simulator }) => {
    const crafted = await linkAuthorsServer();
    try {
      await page.goto(`/osticket/connect?url=https%3A%2F%2Fosticket.example&ak=${encodeURIComponent(`http://${crafted.host}`)}`);
      const notice = page.getByTestId('link-host-notice');
      await expect(notice).toContainText(`This address came from a link: ${crafted.host}`);
      // No shortcut to the link's host before the admin trusts it.
      await expect(page.getByRole('link', { name: 'Open the tokens page of this authentik' })).toHaveCount(0);
      await page.getByLabel('API token').fill(simulator.tokens.superuser);
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(notice.getByRole('alert')).toContainText(`The token was not sent. Tick “I trust ${crafted.host}”`);
      await page.waitForTimeout(500);
      expect(crafted.authorizations).toEqual([]);

      await notice.getByLabel(`I trust ${crafted.host}`).check();
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(page.getByTestId('problem-invalid-token')).toBeVisible();
      expect(crafted.authorizations.length).toBeGreaterThan(0);
      expect(new Set(crafted.authorizations)).toEqual(new Set([`Bearer ${simulator.tokens.superuser}`]));
    } finally {
      await crafted.close();
    }
  });

  for (const [where, path] of [
    ['the Connect page', '/connect?'],
    ['an app’s Connect step', '/osticket/connect?url=https%3A%2F%2Fosticket.example&'],
    ['the audit', '/audit?'],
  ] as const) {
    test(`on ${where}, a link’s invalid address corrected by the admin still needs “I trust”, and an edit to another host asks again`, async ({
      page,
      simulator,
      authentikUrl,
    }) => {
      const crafted = await linkAuthorsServer();
      try {
        const corrections: [linked: string, corrected: string][] = [
          [`ftp://${crafted.host}`, `http://${crafted.host}`],
          [`${crafted.host} x`, crafted.host],
        ];
        for (const [linked, corrected] of corrections) {
          await page.goto(`${path}ak=${encodeURIComponent(linked)}`);
          const address = page.getByLabel('authentik URL');
          await expect(address).toHaveValue(linked);
          await expect(page.getByTestId('link-address-notice')).toContainText('This address came from a link');
          // The admin follows the form's own advice and fixes the address, then connects.
          await address.fill(corrected);
          await page.getByLabel('API token').fill(simulator.tokens.superuser);
          await page.getByRole('button', { name: 'Connect', exact: true }).click();
          const notice = page.getByTestId('link-host-notice');
          await expect(notice.getByRole('alert')).toContainText(`The token was not sent. Tick “I trust ${crafted.host}”`);
          await expect(page.getByRole('link', { name: 'Open the tokens page of this authentik' })).toHaveCount(0);
        }
        // Confirming one host, then editing the address to another, does not carry the confirmation over.
        await page.getByTestId('link-host-notice').getByLabel(`I trust ${crafted.host}`).check();
        const own = new URL(authentikUrl).host;
        await page.getByLabel('authentik URL').fill(authentikUrl);
        await expect(page.getByTestId('link-host-notice')).toContainText(`This address came from a link: ${own}`);
        await expect(page.getByLabel(`I trust ${own}`)).not.toBeChecked();
        await page.waitForTimeout(300);
        expect(crafted.authorizations).toEqual([]);
        expect(await page.evaluate(() => sessionStorage.getItem('authentik-wizard.trusted-hosts'))).toBeNull();
      } finally {
        await crafted.close();
      }
    });
  }

  test('a host the admin confirmed is remembered for this tab only, as a host name', async ({ page, simulator, authentikUrl }) => {
    const host = new URL(authentikUrl).host;
    await page.goto(`/connect?ak=${encodeURIComponent(authentikUrl)}`);
    await page.getByLabel(`I trust ${host}`).check();
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('authentik-wizard.trusted-hosts'))).toBe(JSON.stringify([host]));

    await page.reload();
    await expect(page.getByLabel('authentik URL')).toHaveValue(authentikUrl);
    await expect(page.getByTestId('link-host-notice')).toHaveCount(0);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
  });

  test('an address the admin types needs no confirmation', async ({ page, simulator, authentikUrl }) => {
    await page.goto('/connect');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await expect(page.getByTestId('link-host-notice')).toHaveCount(0);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    // Typing an address is not a confirmation of a host for later links.
    expect(await page.evaluate(() => sessionStorage.getItem('authentik-wizard.trusted-hosts'))).toBeNull();
    // A reload keeps the address the admin typed, and does not take it for a link's.
    await page.reload();
    await expect(page.getByLabel('authentik URL')).toHaveValue(authentikUrl);
    await expect(page.getByTestId('link-host-notice')).toHaveCount(0);
  });
});
