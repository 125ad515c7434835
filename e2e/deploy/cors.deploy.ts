import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { OSTICKET_REDIRECT, copyIdpValue, createOsTicket, deployEnv } from './story.ts';

/** The documented check (docs/deployment.md, “Checking the CORS setup”), against the test's nginx. */
function preflight(origin: string): string {
  return execFileSync(
    'curl',
    [
      '-si',
      '--cacert',
      deployEnv('DEPLOY_CERT'),
      '-X',
      'OPTIONS',
      `${deployEnv('DEPLOY_CORS_AUTHENTIK_URL')}/api/v3/core/users/me/`,
      '-H',
      `Origin: ${origin}`,
      '-H',
      'Access-Control-Request-Method: GET',
      '-H',
      'Access-Control-Request-Headers: authorization',
    ],
    { encoding: 'utf8' },
  );
}

test.describe('Direct, with CORS added by nginx in front of authentik (the snippet of docs/deployment.md)', () => {
  test('from the allowed wizard origin, an admin creates osTicket with direct calls to authentik', async ({ page }) => {
    const authentik = deployEnv('DEPLOY_CORS_AUTHENTIK_URL');
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v3/')) calls.push(new URL(request.url()).origin);
    });
    await createOsTicket(page, `${deployEnv('DEPLOY_WIZARD_ORIGIN')}/`, { url: authentik, token: deployEnv('DEPLOY_TOKEN') }, 'directly (CORS)');
    expect(new Set(calls)).toEqual(new Set([authentik]));
    expect(await copyIdpValue(page, 'Redirect URI')).toBe(OSTICKET_REDIRECT);
    expect(await copyIdpValue(page, 'Authorization Endpoint')).toBe(`${authentik}/application/o/authorize/`);
  });

  test('an origin that is not allowed is refused, and the page says how to deploy instead', async ({ page }) => {
    const allowed = preflight(deployEnv('DEPLOY_WIZARD_ORIGIN'));
    expect(allowed).toMatch(/^HTTP\/1\.1 204/);
    expect(allowed).toContain(`Access-Control-Allow-Origin: ${deployEnv('DEPLOY_WIZARD_ORIGIN')}`);
    const refused = preflight(deployEnv('DEPLOY_OTHER_ORIGIN'));
    expect(refused).not.toMatch(/Access-Control-Allow-Origin/i);

    const authentik = deployEnv('DEPLOY_CORS_AUTHENTIK_URL');
    await page.goto(`${deployEnv('DEPLOY_OTHER_ORIGIN')}/connect`);
    await page.getByLabel('authentik URL').fill(authentik);
    await page.getByLabel('API token').fill(deployEnv('DEPLOY_TOKEN'));
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const problem = page.getByTestId('problem-network');
    await expect(problem).toContainText(`No answer from ${new URL(authentik).host}`);
    await expect(problem).toContainText('npx authentik-integration-wizard');
    await expect(problem).toContainText('/integration-wizard/');
    await expect(problem).toContainText(`Access-Control-Allow-Origin for ${deployEnv('DEPLOY_OTHER_ORIGIN')}`);
  });
});
