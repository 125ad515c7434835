/**
 * An admin whose authentik holds pairs made by hand adopts three of them as code: audits, selects
 * them, downloads the blueprint and the Terraform module. The blueprint applied to the same
 * authentik changes nothing; applied to a fresh one it recreates the three pairs.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createSimulator } from 'authentik-simulator';
import { HAND_MADE, seedHandMade } from '../src/integrations/adopt-seed.support';
import { expect, test } from './support/fixtures';
import { connect } from './support/wizard';

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('an admin adopts three hand-made pairs as a blueprint and a Terraform module', async ({ page, simulator, authentikUrl }) => {
  test.setTimeout(90_000);
  await seedHandMade(simulator, authentikUrl);
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByTestId('audit-summary')).toBeVisible();

  const panel = page.getByRole('region', { name: 'Adopt as code' });
  await expect(panel.getByRole('button', { name: 'Download blueprint' })).toBeDisabled();
  const three = HAND_MADE.filter((pair) => pair.slug !== 'team-wiki-staging');
  for (const pair of three) await panel.getByRole('checkbox', { name: `Adopt: ${pair.name} (${pair.slug})` }).check();
  await expect(panel.getByRole('group', { name: /3 of \d+ selected/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="adopt-title"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  const blueprint = await downloaded(page, 'Download blueprint');
  expect(blueprint.name).toMatch(/^authentik-adopted-\d{4}-\d{2}-\d{2}\.blueprint\.yaml$/);
  await expect(page.getByTestId('adopt-status')).toHaveText('3 applications in the files.');
  const terraform = await downloaded(page, 'Download Terraform');
  expect(terraform.name).toMatch(/\.tf$/);
  for (const pair of three) {
    expect(blueprint.text).toContain(`slug: "${pair.slug}"`);
    expect(terraform.text).toContain(`id = "${pair.slug}"`);
  }
  expect(blueprint.text).not.toContain('team-wiki-staging');

  // The same authentik: nothing changes.
  const before = structuredClone(simulator.state);
  const applied = simulator.applyBlueprint(blueprint.text);
  expect(applied.every((entry) => entry.action === 'updated')).toBe(true);
  expect(simulator.state).toEqual(before);

  // A fresh authentik: the three pairs, with their custom mappings, are recreated.
  const fresh = createSimulator({ release: simulator.release as never });
  const created = fresh.applyBlueprint(blueprint.text);
  expect(created.every((entry) => entry.action === 'created')).toBe(true);
  expect(fresh.state.applications.map((application) => application.slug).sort()).toEqual(three.map((pair) => pair.slug).sort());
  for (const pair of three) {
    const here = simulator.state.applications.find((application) => application.slug === pair.slug)!;
    const there = fresh.state.applications.find((application) => application.slug === pair.slug)!;
    expect(there.name).toBe(here.name);
    const provider = (state: typeof simulator.state, pk: unknown) => state.providers.find((item) => item.pk === pk)!;
    expect(provider(fresh.state, there.provider).name).toBe(provider(simulator.state, here.provider).name);
  }
});
