/**
 * Grafana's roles come from two authentik groups. On the review the admin keeps the documented
 * “Grafana Admins” (the wizard creates it right before the pair) and picks an existing group for
 * the Editor role; the configuration screen's role_attribute_path then names exactly those two,
 * quoted for JMESPath.
 */
import { randomUUID } from 'node:crypto';
import { test, expect } from './support/fixtures';

test('Grafana: the wizard creates one role group, uses a picked one, and role_attribute_path names both', async ({
  page,
  simulator,
  authentikUrl,
}) => {
  const editors = { pk: randomUUID(), name: "O’Brien's Editors", parents: [], isSuperuser: false, attributes: {} };
  simulator.state.groups.push(editors);

  await page.goto('/');
  await page.getByRole('link', { name: /Grafana/ }).click();
  await page.getByLabel('Grafana URL', { exact: true }).fill('grafana.example.com');
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(simulator.tokens.superuser);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();

  const roles = page.getByRole('region', { name: 'Groups for Grafana’s roles' });
  const rows = roles.getByRole('list', { name: 'Role groups of Grafana' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Grafana Admins' })).toContainText('Will be created right before the application.');
  await roles.getByRole('button', { name: 'Pick another group for Editor' }).click();
  await roles.getByLabel('Find a group for Editor').fill('brien');
  await roles.getByRole('button', { name: `Use ${editors.name} for Editor` }).click();
  const editorRow = rows.filter({ hasText: /^Editor — members of/ });
  await expect(editorRow).toContainText(`members of ${editors.name}`);
  await expect(editorRow).toContainText('authentik has this group: it is used as it is.');
  // Kept in the address bar by name (only what differs from the documented names).
  await expect.poll(() => new URL(page.url()).searchParams.get('roles')).toBe(`editors=${editors.name}`);
  // The exports make the documented group and the picked one, by name.
  await expect(page.getByLabel('grafana.tf', { exact: true })).toContainText('resource "authentik_group" "grafana_role_group_1"');

  await page.getByRole('button', { name: 'Create application and provider' }).click();
  await page.getByRole('heading', { name: 'Configure Grafana' }).waitFor();

  // Made once, before the pair; the picked group is left as it was, and nothing else is created.
  expect(simulator.state.groups.filter((group) => group.name === 'Grafana Admins')).toHaveLength(1);
  expect(simulator.state.groups.some((group) => group.name === 'Grafana Editors')).toBe(false);
  expect(simulator.state.groups.find((group) => group.pk === editors.pk)).toEqual(editors);

  const expected = "contains(groups[*], 'Grafana Admins') && 'Admin' || contains(groups[*], 'O’Brien\\'s Editors') && 'Editor' || 'Viewer'";
  await expect(page.getByText(expected, { exact: true }).first()).toBeVisible();
});

test('a token without authentik_core.add_group is never asked to create a role group, and is told why', async ({ page, simulator, authentikUrl }) => {
  const alice = simulator.state.users.find((user) => user.username === 'alice')!;
  alice.permissions.push('authentik_core.view_group');
  simulator.state.groups.push({ pk: randomUUID(), name: 'Grafana Admins', parents: [], isSuperuser: false, attributes: {} });

  await page.goto('/');
  await page.getByRole('link', { name: /Grafana/ }).click();
  await page.getByLabel('Grafana URL', { exact: true }).fill('grafana.example.com');
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(simulator.tokens.regular);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();

  const rows = page.getByRole('list', { name: 'Role groups of Grafana' }).getByRole('listitem');
  await expect(rows.filter({ hasText: /^Admin — / })).toContainText('authentik has this group: it is used as it is.');
  await expect(rows.filter({ hasText: /^Editor — / }).getByRole('alert')).toContainText(
    'authentik has no group of this name, and this token may not create one (authentik_core.add_group).',
  );
});
