/**
 * An admin with an authentik full of applications made by hand audits it: every app is listed
 * and recognised, every seeded mistake is found, the fixes are reviewed as the exact requests and
 * applied, and a second audit shows only what needs the admin (no one-click fix exists for it).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { seedAuditMix, type AuditMix } from '../src/integrations/audit-mix.support';
import { definitions } from './support/catalog';
import { expect, test } from './support/fixtures';
import { connect } from './support/wizard';

async function expectAxeClean(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map(
        (violation) => `${where} (${colorScheme}): ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`,
      ),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * A sample of the catalog, so the story stays a few minutes as the catalog grows (the unit audit test
 * seeds every app): every fifth app and every app with a round trip.
 */
const sample = definitions.filter((definition, index) => index % 5 === 0 || definition.followUp !== undefined);

test('an admin audits every application, fixes what can be fixed in one review, and audits again', async ({ page, simulator, authentikUrl }) => {
  test.setTimeout(120_000);
  const mix: AuditMix = await seedAuditMix(simulator, authentikUrl, sample, { copies: 1 });
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await expect(page.getByRole('heading', { name: 'Audit your authentik' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  const summary = page.getByTestId('audit-summary');
  await expect(summary).toContainText(`${mix.pairs.length + mix.orphanProviders.length} applications and providers`);

  // Every app is recognised, every mistake found.
  for (const seeded of mix.pairs) {
    const row = page.getByTestId(`audit-row-${seeded.slug}`);
    if (seeded.mistake?.id !== 'provider-missing')
      await expect(row.getByRole('cell').first()).toContainText(definitions.find((definition) => definition.id === seeded.integration)!.name);
    await expect(row).toHaveAttribute('data-status', seeded.mistake ? /fail|warn/ : 'pass');
  }
  for (const key of mix.orphanProviders) await expect(page.getByTestId(`audit-row-${key}`)).toContainText('The provider belongs to an application');
  await expect(page.getByRole('region', { name: 'This authentik' })).toContainText('authentik is reachable over https on a public address');
  await expectAxeClean(page, 'audit result');
  await page.screenshot({ path: 'test-results/audit-result.png', fullPage: false });
  await page.getByTestId(`audit-row-${mix.pairs.find((pair) => pair.mistake?.fixable)!.slug}`).screenshot({ path: 'test-results/audit-row.png' });

  // The export carries every finding.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await readFile((await (await downloading).path())!, 'utf8');
  // Every cell is quoted, so no cell can become a formula in a spreadsheet.
  expect(csv.split('\r\n')[0]).toBe(
    ['Application', 'Slug', 'Provider', 'Provider type', 'Integration', 'Check', 'Result', 'Expected', 'Actual', 'Detail', 'Fix']
      .map((cell) => `"${cell}"`)
      .join(','),
  );
  for (const seeded of mix.pairs) expect(csv).toContain(seeded.slug);

  // The filter narrows the list to what failed; every fix is selected and its exact request reviewed.
  await page.getByLabel('Show').selectOption('pass');
  await expect(page.locator('tr[data-status]:not([data-status="pass"])')).toHaveCount(0);
  await page.getByLabel('Show').selectOption('all');
  const fixable = mix.pairs.filter((pair) => pair.mistake?.fixable);
  for (const box of await page.getByRole('checkbox', { name: /^Fix:/ }).all()) if (await box.isEnabled()) await box.check();
  const boxes = page.getByRole('checkbox', { name: /^Fix:/, checked: true });
  await expect(boxes).toHaveCount(fixable.length);
  await page.getByRole('button', { name: `Review ${fixable.length} selected fixes` }).click();
  const dialog = page.getByRole('dialog', { name: `Review ${fixable.length} fixes` });
  await expect(dialog.getByText(/PATCH \/api\/v3\/providers\/(oauth2|saml)\/\d+\//)).toHaveCount(fixable.length);
  await expectAxeClean(page, 'fix review');
  await dialog.getByRole('button', { name: `Apply ${fixable.length} fixes` }).click();
  await expect(dialog.getByText('✓ Applied')).toHaveCount(fixable.length);
  await dialog.getByRole('button', { name: 'Audit again' }).click();

  await expect(summary).toContainText(`${mix.pairs.length + mix.orphanProviders.length} applications and providers`);
  const left = [...mix.pairs.filter((pair) => pair.mistake && !pair.mistake.fixable).map((pair) => pair.slug), ...mix.orphanProviders];
  for (const seeded of mix.pairs)
    await expect(page.getByTestId(`audit-row-${seeded.slug}`)).toHaveAttribute('data-status', left.includes(seeded.slug) ? /fail|warn/ : 'pass');
  await expect(page.getByRole('checkbox', { name: /^Fix:/ })).toHaveCount(0);
});

test('a verify link from the audit opens that application’s own checks', async ({ page, simulator, authentikUrl }) => {
  const mix = await seedAuditMix(simulator, authentikUrl, sample.slice(0, 14), { copies: 1 });
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  const seeded = mix.pairs.find((pair) => !pair.mistake)!;
  const definition = definitions.find((entry) => entry.id === seeded.integration)!;
  await page
    .getByTestId(`audit-row-${seeded.slug}`)
    .getByRole('link', { name: /^Verify / })
    .click();
  await expect(page.getByRole('heading', { name: `Verify ${definition.name}` })).toBeVisible();
  await expect(page.getByTestId('verify-summary')).not.toHaveText('Checking…');
});

test('a token that may not read everything is told what the audit could not see', async ({ page, simulator, authentikUrl }) => {
  await seedAuditMix(simulator, authentikUrl, definitions.slice(0, 2), { copies: 1 });
  await connect(page, authentikUrl, simulator.tokens.regular);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await expect(page.getByText('This user is not a superuser')).toBeVisible();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByText('This token could not read everything')).toBeVisible();
  await expect(page.getByText('authentik_core.view_provider').first()).toBeVisible();
});
