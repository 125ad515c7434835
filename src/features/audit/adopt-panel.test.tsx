// @vitest-environment jsdom
/**
 * Adopting from the audit screen: the admin selects hand-made pairs (or all, or none) and downloads
 * the blueprint and the Terraform module; when a read fails, the screen says so and the selection
 * stays, and the next try succeeds.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../app/screen-harness.support';
import { HAND_MADE, seedHandMade } from '../../integrations/adopt-seed.support';
import { catalog } from '../../integrations/registry';
import { disconnect } from '../connection/connection-store';
import { ROUTE_IDS } from '../wizard/route-ids';
import { AuditPage } from './audit-page';

const { simulator, url, close } = await startSimulator();
const saved: Array<{ name: string; text: Promise<string> }> = [];
// jsdom's Blob has no text(): read it as a browser's FileReader would.
const read = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

beforeEach(() => {
  saved.length = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const id = `blob:test/${blobs.size}`;
    blobs.set(id, blob as Blob);
    return id;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    saved.push({ name: this.download, text: read(blobs.get(this.href)!) });
  });
});
afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
  vi.restoreAllMocks();
});

async function auditedPanel() {
  await seedHandMade(simulator, url);
  await connectTo(url, simulator.tokens.superuser);
  renderRoutes([{ id: ROUTE_IDS.root, path: '/', loader: () => catalog, children: [{ path: 'audit', element: <AuditPage /> }] }], '/audit');
  const start = (await screen.findByRole('button', { name: 'Start the audit' })) as HTMLButtonElement;
  await waitFor(() => expect(start.disabled).toBe(false), { timeout: 10_000 });
  fireEvent.click(start);
  await screen.findByTestId('audit-summary', {}, { timeout: 30_000 });
  return screen.getByRole('region', { name: 'Adopt as code' });
}

describe('adopting audited pairs as code', () => {
  it('selects all or none, and downloads both files for the selection', async () => {
    const panel = await auditedPanel();
    const download = within(panel).getByRole('button', { name: 'Download blueprint' }) as HTMLButtonElement;
    expect(download.disabled).toBe(true);
    fireEvent.click(within(panel).getByRole('button', { name: `Select all ${HAND_MADE.length}` }));
    expect(within(panel).getAllByRole('checkbox', { checked: true })).toHaveLength(HAND_MADE.length);
    fireEvent.click(within(panel).getByRole('button', { name: 'Select none' }));
    expect(within(panel).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Adopt: Helpdesk (helpdesk-saml)' }));
    fireEvent.click(download);
    await within(panel).findByText('1 application in the files.', {}, { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('button', { name: 'Download Terraform' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((file) => file.name)).toEqual([
      expect.stringMatching(/^authentik-adopted-.*\.blueprint\.yaml$/),
      expect.stringMatching(/^authentik-adopted-.*\.tf$/),
    ]);
    const [blueprint, terraform] = await Promise.all(saved.map((file) => file.text));
    expect(blueprint).toContain('slug: "helpdesk-saml"');
    expect(blueprint).not.toContain('team-wiki');
    expect(terraform).toContain('to = authentik_application.helpdesk_saml');
  }, 60_000);

  it('says when reading what the pairs use fails, keeps the selection, and succeeds on the next try', async () => {
    const panel = await auditedPanel();
    simulator.faults.add({ method: 'GET', path: '/api/v3/flows/instances/', status: 503, body: 'Service Unavailable', times: 1 });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Adopt: Team wiki (team-wiki)' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Download blueprint' }));
    await within(panel).findByText(/The files could not be made/, {}, { timeout: 10_000 });
    expect(saved).toHaveLength(0);
    expect((within(panel).getByRole('checkbox', { name: 'Adopt: Team wiki (team-wiki)' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(panel).getByRole('button', { name: 'Download blueprint' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(await saved[0]!.text).toContain('slug: "team-wiki"');
  }, 60_000);
});
