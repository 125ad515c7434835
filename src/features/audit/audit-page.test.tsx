// @vitest-environment jsdom
/**
 * The audit screen against a simulated authentik full of pairs made by hand: the admin runs the
 * audit and sees every application with what failed, reviews and applies the offered fixes
 * (authentik then holds them), stops a long run and keeps what it checked, and learns what a
 * token that may not read everything could not see.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../app/screen-harness.support';
import { seedAuditMix } from '../../integrations/audit-mix.support';
import { seedByHand } from '../../integrations/hand-made.support';
import { loadAll } from '../../integrations/load-all.support';
import { catalog } from '../../integrations/registry';
import { disconnect } from '../connection/connection-store';
import { ROUTE_IDS } from '../wizard/route-ids';
import { AuditPage } from './audit-page';

const definitions = await loadAll();
const { simulator, url, close } = await startSimulator();

// jsdom has no modal dialogs; the review dialog only needs to open and close.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

async function openAudit(token = simulator.tokens.superuser) {
  await connectTo(url, token);
  renderRoutes([{ id: ROUTE_IDS.root, path: '/', loader: () => catalog, children: [{ path: 'audit', element: <AuditPage /> }] }], '/audit');
  const start = (await screen.findByRole('button', { name: 'Start the audit' })) as HTMLButtonElement;
  // The catalog's definitions load first.
  await waitFor(() => expect(start.disabled).toBe(false), { timeout: 10_000 });
  fireEvent.click(start);
}

const summary = () => screen.findByTestId('audit-summary', {}, { timeout: 30_000 });

describe('auditing the applications in an authentik', () => {
  it('lists every application with what failed; the selected fixes are reviewed, applied, and gone on the next audit', async () => {
    const mix = await seedAuditMix(simulator, url, definitions, { copies: 1 });
    await openAudit();
    expect((await summary()).textContent).toContain(`${mix.pairs.length + mix.orphanProviders.length} applications and providers`);
    for (const seeded of mix.pairs)
      expect(screen.getByTestId(`audit-row-${seeded.slug}`).dataset.status).toMatch(seeded.mistake ? /fail|warn/ : /pass/);

    const fixable = mix.pairs.filter((pair) => pair.mistake?.fixable);
    for (const box of screen.getAllByRole('checkbox', { name: /^Fix:/ }) as HTMLInputElement[]) if (!box.disabled) fireEvent.click(box);
    expect(screen.getAllByRole('checkbox', { name: /^Fix:/, checked: true })).toHaveLength(fixable.length);
    fireEvent.click(screen.getByRole('button', { name: `Review ${fixable.length} selected fixes` }));
    const dialog = screen.getByRole('dialog', { name: `Review ${fixable.length} fixes` });
    expect(within(dialog).getAllByText(/PATCH \/api\/v3\/providers\/(oauth2|saml)\/\d+\//)).toHaveLength(fixable.length);
    fireEvent.click(within(dialog).getByRole('button', { name: `Apply ${fixable.length} fixes` }));
    await waitFor(() => expect(within(dialog).getAllByText('✓ Applied')).toHaveLength(fixable.length), { timeout: 20_000 });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Audit again' }));
    await summary();
    expect(screen.queryByRole('checkbox', { name: /^Fix:/ })).toBeNull();
    for (const seeded of fixable) expect(screen.getByTestId(`audit-row-${seeded.slug}`).dataset.status).toBe('pass');
  }, 120_000);

  it('the audit run can be stopped, and shows what it checked until then', async () => {
    const mix = await seedAuditMix(simulator, url, definitions.slice(0, 6), { copies: 1 });
    // Each provider takes a while to read, as on a busy authentik.
    simulator.faults.add({ method: 'GET', path: /^\/api\/v3\/providers\/(oauth2|saml)\/\d+\/$/, delayMs: 400 });
    await openAudit();
    await screen.findByText(/^Checked [1-9]\d* of \d+ applications…$/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Stop the audit' }));

    expect((await summary()).textContent).toMatch(
      new RegExp(`^Stopped\\. ${mix.pairs.length + mix.orphanProviders.length} applications and providers`),
    );
    expect(screen.getByRole('button', { name: 'Audit again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop the audit' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    // Partial: the applications checked before the stop keep their results, the others say why they have none.
    const notChecked = screen.getAllByText('Not checked: the audit was stopped.');
    expect(notChecked.length).toBeGreaterThan(0);
    expect(notChecked.length).toBeLessThan(mix.pairs.length);
  }, 60_000);

  it('a token that may not read everything is told what the audit could not see', async () => {
    await seedAuditMix(simulator, url, definitions.slice(0, 2), { copies: 1 });
    await openAudit(simulator.tokens.regular);
    expect(screen.getByText('This user is not a superuser')).toBeTruthy();
    await summary();
    expect(screen.getByText('This token could not read everything')).toBeTruthy();
    expect(screen.getAllByText('authentik_core.view_provider').length).toBeGreaterThan(0);
  }, 60_000);
  it('a pair recognition is not sure of shows the candidates; the admin picks the app and the row is checked as that app', async () => {
    await seedByHand(url, simulator.tokens.superuser);
    await openAudit();
    await summary();
    const row = screen.getByTestId('audit-row-team-portal');
    expect(within(row).getByTestId('audit-unsure-team-portal').textContent).toMatch(
      /^Not sure: looks like .*Home Assistant.* or Another app \(OpenID Connect\) — choose\.$/,
    );
    const choice = within(row).getByLabelText('App for Team portal') as HTMLSelectElement;
    expect(choice.value).toBe('generic-oidc');
    expect(within(row).getByText(/^\d+ of \d+ checks passed/).textContent).not.toMatch(/^5 of 5/);
    fireEvent.change(choice, { target: { value: 'home-assistant' } });
    await within(row).findByText('Checked as Home Assistant, as you chose.', {}, { timeout: 10_000 });
    expect((within(row).getByLabelText('App for Team portal') as HTMLSelectElement).value).toBe('home-assistant');
    expect(row.dataset.status).toBe('pass');
    // Home Assistant's own checks ran: its verify link now opens Home Assistant's verify page.
    expect(within(row).getByRole('link', { name: 'Verify Team portal' }).getAttribute('href')).toMatch(/^\/home-assistant\//);
    // A confidently recognised row offers no choice.
    expect(within(screen.getByTestId('audit-row-grafana')).queryByRole('combobox')).toBeNull();
  }, 60_000);
});
