/**
 * The fault matrix, run once for the generic Create: every way it can fail. Each case ends with an actionable
 * message, every input kept, and at most one pair for the slug in authentik.
 */
import type { Page } from '@playwright/test';
import { createSimulator, type Simulator } from 'authentik-simulator';
import { definitions, exampleInputs } from './support/catalog';
import { test, expect } from './support/fixtures';

interface AppCase {
  app: string;
  path: string;
  param: string;
  value: string;
  inputLabel: string;
  slug: string;
  model: string;
  /** A field of the request that the app's input owns, and authentik's refusal of it. */
  ownedError: Record<string, unknown>;
}

// The matrix runs once, on the first app of the catalog: Create's failure handling is generic.
const definition = definitions[0]!;
const [param, ui] = Object.entries(definition.inputUi)[0]!;
const [ownedPath] = Object.entries(definition.errorOwners).find(([, owner]) => owner === param)!;
const [, ownedField] = ownedPath.split('.');
const c: AppCase = {
  app: definition.name,
  path: definition.id,
  param,
  value: exampleInputs(definition)[param]!,
  inputLabel: ui.label,
  slug: definition.identity(definition.inputs.parse(exampleInputs(definition))).slug,
  model: definition.protocol.providerModel,
  ownedError: { provider: { [ownedField!]: ['Enter a valid URL.'] } },
};

const PUT_PATH = '/api/v3/core/transactional/applications/';
const CREATE = 'Create application and provider';

async function openReview(page: Page, c: AppCase, authentikUrl: string, token: string) {
  await page.goto(`/${c.path}?${c.param}=${encodeURIComponent(c.value)}`);
  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();
  await expect(page.getByRole('button', { name: CREATE })).toBeEnabled();
}

function pairsFor(simulator: Simulator, slug: string) {
  return simulator.state.applications.filter((application) => application.slug === slug).length;
}

async function expectInputsKept(page: Page, c: AppCase) {
  expect(new URL(page.url()).searchParams.get(c.param)).toBe(c.value);
}

{
  test.describe('When Create fails', () => {
    test('403 without permission explains which permission is missing', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({
        method: 'PUT',
        path: PUT_PATH,
        status: 403,
        body: { provider: `User lacks permission to create ${c.model}` },
        times: 1,
      });
      await page.getByRole('button', { name: CREATE }).click();
      const refusal = page.getByTestId('permission-refused');
      await expect(refusal).toContainText('authentik refused: this user may not create the pair');
      await expect(refusal).toContainText('User lacks permission to create');
      await expect(refusal).toContainText(`${c.model.replace('.', '.add_')}`);
      // Trying the same token again cannot help: the way on is another token.
      await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Connect with another token' })).toBeVisible();
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('a user who may not even read flows and keys is told it is a permission problem', async ({ page, simulator, authentikUrl }) => {
      await page.goto(`/${c.path}?${c.param}=${encodeURIComponent(c.value)}`);
      await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
      await page.getByLabel('authentik URL').fill(authentikUrl);
      await page.getByLabel('API token').fill(simulator.tokens.regular);
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('button', { name: 'Next: review' }).click();
      await expect(page.getByText('authentik is missing something this integration needs')).toBeVisible();
      await expect(page.getByText(/not a superuser.*only the objects it may view/)).toBeVisible();
      await expect(page.getByRole('button', { name: CREATE })).toHaveCount(0);
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('403 invalid token (expired meanwhile) says to paste a new token', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({ method: 'PUT', path: PUT_PATH, status: 403, body: { detail: 'Token invalid/expired' }, times: 1 });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('alert')).toContainText('authentik does not accept this token');
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('400 on a field is shown on the input that owns it', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({ method: 'PUT', path: PUT_PATH, status: 400, body: c.ownedError, times: 1 });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('alert')).toContainText('Enter a valid URL.');
      await page.getByRole('button', { name: `Change ${c.inputLabel}` }).click();
      const field = page.getByLabel(c.inputLabel, { exact: true });
      await expect(field).toHaveValue(c.value);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('Enter a valid URL.')).toBeVisible();
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('400 slug exists offers a free slug or the existing pair', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({
        method: 'PUT',
        path: PUT_PATH,
        status: 400,
        body: { app: { slug: ['Application with this slug already exists.'] } },
        times: 1,
      });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByText(`An application with the slug “${c.slug}” already exists`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Open the existing pair’s configuration' })).toBeVisible();
      await expect(page.getByText('This makes a second application and provider for the same app')).toBeVisible();
      await page.getByRole('button', { name: new RegExp(`^Use the slug “${c.slug}-2”`) }).click();
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('heading', { name: `Configure ${c.app}` })).toBeVisible();
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
      expect(pairsFor(simulator, `${c.slug}-2`)).toBe(1);
    });

    test('500 is explained, and trying again first looks for the pair', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({
        method: 'PUT',
        path: PUT_PATH,
        status: 500,
        body: '<h1>Server Error (500)</h1>',
        headers: { 'Content-Type': 'text/html' },
        times: 1,
      });
      await page.getByRole('button', { name: CREATE }).click();
      // The answer was lost: the wizard first asks authentik whether the pair exists.
      await expect(page.getByText('Nothing was created')).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('authentik had an internal error (HTTP 500)');
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { name: `Configure ${c.app}` })).toBeVisible();
      expect(pairsFor(simulator, c.slug)).toBe(1);
    });

    test('a 30-second wait shows progress and can be cancelled; retrying resumes instead of duplicating', async ({
      page,
      simulator,
      authentikUrl,
    }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({ method: 'PUT', path: PUT_PATH, delayMs: 30_000, times: 1 });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByText(/Waiting for authentik… \d+ s/)).toBeVisible({ timeout: 8_000 });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('alert')).toContainText('Cancelled');
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { name: `Configure ${c.app}` })).toBeVisible({ timeout: 40_000 });
      expect(pairsFor(simulator, c.slug)).toBe(1);
    });

    test('a dropped connection is explained and never leads to a second pair', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({ method: 'PUT', path: PUT_PATH, drop: true, times: 1 });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('alert')).toContainText('closed the connection without answering');
      await expect(page.getByText('Nothing was created')).toBeVisible();
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { name: `Configure ${c.app}` })).toBeVisible();
      expect(pairsFor(simulator, c.slug)).toBe(1);
    });

    test('a body that is not authentik JSON is called out', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.faults.add({
        method: 'PUT',
        path: PUT_PATH,
        status: 200,
        body: '<html>Welcome to nginx!</html>',
        headers: { 'Content-Type': 'text/html' },
        times: 1,
      });
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('alert')).toContainText('This does not look like authentik at');
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('applied: false is a failure with nothing created', async ({ page, simulator, authentikUrl }) => {
      await openReview(page, c, authentikUrl, simulator.tokens.superuser);
      simulator.failNextApply();
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByText('authentik did not apply the request')).toBeVisible();
      await expect(page.getByText(/authentik logged:|authentik returned no log lines/)).toBeVisible();
      await expectInputsKept(page, c);
      expect(pairsFor(simulator, c.slug)).toBe(0);
    });

    test('authentik unreachable is explained with what to check', async ({ page }) => {
      const gone = createSimulator();
      const listening = await gone.listen(0);
      await openReview(page, c, listening.url, gone.tokens.superuser);
      await listening.close();
      await page.getByRole('button', { name: CREATE }).click();
      await expect(page.getByRole('alert')).toContainText(`Could not reach ${new URL(listening.url).host}`);
      await expectInputsKept(page, c);
      expect(pairsFor(gone, c.slug)).toBe(0);
    });
  });
}
