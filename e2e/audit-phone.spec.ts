/**
 * On a phone, the audit shows each application as a card: its findings are on screen, not in a
 * table that scrolls sideways, the page itself never scrolls sideways, and axe finds nothing in
 * the light or the dark scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import { seedByHand } from '../src/integrations/hand-made.support';
import { expect, test } from './support/fixtures';
import { connect } from './support/wizard';

test('an admin audits on a 390 px phone and reads every finding without scrolling sideways', async ({ page, simulator, authentikUrl }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedByHand(authentikUrl, simulator.tokens.superuser);
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByTestId('audit-summary')).toBeVisible();

  const row = page.getByTestId('audit-row-google');
  const result = row.getByRole('cell').last();
  await expect(result).toContainText('Failed');
  await result.scrollIntoViewIfNeeded();
  const box = (await result.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Still a table to assistive technology: the row names its application, its cells are cells.
  await expect(row.getByRole('rowheader')).toContainText('Google Workspace');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const found = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${colorScheme}: ${violation.id}`);
    expect(found).toEqual([]);
  }
});
