/**
 * Who may sign in: the admin restricts an application to a group before Create; authentik then
 * lets the group's members in and keeps everyone else out (its own check_access says so), and the
 * exported blueprint carries the binding and applies to a fresh authentik.
 */
import { randomUUID } from 'node:crypto';
import { createSimulator } from 'authentik-simulator';
import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { expectCheck, openVerification } from './support/verify-page';

async function openReview(page: Page, app: string, inputs: Record<string, string>, authentikUrl: string, token: string) {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(app) }).click();
  for (const [label, value] of Object.entries(inputs)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();
}

async function checkAccess(authentikUrl: string, token: string, slug: string, userPk: number): Promise<boolean> {
  const res = await fetch(`${authentikUrl}/api/v3/core/applications/${slug}/check_access/?for_user=${userPk}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { passing: boolean }).passing;
}

test('an admin restricts Grafana to a group: a member may open it, a non-member is refused', async ({ page, simulator, authentikUrl }) => {
  const alice = simulator.state.users.find((user) => user.username === 'alice')!;
  const bob = simulator.state.users.find((user) => user.username === 'bob')!;
  const team = { pk: randomUUID(), name: 'Grafana Users', parents: [], isSuperuser: false, attributes: {} };
  simulator.state.groups.push(team, { pk: randomUUID(), name: 'Finance', parents: [], isSuperuser: false, attributes: {} });
  alice.groups.push(team.pk);

  await openReview(page, 'Grafana', { 'Grafana URL': 'grafana.example.com' }, authentikUrl, simulator.tokens.superuser);
  const access = page.getByRole('region', { name: 'Who may sign in to Grafana' });
  await expect(access.getByRole('radio', { name: /Everyone with an authentik account/ })).toBeChecked();
  await access.getByRole('radio', { name: /Members of one or more groups/ }).check();
  const create = page.getByRole('button', { name: 'Create application and provider' });
  await expect(create).toBeDisabled();
  await access.getByLabel('Find a group').fill('graf');
  await access.getByRole('button', { name: 'Add Grafana Users' }).click();
  await expect(access.getByRole('button', { name: 'Add Finance' })).toHaveCount(0);
  await expect(access.getByText('Members of “Grafana Users”')).toBeVisible();
  // The choice is kept in the address bar by name (so a share link names the same group).
  expect(new URL(page.url()).searchParams.get('who')).toBe('Grafana Users');
  await expect(page.getByLabel('request JSON', { exact: true })).toContainText('"policy_bindings"');

  const blueprint = (await page.getByLabel('grafana.blueprint.yaml', { exact: true }).textContent()) ?? '';
  expect(blueprint).toContain('model: authentik_policies.policybinding');
  await expect(page.getByLabel('grafana.tf', { exact: true })).toContainText('resource "authentik_policy_binding" "grafana_access_1"');

  await expect(create).toBeEnabled();
  await create.click();
  await page.getByRole('heading', { name: 'Configure Grafana' }).waitFor();

  // Created together: the application and its binding to the group.
  const app = simulator.state.applications.find((entry) => entry.slug === 'grafana')!;
  expect(simulator.state.policyBindings).toEqual([expect.objectContaining({ target: app.pk, group: team.pk, order: 0 })]);
  expect(await checkAccess(authentikUrl, simulator.tokens.superuser, 'grafana', alice.pk)).toBe(true);
  expect(await checkAccess(authentikUrl, simulator.tokens.superuser, 'grafana', bob.pk)).toBe(false);
  // The verify page asks authentik the same for a member of the group.
  await openVerification(page, 'Grafana');
  await expectCheck(page, 'who-may-sign-in', 'Passed', 'alice, a member of “Grafana Users”, may open the application');

  // The exported blueprint applies to a fresh authentik: the group is made (empty), the binding decides.
  const fresh = createSimulator({ release: '2026.8' });
  fresh.applyBlueprint(blueprint);
  const freshGroup = fresh.state.groups.find((group) => group.name === 'Grafana Users')!;
  fresh.state.users.find((user) => user.username === 'alice')!.groups.push(freshGroup.pk);
  expect(fresh.checkAccess('grafana', alice.pk)).toBe(true);
  expect(fresh.checkAccess('grafana', bob.pk)).toBe(false);
});

test('a sensitive app open to everyone is said so before Create', async ({ page, simulator, authentikUrl }) => {
  await openReview(page, 'Proxmox VE', { 'Proxmox VE URL': 'pve.example.com', Realm: 'authentik' }, authentikUrl, simulator.tokens.superuser);
  const access = page.getByRole('region', { name: 'Who may sign in to Proxmox VE' });
  await expect(access.getByText('Everyone with an authentik account could sign in to Proxmox VE')).toBeVisible();
  await access.getByRole('radio', { name: /Members of one or more groups/ }).check();
  await expect(access.getByText(/could sign in to Proxmox VE/)).toHaveCount(0);
});
