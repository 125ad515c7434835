/**
 * The mistakes a hand-made pair hides behind correct-looking URLs, made by hand through
 * authentik's API (not through the wizard's engine): a scope the app needs left out, an
 * authentication flow where an authorization flow belongs, a NameID the app does not match users
 * by, and an ACS URL on the right host but the wrong path. Each is found with a reason and a safe
 * fix, the untouched pairs raise no alarm, and after the fixes a second audit passes them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../lib/authentik/client';
import { createSimulator } from '../server/simulator/index';
import { applyFixes, fixCandidates } from '../features/audit/fixes';
import { runAudit, type AuditReport } from '../features/audit/run-audit';
import { pairChecks } from '../features/wizard/engine/checks/pair-checks';
import type { CheckUser } from '../features/wizard/engine/checks/types';
import { seedAuditMix, type AuditMix } from './audit-mix.support';
import { loadAll } from './load-all.support';

const all = await loadAll();
const definitions = all.filter((definition) =>
  ['proxmox-ve', 'grafana', 'google-workspace', 'slack', 'komga', 'generic-oidc', 'generic-saml', 'osticket', 'argocd'].includes(definition.id),
);

describe('a hand-made pair with a mistake its URLs do not show', () => {
  const simulator = createSimulator({ release: '2026.8', validateResponses: true });
  let url: string;
  let close: () => Promise<void>;
  let mix: AuditMix;
  let client: AuthentikClient;
  let user: CheckUser;
  const audit = (): Promise<AuditReport> =>
    runAudit({ client, user, version: simulator.version, definitions: all, signal: new AbortController().signal });
  const slugOf = (id: string) => {
    const found =
      mix.pairs.find((pair) => pair.integration === id && !pair.neutral && !pair.mistake) ??
      mix.pairs.find((pair) => pair.integration === id && !pair.mistake);
    if (!found) throw new Error(`no clean pair of ${id}`);
    return found.slug;
  };
  const providerOf = (slug: string) => simulator.state.applications.find((app) => app.slug === slug)!.provider!;

  beforeAll(async () => {
    ({ url, close } = await simulator.listen(0));
    mix = await seedAuditMix(simulator, url, definitions, { copies: 3 });
    client = createAuthentikClient({ base: url, token: simulator.tokens.superuser, mode: 'direct' }, { maxInFlight: 6 });
    const me = await unwrap(client.api.GET('/core/users/me/'));
    user = { pk: me.user.pk, is_superuser: true, username: me.user.username };
    // By hand, through the API, as an admin would.
    const proxmox = await unwrap(client.api.GET('/providers/oauth2/{id}/', { params: { path: { id: providerOf(slugOf('proxmox-ve')) } } }));
    const profile = simulator.state.scopeMappings.find((mapping) => mapping.managed === 'goauthentik.io/providers/oauth2/scope-profile')!.pk;
    await unwrap(
      client.api.PATCH('/providers/oauth2/{id}/', {
        params: { path: { id: proxmox.pk } },
        body: { property_mappings: (proxmox.property_mappings ?? []).filter((pk) => pk !== profile) },
      }),
    );
    const authentication = simulator.state.flows.find((flow) => flow.slug === 'default-authentication-flow')!.pk;
    await unwrap(
      client.api.PATCH('/providers/oauth2/{id}/', {
        params: { path: { id: providerOf(slugOf('grafana')) } },
        body: { authorization_flow: authentication },
      }),
    );
    const username = simulator.state.samlMappings.find((mapping) => mapping.managed === 'goauthentik.io/providers/saml/username')!.pk;
    await unwrap(
      client.api.PATCH('/providers/saml/{id}/', {
        params: { path: { id: providerOf(slugOf('google-workspace')) } },
        body: { name_id_mapping: username },
      }),
    );
    // The Slack pair left without a mistake was renamed neutrally by the seed: an admin names it “Slack (sales)”.
    simulator.state.applications.find((app) => app.slug === slugOf('slack'))!.name = 'Slack (sales)';
    const slack = await unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id: providerOf(slugOf('slack')) } } }));
    await unwrap(client.api.PATCH('/providers/saml/{id}/', { params: { path: { id: slack.pk } }, body: { acs_url: `${slack.acs_url}/acs` } }));
  }, 60_000);
  afterAll(() => close());

  const misses = [
    { app: 'proxmox-ve', check: 'scopes', says: /“profile”/ },
    { app: 'grafana', check: 'authorization-flow', says: /authentication flow, not an authorization flow/ },
    { app: 'google-workspace', check: 'name-id', says: /matches users by their email/ },
    { app: 'slack', check: 'acs-url', says: /receives logins on \/sso\/saml/ },
  ];

  it('finds each one with a reason an admin understands and a fix, and raises no alarm on the rest', async () => {
    const report = await audit();
    for (const miss of misses) {
      const row = report.rows.find((entry) => entry.key === slugOf(miss.app))!;
      expect(row.integration?.id, miss.app).toBe(miss.app);
      const check = row.checks.find((entry) => entry.id === miss.check);
      expect(check?.result.status, `${miss.app}: ${miss.check}`).toBe('fail');
      expect(check?.result.detail).toMatch(miss.says);
      expect(check?.result.fix, `${miss.app}: ${miss.check} has a fix`).toBeDefined();
      // The other checks of that pair still pass: one mistake, one finding.
      expect(row.checks.filter((entry) => entry.result.status !== 'pass').map((entry) => entry.id)).toEqual([miss.check]);
    }
    const touched = new Set(misses.map((miss) => slugOf(miss.app)));
    const clean = mix.pairs
      .filter((pair) => !pair.mistake && !touched.has(pair.slug))
      .map((pair) => report.rows.find((row) => row.key === pair.slug)!);
    expect(clean.length).toBeGreaterThan(3);
    expect(
      clean
        .filter((row) => row.status !== 'pass')
        .map(
          (row) =>
            `${row.key}: ${row.checks
              .filter((check) => check.result.status !== 'pass')
              .map((check) => check.id)
              .join(', ')}`,
        ),
    ).toEqual([]);
  });

  it('runs the same check list as the verify page, pair by pair', async () => {
    const report = await audit();
    for (const row of report.rows.filter((entry) => entry.pair && entry.integration)) {
      const definition = all.find((entry) => entry.id === row.integration!.id)!;
      expect(row.checks.length + (row.instanceChecks?.length ?? 0), row.key).toBe(pairChecks(definition, row.pair!).length);
    }
  });

  it('after the fixes, a second audit passes the four pairs', async () => {
    const first = await audit();
    const fixes = fixCandidates(first).filter((candidate) =>
      misses.some((miss) => candidate.row.key === slugOf(miss.app) && candidate.check.id === miss.check),
    );
    expect(fixes).toHaveLength(4);
    const outcomes = await applyFixes(client, fixes);
    expect([...outcomes.values()].every((outcome) => outcome.ok)).toBe(true);
    const second = await audit();
    for (const miss of misses) expect(second.rows.find((row) => row.key === slugOf(miss.app))?.status, miss.app).toBe('pass');
    expect(simulator.violations).toEqual([]);
  });

  it('raises no alarm on setups the app documents besides the wizard’s own (Argo CD through Dex, Google’s www ACS)', async () => {
    const argocd = await unwrap(client.api.GET('/providers/oauth2/{id}/', { params: { path: { id: providerOf(slugOf('argocd')) } } }));
    const dex = argocd.redirect_uris.map((uri) => ({ ...uri, url: uri.url.replace(/\/auth\/callback$/, '/api/dex/callback') }));
    expect(dex.some((uri) => uri.url.endsWith('/api/dex/callback'))).toBe(true);
    await unwrap(
      client.api.PATCH('/providers/oauth2/{id}/', {
        params: { path: { id: argocd.pk } },
        body: { redirect_uris: dex.filter((uri) => !uri.url.startsWith('http://localhost')) },
      }),
    );
    // The Google pair whose NameID was fixed above: now its ACS moves to Google's other documented host.
    const workspace = slugOf('google-workspace');
    const provider = await unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id: providerOf(workspace) } } }));
    await unwrap(
      client.api.PATCH('/providers/saml/{id}/', {
        params: { path: { id: provider.pk } },
        body: { acs_url: provider.acs_url.replace('https://accounts.google.com/', 'https://www.google.com/') },
      }),
    );
    const report = await audit();
    for (const slug of [slugOf('argocd'), workspace]) {
      const row = report.rows.find((entry) => entry.key === slug)!;
      expect(
        row.checks.filter((check) => check.result.status !== 'pass').map((check) => `${check.id}: ${check.result.detail ?? ''}`),
        slug,
      ).toEqual([]);
      // Argo CD through Dex is a setup of its own in the catalog (a variant). A pair whose name does
      // not say Argo CD is not recognised by a Dex callback alone (any app may run Dex): it is then
      // judged as a generic pair, without an alarm either. One still taken for the direct setup
      // accepts the Dex callback as documented.
      if (slug !== workspace && row.integration?.id !== 'argocd') continue;
      expect(row.checks.find((check) => check.id === (slug === workspace ? 'acs-url' : 'redirect-uri'))?.result.detail).toMatch(
        /^Another setup the app supports/,
      );
    }
    expect(report.rows.find((entry) => entry.key === slugOf('argocd'))?.integration?.id).toMatch(/^(argocd(-dex)?|generic-oidc)$/);
  });
  it('judges an app’s own mapping by what it sends, not by the wizard’s name for it (Slack’s User.Email, Komga’s verified email)', async () => {
    // The pairs seeded without a mistake (Slack's may carry the ACS miss above: another check).
    const others = (id: string) => mix.pairs.filter((pair) => pair.integration === id && !pair.mistake);
    const [slack] = others('slack');
    const [komga] = others('komga');
    expect(slack && komga).toBeTruthy();
    // Komga's callback fits Stirling PDF's too: the admin's name for it says which app it is.
    simulator.state.applications.find((app) => app.slug === komga!.slug)!.name = 'Komga (comics)';
    // An admin made these by hand, under names of their own, and attached them instead of the wizard's.
    const email = await unwrap(
      client.api.POST('/propertymappings/provider/saml/', {
        body: { name: 'IT: mail for Slack', saml_name: 'User.Email', expression: "return user.email  # Slack's login address" },
      }),
    );
    const verified = await unwrap(
      client.api.POST('/propertymappings/provider/scope/', {
        body: {
          name: 'Verified mail (ops)',
          scope_name: 'email',
          expression: "return {\n    'email_verified': True,\n    'email': request.user.email,\n}",
        },
      }),
    );
    const unverified = await unwrap(
      client.api.POST('/propertymappings/provider/scope/', {
        body: { name: 'Mail (ops)', scope_name: 'email', expression: "return {'email': request.user.email, 'email_verified': False}" },
      }),
    );
    const custom = new Set(
      [...simulator.state.samlMappings, ...simulator.state.scopeMappings]
        .filter((mapping) => mapping.name.startsWith('Slack: ') || mapping.name.startsWith('authentik wizard: '))
        .map((mapping) => mapping.pk),
    );
    const swap = async (slug: string, kind: 'saml' | 'oauth2', pk: string) => {
      const id = providerOf(slug);
      const provider =
        kind === 'saml'
          ? await unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id } } }))
          : await unwrap(client.api.GET('/providers/oauth2/{id}/', { params: { path: { id } } }));
      const own = provider.property_mappings ?? [];
      expect(
        own.some((entry) => custom.has(entry)),
        `${slug} had the wizard’s mapping`,
      ).toBe(true);
      const body = { property_mappings: [...own.filter((entry) => !custom.has(entry)), pk] };
      if (kind === 'saml') await unwrap(client.api.PATCH('/providers/saml/{id}/', { params: { path: { id } }, body }));
      else await unwrap(client.api.PATCH('/providers/oauth2/{id}/', { params: { path: { id } }, body }));
    };
    await swap(slack!.slug, 'saml', email.pk);
    await swap(komga!.slug, 'oauth2', verified.pk);
    const report = await audit();
    const check = (slug: string) => report.rows.find((row) => row.key === slug)!.checks.find((entry) => entry.id === 'custom-mappings')!;
    expect(check(slack!.slug).result).toMatchObject({ status: 'pass', actual: 'attribute User.Email: “IT: mail for Slack”' });
    const alarms = report.rows.find((row) => row.key === slack!.slug)!.checks.filter((entry) => entry.result.status !== 'pass');
    expect(alarms.map((entry) => entry.id).filter((id) => id !== 'acs-url')).toEqual([]);
    expect(check(komga!.slug).result).toMatchObject({ status: 'pass', actual: 'scope email: “Verified mail (ops)”' });
    // Same scope, but it says the address is not verified: Komga would refuse it.
    custom.add(verified.pk);
    await swap(komga!.slug, 'oauth2', unverified.pk);
    const after = (await audit()).rows.find((row) => row.key === komga!.slug)!.checks.find((entry) => entry.id === 'custom-mappings')!;
    expect(after.result.status).toBe('fail');
    expect(after.result.actual).toContain('“Mail (ops)” returns something else');
    expect(simulator.violations).toEqual([]);
  });
});
