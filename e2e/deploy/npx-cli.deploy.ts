import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { OSTICKET_REDIRECT, copyIdpValue, createOsTicket, deployEnv } from './story.ts';

test.describe('npx authentik-integration-wizard: the packed wizard, installed without dev dependencies', () => {
  test('an admin starts the installed wizard and creates osTicket against its demo authentik', async ({ page }) => {
    const install = deployEnv('DEPLOY_INSTALL');
    // Nothing of the build tooling came along: the package runs on what it ships.
    for (const dev of ['vite', 'tsx', '@playwright/test', 'typescript', 'authentik-simulator', '@goauthentik/api', 'yaml', 'ajv']) {
      expect(existsSync(join(install, 'node_modules', dev)), `${dev} installed`).toBe(false);
    }

    await createOsTicket(page, `${deployEnv('DEPLOY_CLI_URL')}/`, 'demo', 'through the wizard’s local proxy');
    await expect(page.getByTestId('connection-summary').or(page.getByRole('banner'))).toContainText(/Demo \(simulated\)|Simulated demo authentik/);
    expect(await copyIdpValue(page, 'Redirect URI')).toBe(OSTICKET_REDIRECT);
    const clientId = await copyIdpValue(page, 'Client Id');
    expect(clientId).toMatch(/^\w{20,}$/);
    // The demo authentik the bundled server started is the one that holds the new provider.
    const info = (await (await page.request.get(`${deployEnv('DEPLOY_CLI_URL')}/__wizard/proxy`)).json()) as { demo: { url: string; token: string } };
    const auth = { headers: { Authorization: `Bearer ${info.demo.token}` } };
    const all = await page.request.get(`${info.demo.url}/api/v3/providers/all/`, auth);
    expect(all.status(), await all.text()).toBe(200);
    const named = ((await all.json()) as { results: { pk: number; name: string }[] }).results.filter((p) => p.name === 'Provider for osTicket');
    expect(named).toHaveLength(1);
    const provider = await page.request.get(`${info.demo.url}/api/v3/providers/oauth2/${named[0]?.pk}/`, auth);
    expect(((await provider.json()) as { client_id: string }).client_id).toBe(clientId);
  });

  test('it refuses to listen where other computers reach it, unless told the risks are understood', () => {
    const bin = join(deployEnv('DEPLOY_INSTALL'), 'node_modules/.bin/authentik-integration-wizard');
    const refused = spawnSync(bin, ['--host', '0.0.0.0', '--port', '1'], { encoding: 'utf8', timeout: 20_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Refusing to listen on 0.0.0.0');
    expect(refused.stderr).toContain('--i-understand-the-risks');
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(help.stdout).toContain('--no-demo');
    expect(help.stdout).toContain('--release');
  });
});
