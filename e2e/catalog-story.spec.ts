/**
 * One story for every app of a sample of the catalog, never naming one: an admin opens the app,
 * types its example inputs, connects, reviews, creates, copies every value, writes a round trip
 * back where the app has one, and verifies — and axe finds no accessibility violation on any
 * step of the way.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createSimulator, type Simulator } from 'authentik-simulator';
import { blueprintProblems, comparableValue } from '../src/integrations/export-proof.support';
import { loadContract } from '../src/server/contract/openapi-contract';
import { definitions, exampleInputs, roundTripValues } from './support/catalog';
import type { ReleaseId } from '../src/lib/authentik/releases';
import { expect, test } from './support/fixtures';

/**
 * Every app while the catalog is small; later a sample. `npm test` runs the core: the first three,
 * one app each with environment variables, a file to paste, SAML without a round trip, and the
 * first round trip. `npm run test:e2e:catalog` (E2E_CATALOG=wide, run by .ci/run) runs the rest of
 * the sample: every round trip, and the apps a third and two thirds down the catalog's popularity,
 * per protocol, so `npm test` stays within its time as the catalog grows.
 */
const pick = (found: (typeof definitions)[number] | undefined) => (found ? [found] : []);
const CORE = [
  ...new Set([
    ...definitions.slice(0, 3),
    ...pick(definitions.slice(3).find((definition) => definition.data.screen.some((section) => section.format === 'env'))),
    ...pick(definitions.slice(3).find((definition) => definition.data.screen.some((section) => section.format === 'file'))),
    ...pick(definitions.slice(3).find((definition) => definition.protocol.id === 'saml' && !definition.followUp)),
    ...pick(definitions.find((definition) => definition.followUp !== undefined)),
  ]),
];
const WIDE = [
  ...new Set([
    ...definitions.filter((definition) => definition.followUp !== undefined),
    ...(['oidc', 'saml'] as const).flatMap((protocol) => {
      const apps = definitions.filter((definition) => definition.protocol.id === protocol && definition.category !== 'generic');
      return [1, 2].flatMap((third) => pick(apps[Math.floor((apps.length * third) / 3)]));
    }),
  ]),
].filter((definition) => !CORE.includes(definition));
const wide = process.env.E2E_CATALOG === 'wide';
const SAMPLE = definitions.length <= 6 ? definitions : wide ? WIDE : CORE;

/** axe on the current step, in the light and the dark scheme (the app follows the OS setting). */
async function expectAxeClean(page: Page, step: string) {
  await page.locator('main').waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    const found = result.violations.map(
      (violation) =>
        `${step} (${colorScheme}): ${violation.id} ${violation.help}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
    );
    expect(found).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The three first apps (one SAML with a round trip, two OIDC) also on the oldest release in `npm test`,
 * and on 2025.12 with the wide sample.
 */
const SEEDS = definitions.slice(0, 3);
const RUNS: { release: ReleaseId; apps: typeof definitions }[] = wide
  ? [
      { release: '2026.8', apps: SAMPLE },
      { release: '2025.12', apps: SEEDS },
    ]
  : [
      { release: '2026.8', apps: SAMPLE },
      { release: '2025.4', apps: SEEDS },
    ];

// Each story has its own simulator state: both workers share the file.
test.describe.configure({ mode: 'parallel' });

for (const run of RUNS)
  test.describe(`on authentik ${run.release}`, () => {
    test.use({ authentikRelease: run.release });
    // The screens do not depend on the release: axe runs on the newest one's stories.
    // The catalog and the connect step are the same screens for every app: axe scans them in the first story only.
    for (const definition of run.apps) story(definition, run.release, run.release === '2026.8', definition === run.apps[0]);
  });

/** What an instance holds after creating one pair, as the checks see it on any instance. */
const pairOf = (simulator: Simulator) =>
  comparableValue({ providers: simulator.state.providers, applications: simulator.state.applications }, simulator.state, []);

/** Saves a download the screen offers and returns its name and text. */
async function downloaded(page: Page, name: RegExp): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

function story(definition: (typeof definitions)[number], release: ReleaseId, withAxe: boolean, sharedScreens: boolean) {
  test(`an admin connects ${definition.name} from the catalog to a verified login`, async ({ page, simulator, authentikUrl }) => {
    // axe in two colour schemes on every step: more than the default minute on a 2-core machine.
    if (withAxe) test.slow();
    const expectAccessible = withAxe ? expectAxeClean : async () => undefined;
    const expectSharedAccessible = withAxe && sharedScreens ? expectAxeClean : async () => undefined;
    await page.goto('/');
    await expectSharedAccessible(page, 'catalog');
    // By its name, and its address where two setups of one app share the name's start (Paperless-ngx and Paperless-ngx (forward auth)).
    await page
      .getByRole('link', { name: new RegExp(`^${definition.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .and(page.locator(`[href="/${definition.id}"]`))
      .click();
    await expect(page.getByRole('heading', { level: 1, name: `Your ${definition.name} setup` })).toBeVisible();
    for (const [key, ui] of Object.entries(definition.inputUi))
      await page.getByLabel(ui.label, { exact: true }).fill(exampleInputs(definition)[key]!);
    await expectAccessible(page, 'inputs');
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('connection-summary')).toBeVisible();
    await expectSharedAccessible(page, 'connect');
    await page.getByRole('button', { name: 'Next: review' }).click();
    await expect(page.getByRole('button', { name: 'Create application and provider' })).toBeEnabled();
    await expectAccessible(page, 'review');
    // Before creating: the same pair as a blueprint and as Terraform, named after the slug.
    const slug = definition.identity(exampleInputs(definition)).slug;
    const blueprint = await downloaded(page, /^Download blueprint/);
    expect(blueprint.name).toBe(`${slug}.blueprint.yaml`);
    expect(blueprintProblems(blueprint.text, loadContract(release))).toEqual([]);
    expect((await downloaded(page, /^Download Terraform/)).name).toBe(`${slug}.tf`);
    if (process.env.EXPORT_SCREENSHOT && withAxe) {
      await page.getByText(`Show ${slug}.blueprint.yaml`).click();
      await page.getByTestId('export-section').screenshot({ path: process.env.EXPORT_SCREENSHOT });
    }
    await page.getByRole('button', { name: 'Create application and provider' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Configure ${definition.name}` })).toBeVisible();
    await expectAccessible(page, 'configure');
    // The downloaded blueprint, applied to a fresh authentik of the same release, makes this very pair.
    const fresh = createSimulator({ release });
    fresh.applyBlueprint(blueprint.text);
    expect(pairOf(fresh)).toEqual(pairOf(simulator));
    // After creating, the configuration screen exports the pair as authentik holds it: the same again.
    const after = await downloaded(page, /^Download blueprint/);
    const again = createSimulator({ release });
    again.applyBlueprint(after.text);
    expect(pairOf(again)).toEqual(pairOf(simulator));

    // Every value the app needs is there, from what authentik reports.
    const templates = definition.data.screen.flatMap((section) => section.fields.map((field) => field.value));
    const shown = await page.locator('.copy-field-value, .copy-field-choice').allTextContents();
    expect(shown).toHaveLength(templates.length);
    const optional = definition.data.screen.flatMap((section) => section.fields.map((field) => field.optional === true));
    shown.forEach((text, index) => {
      if (templates[index] !== '' && !optional[index]) expect(text, `field ${index}`).not.toMatch(/^\(leave empty\)$|^$/);
    });

    if (definition.followUp) {
      await page.getByRole('link', { name: `Next: ${definition.followUp.title}` }).click();
      // What the app shows: the same examples the battery pastes (examples.support.ts), from the pair as created.
      const pair = { provider: simulator.state.providers[0], application: simulator.state.applications[0] } as unknown as Parameters<
        typeof roundTripValues
      >[1];
      const values = roundTripValues(definition, pair);
      for (const [key, ui] of Object.entries(definition.followUp.ui)) await page.getByLabel(ui.label, { exact: true }).fill(values[key]!);
      await expectAccessible(page, 'follow-up');
      await page.getByRole('button', { name: 'Write to authentik' }).click();
      await expect(page.getByText('authentik now uses these values')).toBeVisible();
      await page.getByRole('link', { name: 'Next: verify' }).click();
    } else {
      await page.getByRole('link', { name: 'Next: verify' }).click();
    }
    const summary = page.getByTestId('verify-summary');
    await expect(summary).toHaveText(/\d+ passed, \d+ warnings?, \d+ failed, \d+ could not check/);
    await expectAccessible(page, 'verify');
    // The demo authentik is on loopback http: only the public-address check may fail there.
    const failing = await page
      .locator('.check[data-status="fail"]:not([data-testid="check-public-authentik"]), .check[data-status="unknown"]')
      .allTextContents();
    expect(failing).toEqual([]);
    // Nothing was sent that this release would have dropped without a word.
    expect(simulator.strictViolations).toEqual([]);
  });
}
