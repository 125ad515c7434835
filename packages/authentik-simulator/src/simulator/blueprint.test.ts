/**
 * An admin applies a blueprint to a fresh instance: the simulator resolves `!Find` against what it
 * holds and `!KeyOf` against the entries before, creates in order, and refuses what authentik's
 * importer would refuse — leaving nothing half-applied.
 */
import { describe, expect, it } from 'vitest';
import { BlueprintError, createSimulator, parseBlueprint } from './index.ts';

const blueprint = (attrs = '', extraEntry = '') => `version: 1
metadata:
  name: "Wiki"
entries:
${extraEntry}  - model: authentik_providers_oauth2.oauth2provider
    id: provider
    identifiers:
      name: "Provider for Wiki"
    attrs:
      authorization_flow: !Find [authentik_flows.flow, [slug, "default-provider-authorization-implicit-consent"]]
      invalidation_flow: !Find [authentik_flows.flow, [slug, "default-provider-invalidation-flow"]]
      signing_key: !Find [authentik_crypto.certificatekeypair, [name, "authentik Self-signed Certificate"]]
      redirect_uris:
        - matching_mode: "strict"
          url: "https://wiki.company/oidc/callback"
      property_mappings:
        - !Find [authentik_providers_oauth2.scopemapping, [managed, "goauthentik.io/providers/oauth2/scope-openid"]]
${attrs}  - model: authentik_core.application
    id: application
    identifiers:
      slug: "wiki"
    attrs:
      name: "Wiki"
      provider: !KeyOf provider
`;

describe('applying a blueprint', () => {
  it('creates the provider and the application, finding flows, key and mappings by slug, name and managed id', () => {
    const sim = createSimulator({ release: '2026.8' });
    const applied = sim.applyBlueprint(blueprint());
    expect(applied.map((entry) => [entry.model, entry.action])).toEqual([
      ['authentik_providers_oauth2.oauth2provider', 'created'],
      ['authentik_core.application', 'created'],
    ]);
    const provider = sim.state.providers.find((p) => p.name === 'Provider for Wiki')!;
    const flow = sim.state.flows.find((f) => f.slug === 'default-provider-authorization-implicit-consent')!;
    expect(provider.kind === 'oauth2' && provider.authorization_flow).toBe(flow.pk);
    expect(provider.kind === 'oauth2' && provider.client_id).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(sim.state.applications.find((app) => app.slug === 'wiki')!.provider).toBe(provider.pk);
  });

  it('applies again without a second pair (state present updates in place)', () => {
    const sim = createSimulator();
    sim.applyBlueprint(blueprint());
    expect(sim.applyBlueprint(blueprint()).map((entry) => entry.action)).toEqual(['updated', 'updated']);
    expect(sim.state.applications.filter((app) => app.slug === 'wiki')).toHaveLength(1);
  });

  it('refuses a key the release’s request schema does not have, and creates nothing', () => {
    const sim = createSimulator({ release: '2025.4' });
    expect(() => sim.applyBlueprint(blueprint('      grant_types: ["authorization_code"]\n'))).toThrow(/entry 1 .*grant_types/);
    expect(sim.state.providers).toHaveLength(0);
  });

  it('refuses a !KeyOf to an entry that is not declared before it', () => {
    const sim = createSimulator();
    const text = blueprint().replace('!KeyOf provider', '!KeyOf nothing');
    expect(() => sim.applyBlueprint(text)).toThrow(BlueprintError);
    expect(sim.state.providers).toHaveLength(0);
  });

  it('leaves a reference the instance does not have empty, so the schema says what is missing', () => {
    const sim = createSimulator();
    const text = blueprint().replace('default-provider-invalidation-flow', 'no-such-flow');
    expect(() => sim.applyBlueprint(text)).toThrow(/invalidation_flow/);
  });

  it('gives a plain !Find that finds no key null, as authentik does: the provider would be unsigned', () => {
    const sim = createSimulator({ release: '2026.8' });
    sim.applyBlueprint(blueprint().replace('authentik Self-signed Certificate', 'Company key'));
    expect(sim.state.providers[0]).toMatchObject({ signing_key: null });
  });

  it('resolves !If by its condition, so a guarded !Find that finds nothing fails the whole blueprint in the serializer’s words', () => {
    const find = '!Find [authentik_crypto.certificatekeypair, [name, "Company key"]]';
    const guarded = blueprint().replace(/signing_key: .*/, `signing_key: !If [${find}, ${find}, "Missing on this authentik: the key Company key"]`);
    const sim = createSimulator({ release: '2026.8' });
    expect(() => sim.applyBlueprint(guarded)).toThrow(/\/signing_key “Missing on this authentik: the key Company key” is not a valid UUID\./);
    expect(sim.state.providers).toHaveLength(0);
    // With the key there, the same file takes it.
    const present = guarded.replaceAll('Company key', 'authentik Self-signed Certificate');
    sim.applyBlueprint(present);
    expect(sim.state.providers[0]).toMatchObject({
      signing_key: sim.state.keypairs.find((key) => key.name === 'authentik Self-signed Certificate')!.pk,
    });
  });

  it('reads only the tags it resolves: !Env and friends are refused', () => {
    expect(() => parseBlueprint('version: 1\nentries:\n  - model: x\n    identifiers: { name: !Env NAME }\n')).toThrow(/Unresolved tag: !Env/);
  });
});
