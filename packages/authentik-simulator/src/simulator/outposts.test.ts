/**
 * Proxy providers and outposts, per release: what a fresh authentik holds, what the transactional
 * create and the outpost PATCH accept, and what the embedded outpost then serves.
 */
import { describe, expect, it } from 'vitest';
import { schemaFacts } from '../release-facts.ts';
import { RELEASES } from '../releases.ts';
import type { ReleaseId } from '../releases.ts';
import { TRANSACTIONAL, flowPk, oauth2Body, serveSimulatorForTests } from './test-helpers.ts';
import type { Simulator } from './index.ts';

function proxyBody(sim: Simulator, slug: string, provider: Record<string, unknown> = {}) {
  return {
    app: { name: `App ${slug}`, slug, meta_launch_url: `https://${slug}.example.com` },
    provider_model: 'authentik_providers_proxy.proxyprovider',
    provider: {
      name: `Provider for ${slug}`,
      authorization_flow: flowPk(sim, 'default-provider-authorization-implicit-consent'),
      invalidation_flow: flowPk(sim, 'default-provider-invalidation-flow'),
      external_host: `https://${slug}.example.com`,
      mode: 'forward_single',
      ...provider,
    },
  };
}

/** Violations, without the one the 2025.4/2025.6 schema causes itself (see `outpostServiceConnectionObjNullable`). */
function realViolations(sim: Simulator) {
  if (schemaFacts(sim.release).outpostServiceConnectionObjNullable) return sim.violations;
  return sim.violations.filter(
    (violation) => !violation.issues.every((issue) => issue.pointer === '/service_connection_obj' || /\/service_connection_obj$/.test(issue.pointer)),
  );
}

const EMBEDDED = '/api/v3/outposts/instances/?managed__iexact=goauthentik.io/outposts/embedded';

describe.each(RELEASES)('authentik %s: proxy providers and the embedded outpost', (release: ReleaseId) => {
  const { sim, client } = serveSimulatorForTests({ release, validateResponses: true });

  it('a fresh install holds the embedded outpost, empty and without an authentik host', async () => {
    const res = await client.get(EMBEDDED);
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(1);
    const outpost = res.body.results[0];
    expect(outpost).toMatchObject({ name: 'authentik Embedded Outpost', type: 'proxy', providers: [], managed: 'goauthentik.io/outposts/embedded' });
    expect(outpost.config.authentik_host).toBe('');
    expect(outpost.token_identifier).toBe(`ak-outpost-${outpost.pk}-api`);
    expect(realViolations(sim)).toEqual([]);
  });

  it('creates a forward-auth pair with the callback redirect URIs and managed scopes, then attaches it next to another', async () => {
    expect((await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'first') })).body).toEqual({ applied: true, logs: [] });
    expect((await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'second') })).body).toEqual({ applied: true, logs: [] });
    const [first, second] = sim.state.providers;
    const provider = await client.get(`/api/v3/providers/proxy/${second!.pk}/`);
    expect(provider.status).toBe(200);
    expect(provider.body).toMatchObject({
      mode: 'forward_single',
      external_host: 'https://second.example.com',
      internal_host: '',
      assigned_application_slug: 'second',
      meta_model_name: 'authentik_providers_proxy.proxyprovider',
      outpost_set: [],
    });
    expect(provider.body.redirect_uris.map((uri: { url: string }) => uri.url)).toEqual([
      'https://second.example.com/outpost.goauthentik.io/callback?X-authentik-auth-callback=true',
      'https://second.example.com?X-authentik-auth-callback=true',
    ]);
    // redirect_uri_type is a field of the release's schema from 2026.5 only
    expect('redirect_uri_type' in provider.body.redirect_uris[0]).toBe(schemaFacts(release).redirectUriType);
    const scopes = sim.state.scopeMappings
      .filter((mapping) => provider.body.property_mappings.includes(mapping.pk))
      .map((mapping) => mapping.scope_name);
    expect(scopes.sort()).toEqual(['ak_proxy', 'email', 'openid', 'profile']);

    const outpost = (await client.get(EMBEDDED)).body.results[0];
    await client.call('PATCH', `/api/v3/outposts/instances/${outpost.pk}/`, { body: { providers: [first!.pk] } });
    const merged = [...(await client.get(`/api/v3/outposts/instances/${outpost.pk}/`)).body.providers, second!.pk];
    const patched = await client.call('PATCH', `/api/v3/outposts/instances/${outpost.pk}/`, { body: { providers: merged } });
    expect(patched.status).toBe(200);
    expect(patched.body.providers).toEqual([first!.pk, second!.pk]);
    expect(patched.body.providers_obj.map((entry: { name: string }) => entry.name)).toEqual(['Provider for first', 'Provider for second']);
    expect((await client.get(`/api/v3/providers/proxy/${second!.pk}/`)).body.outpost_set).toEqual(['Outpost authentik Embedded Outpost']);
    expect(realViolations(sim)).toEqual([]);
  });

  it('a PATCH replaces the list: sending only the new provider drops the one that was there', async () => {
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'first') });
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'second') });
    const [first, second] = sim.state.providers;
    const outpost = sim.state.outposts[0]!;
    await client.call('PATCH', `/api/v3/outposts/instances/${outpost.pk}/`, { body: { providers: [first!.pk] } });
    await client.call('PATCH', `/api/v3/outposts/instances/${outpost.pk}/`, { body: { providers: [second!.pk] } });
    expect(sim.state.outposts[0]!.providers).toEqual([second!.pk]);
  });

  it('refuses another provider type when the type is sent, an unknown pk, and renaming the embedded outpost', async () => {
    await client.call('PUT', TRANSACTIONAL, { body: oauth2Body(sim) });
    const oauth = sim.state.providers[0]!;
    const outpost = sim.state.outposts[0]!;
    const path = `/api/v3/outposts/instances/${outpost.pk}/`;
    const typed = await client.call('PATCH', path, { body: { type: 'proxy', providers: [oauth.pk] } });
    expect(typed.status).toBe(400);
    expect(typed.body).toEqual({ providers: ["Outpost type proxy can't be used with OAuth2Provider providers."] });
    const missing = await client.call('PATCH', path, { body: { providers: [999] } });
    expect(missing.body).toEqual({ providers: ['Invalid pk "999" - object does not exist.'] });
    const renamed = await client.call('PATCH', path, { body: { name: 'mine' } });
    expect(renamed.body).toEqual({ name: ["Embedded outpost's name cannot be changed"] });
    // the embedded outpost may be emptied
    expect((await client.call('PATCH', path, { body: { providers: [] } })).status).toBe(200);
  });

  it('proxy mode needs an internal host; validate() reads only what was sent, so a PATCH without mode is judged as proxy', async () => {
    const refused = await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'full', { mode: 'proxy' }) });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ provider: { internal_host: ['Internal host cannot be empty when forward auth is disabled.'] } });
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'single') });
    const pk = sim.state.providers[0]!.pk;
    const patch = await client.call('PATCH', `/api/v3/providers/proxy/${pk}/`, { body: { external_host: 'https://other.example.com' } });
    expect(patch.status).toBe(400);
    expect(patch.body).toEqual({ internal_host: ['Internal host cannot be empty when forward auth is disabled.'] });
    const withMode = await client.call('PATCH', `/api/v3/providers/proxy/${pk}/`, {
      body: { mode: 'forward_single', external_host: 'https://other.example.com' },
    });
    expect(withMode.status).toBe(200);
    expect(withMode.body.redirect_uris[1].url).toBe('https://other.example.com?X-authentik-auth-callback=true');
  });

  it('a token without the outpost permissions sees no outpost and cannot change one', async () => {
    const outpost = sim.state.outposts[0]!;
    const regular = sim.tokens.regular;
    expect((await client.get(EMBEDDED, { token: regular })).body.results).toEqual([]);
    const user = sim.state.users.find((entry) => entry.username === 'alice')!;
    user.permissions.push('authentik_outposts.view_outpost');
    const denied = await client.call('PATCH', `/api/v3/outposts/instances/${outpost.pk}/`, { body: { providers: [] }, token: regular });
    expect(denied.status).toBe(403);
  });

  it('the embedded outpost serves only attached providers that have an application', async () => {
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'served') });
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'other') });
    const headers = { 'X-Original-URL': 'https://served.example.com/' };
    const before = await client.get('/outpost.goauthentik.io/auth/nginx', { headers, token: null });
    expect(before.status).toBe(400);
    expect(before.body).toMatchObject({ Message: 'no app for hostname', Host: 'served.example.com' });
    const outpost = sim.state.outposts[0]!;
    outpost.providers = sim.state.providers.map((provider) => provider.pk);
    expect((await client.get('/outpost.goauthentik.io/auth/nginx', { headers, token: null })).status).toBe(401);
    sim.state.applications = sim.state.applications.filter((app) => app.slug !== 'served');
    // one app served: the outpost passes everything to it; none left of the host's own
    expect((await client.get('/outpost.goauthentik.io/auth/nginx', { headers, token: null })).status).toBe(401);
    sim.state.applications = [];
    expect((await client.get('/outpost.goauthentik.io/auth/nginx', { headers, token: null })).status).toBe(400);
  });

  it('a blueprint can attach a provider to the embedded outpost, keeping the providers it names', async () => {
    await client.call('PUT', TRANSACTIONAL, { body: proxyBody(sim, 'kept') });
    const outpost = sim.state.outposts[0]!;
    outpost.providers = [sim.state.providers[0]!.pk];
    sim.applyBlueprint(`version: 1
entries:
  - model: authentik_providers_proxy.proxyprovider
    id: provider
    identifiers: { name: Provider for added }
    attrs:
      authorization_flow: !Find [authentik_flows.flow, [slug, default-provider-authorization-implicit-consent]]
      invalidation_flow: !Find [authentik_flows.flow, [slug, default-provider-invalidation-flow]]
      external_host: https://added.example.com
      mode: forward_single
  - model: authentik_core.application
    identifiers: { slug: added }
    attrs: { name: Added, provider: !KeyOf provider }
  - model: authentik_outposts.outpost
    identifiers: { managed: goauthentik.io/outposts/embedded }
    attrs:
      providers:
        - !Find [authentik_providers_proxy.proxyprovider, [name, Provider for kept]]
        - !KeyOf provider
`);
    expect(sim.state.outposts[0]!.providers).toEqual(sim.state.providers.map((provider) => provider.pk));
    expect(sim.state.providers[1]!.kind === 'proxy' && sim.state.providers[1]!.redirect_uris).toHaveLength(2);
  });
});

describe('forwarded headers from 2026.8', () => {
  const { client } = serveSimulatorForTests({ release: '2026.8' });
  it('the outpost still uses X-Forwarded-Host from a trusted (loopback) proxy', async () => {
    const res = await client.get('/outpost.goauthentik.io/auth/traefik', { headers: { 'X-Forwarded-Host': 'nothing.example.com' }, token: null });
    expect(res.body).toMatchObject({ Host: 'nothing.example.com' });
  });
});
