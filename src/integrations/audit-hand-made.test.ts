/**
 * The audit on a small authentik set up by hand through the HTTP API (not the wizard's engine):
 * each mistake the URLs do not show is found, each valid setup the app documents raises no alarm,
 * and a pair whose callback path several apps share is reported as not sure, with the candidates;
 * checked as the app the admin then picks, its checks follow that choice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../lib/authentik/client';
import { createSimulator } from '../server/simulator/index';
import { recheckRow, runAudit, type AuditReport } from '../features/audit/run-audit';
import { pairChecks } from '../features/wizard/engine/checks/pair-checks';
import { createShared } from '../features/wizard/engine/checks/run-checks';
import type { CheckUser } from '../features/wizard/engine/checks/types';
import { seedByHand, type HandMadeCase } from './hand-made.support';
import { loadAll } from './load-all.support';

const all = await loadAll();

describe('an authentik set up by hand', () => {
  const simulator = createSimulator({ release: '2026.8', validateResponses: true });
  let close: () => Promise<void>;
  let client: AuthentikClient;
  let user: CheckUser;
  let cases: HandMadeCase[];
  let report: AuditReport;
  const catalog = createShared();

  beforeAll(async () => {
    let url: string;
    ({ url, close } = await simulator.listen(0));
    cases = await seedByHand(url, simulator.tokens.superuser);
    client = createAuthentikClient({ base: url, token: simulator.tokens.superuser, mode: 'direct' }, { maxInFlight: 6 });
    const me = await unwrap(client.api.GET('/core/users/me/'));
    user = { pk: me.user.pk, is_superuser: true, username: me.user.username };
    report = await runAudit({ client, user, version: simulator.version, definitions: all, signal: new AbortController().signal, catalog });
  }, 60_000);
  afterAll(() => close());

  it('finds each mistake, raises no alarm on the valid setups, and is not sure where it cannot be', () => {
    expect(cases.map((seeded) => seeded.slug)).toEqual([
      'pve',
      'grafana',
      'google',
      'google-www',
      'slack',
      'slack-sales',
      'argocd',
      'team-portal',
      'nas',
    ]);
    for (const seeded of cases) {
      const row = report.rows.find((entry) => entry.key === seeded.slug)!;
      expect(row.integration?.id, seeded.slug).toBe(seeded.recognised);
      const alarms = row.checks.filter((check) => check.result.status !== 'pass').map((check) => check.id);
      expect(alarms, seeded.slug).toEqual(seeded.finds ? [seeded.finds] : []);
      if (seeded.candidates) {
        // Not sure: neither confidently the app whose path it shares, nor confidently generic.
        expect(row.integration?.named, seeded.slug).toBe(false);
        for (const candidate of seeded.candidates) expect(row.integration?.candidates, seeded.slug).toContain(candidate);
        expect(row.integration?.evidence.join(' ')).toMatch(/on too little to tell/);
      } else expect(row.integration?.candidates, seeded.slug).toBeUndefined();
    }
    expect(simulator.violations).toEqual([]);
  });

  it('checks an unsure row as the app the admin picks, without reading the shared lists again', async () => {
    const row = report.rows.find((entry) => entry.key === 'team-portal')!;
    const catalogReads = () => simulator.requests.filter((request) => /^\/api\/v3\/(flows\/instances|propertymappings)\//.test(request.path)).length;
    const before = catalogReads();
    const ctx = { client, user, signal: new AbortController().signal, catalog };
    const home = all.find((definition) => definition.id === 'home-assistant')!;
    const asHome = await recheckRow(row, home, ctx);
    expect(asHome.row.integration).toMatchObject({ id: 'home-assistant', chosen: true, candidates: row.integration!.candidates });
    // Home Assistant's own checks now: its discovery document, RS256, its callback.
    expect(asHome.row.checks.map((check) => check.id)).toEqual(
      pairChecks(home, row.pair!)
        .filter((check) => check.scope !== 'instance')
        .map((check) => check.id),
    );
    expect(asHome.row.checks.map((check) => check.id)).toContain('discovery');
    expect(asHome.row.status).toBe('pass');
    // Picked as an app it is not (Komodo wants its own callback and scopes): the checks say so.
    const komodo = await recheckRow(
      row,
      all.find((definition) => definition.id === 'komodo')!,
      ctx,
    );
    expect(komodo.row.integration?.id).toBe('komodo');
    expect(catalogReads()).toBe(before);
  });
});
