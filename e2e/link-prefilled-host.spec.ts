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
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
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
  });
});
