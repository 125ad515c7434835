/**
 * An audit an admin can trust, on an authentik set up by hand through its HTTP API (plain fetch with
 * the admin's token, not the wizard's engine): each mistake the URLs do not show is found, each
 * valid setup the app documents raises no alarm, a pair whose callback path several apps share is
 * reported as not sure with the candidates, and a read-only token's audit sends no write at all
 * and offers no fix that could be selected.
 */
import type { Page } from '@playwright/test';
import type { Simulator } from 'authentik-simulator';
import { AUDIT_VIEW_PERMISSIONS } from '../src/integrations/audit-mix.support';
import { seedByHand } from '../src/integrations/hand-made.support';
import { expect, test } from './support/fixtures';
import { connect } from './support/wizard';

/** A read-only auditor holds the audit's view permissions through a role (and directly on releases without roles in users/me). */
const VIEW = AUDIT_VIEW_PERMISSIONS;

function readOnlyToken(simulator: Simulator): string {
  const pk = 900 + simulator.state.users.length;
  const token = 'audit-read-only-token';
  const role = { pk: `00000000-0000-4000-8000-${String(pk).padStart(12, '0')}`, name: 'Auditors', permissions: VIEW };
  simulator.state.users.push({
    ...simulator.state.users[1]!,
    pk,
    uuid: role.pk,
    username: 'auditor',
    name: 'auditor',
    isSuperuser: false,
    permissions: [],
    roles: [role],
  });
  simulator.state.tokens.push({ identifier: token, key: token, userPk: pk, intent: 'api', expiring: false, expires: null });
  return token;
}

async function audit(page: Page, url: string, token: string) {
  await connect(page, url, token);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByTestId('audit-summary')).toContainText('applications and providers', { timeout: 30_000 });
}

test('the audit finds the hand-made mistakes, raises no false alarm, says when it is not sure, and a read-only token writes nothing', async ({
  page,
  simulator,
  authentikUrl,
}) => {
  test.setTimeout(60_000);
  const cases = await seedByHand(authentikUrl, simulator.tokens.superuser);
  await audit(page, authentikUrl, simulator.tokens.superuser);

  for (const seeded of cases) {
    const row = page.getByTestId(`audit-row-${seeded.slug}`);
    if (seeded.finds) {
      // Found: the row fails, with the finding and a fix the superuser may select.
      await expect(row, seeded.slug).toHaveAttribute('data-status', 'fail');
      await expect(row.getByRole('checkbox', { name: /^Fix:/ }), seeded.slug).toHaveCount(1);
    } else {
      // No false alarm on a valid setup (Argo CD through Dex, Google's www ACS, Slack's hand-made User.Email).
      await expect(row, seeded.slug).toHaveAttribute('data-status', 'pass');
    }
  }
  await expect(page.getByTestId('audit-row-pve')).toContainText('“profile”');
  await expect(page.getByTestId('audit-row-grafana')).toContainText('is an authentication flow, not an authorization flow');
  await expect(page.getByTestId('audit-row-google')).toContainText('matches users by their email');
  await expect(page.getByTestId('audit-row-slack-sales')).toContainText('receives logins on /sso/saml');
  await expect(page.getByTestId('audit-row-argocd')).toContainText('Argo CD');
  // Home Assistant's callback path on a team portal: not Home Assistant with confidence, nor generic.
  const portal = page.getByTestId('audit-row-team-portal');
  await expect(portal.getByTestId('audit-unsure-team-portal')).toContainText(/Not sure: looks like .*Home Assistant.* — choose\./);
  await expect(portal.getByLabel('App for Team portal')).toHaveValue('generic-oidc');
  await expect(page.getByTestId('audit-unsure-nas')).toContainText('Synology DSM');

  // The same instance audited with a token that may only read.
  const writesBefore = simulator.requests.length;
  await audit(page, authentikUrl, readOnlyToken(simulator));
  const writes = simulator.requests.slice(writesBefore).filter((request) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method));
  expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([]);
  await expect(page.getByRole('checkbox', { name: /^Fix:/ })).toHaveCount(0);
  await expect(page.getByText(/^Fix not offered:/)).toHaveCount(cases.filter((seeded) => seeded.finds).length);
  await expect(page.getByRole('button', { name: /^Review 0 selected fixes$/ })).toBeDisabled();
});
