/**
 * The independent oracle: every catalog definition carries an `expected` block of literal values copied from
 * the authentik guide and the vendor's documentation (cited there). Here each app is created in a
 * simulated authentik of the newest release through the real engine, with the oracle's own inputs
 * (and its round-trip values), and the pair and the configuration screen must hold exactly what
 * the documentation says. A definition whose template is wrong fails here, however well it agrees
 * with itself in the battery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, type AuthentikClient } from '../lib/authentik/client';
import { capabilities, NEWEST_RELEASE } from '../lib/authentik/releases';
import { createSimulator } from '../server/simulator/index';
import { discover } from '../features/wizard/api/discovery';
import { createOnce } from '../features/wizard/api/create-pair';
import { roleGroupNames } from '../features/wizard/engine/role-groups';
import { patchProvider } from '../features/wizard/api/pair';
import { resolveContext } from '../features/wizard/engine/resolve-context';
import type { Expected } from '../features/wizard/definition/expected';
import type { CreatedPair, IntegrationDefinition } from '../features/wizard/engine/types';
import { loadAll } from './load-all.support';
import { AK } from './test-context';

const integrations = await loadAll();

function oracleOf(definition: IntegrationDefinition): Expected | undefined {
  return definition.data.expected;
}

/** What the NameID carries, read from the provider authentik holds. */
function nameIdOf(provider: Record<string, unknown>, mappings: { pk: string; managed?: string | null }[]): string {
  const mapping = provider.name_id_mapping ? mappings.find((candidate) => candidate.pk === provider.name_id_mapping) : null;
  if (mapping)
    return mapping.managed?.startsWith('goauthentik.io/providers/saml/') ? mapping.managed.slice('goauthentik.io/providers/saml/'.length) : 'custom';
  // No mapping: authentik derives the NameID from the NameID policy (providers/saml/processors/assertion.py).
  return provider.default_name_id_policy === 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' ? 'email' : 'hashed_uid';
}

describe('every catalog app carries an independent expectation, with its sources', () => {
  it.each(integrations.map((definition) => [definition.name, definition] as const))('%s', (_name, definition) => {
    const expected = oracleOf(definition);
    expect(expected, `add an expected block to src/integrations/${definition.id}/definition.ts`).toBeDefined();
    expect(expected!.sources?.authentik).toMatch(/^https:\/\//);
    expect(expected!.sources?.vendor).toMatch(/^https:\/\//);
    expect([expected!.oidc, expected!.saml, expected!.proxy].filter(Boolean), 'exactly one of oidc, saml or proxy').toHaveLength(1);
    expect(expected!.oidc ? 'oidc' : expected!.saml ? 'saml' : 'proxy').toBe(definition.protocol.id);
    // Literal values only: a `{key}` template would make the oracle agree with the definition by construction.
    expect(JSON.stringify(expected), 'a template placeholder in the expected block').not.toMatch(/\{[a-z_]+\}/);
  });
});

describe(`created in a simulated authentik ${NEWEST_RELEASE}, each app holds what its documentation says`, () => {
  const simulator = createSimulator({ validateResponses: true, release: NEWEST_RELEASE });
  let listening: Awaited<ReturnType<typeof simulator.listen>>;
  let client: AuthentikClient;
  beforeAll(async () => {
    listening = await simulator.listen(0);
    client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
  });
  afterAll(() => listening.close());

  async function create(definition: IntegrationDefinition, expected: Expected): Promise<{ pair: CreatedPair; inputs: Record<string, string> }> {
    simulator.reset();
    const release = capabilities(NEWEST_RELEASE);
    const inputs = definition.inputs.parse(expected.inputs);
    const resolved = resolveContext(definition, await discover(client, definition, release), {}, { release, base: listening.url });
    expect(resolved.problems).toEqual([]);
    const roleGroups = roleGroupNames(definition.roleGroups, {});
    let pair = await createOnce(client, { definition, inputs, identity: definition.identity(inputs), context: resolved.context!, roleGroups }, false);
    if (expected.roundTrip) {
      expect(definition.followUp, 'the documentation has a round trip').toBeDefined();
      const values = definition.followUp!.schema(pair).parse(expected.roundTrip);
      pair = await patchProvider(client, pair, definition.followUp!.patch(values));
    }
    return { pair, inputs };
  }

  it.each(integrations.filter((definition) => oracleOf(definition)).map((definition) => [definition.name, definition] as const))(
    '%s',
    async (_name, definition) => {
      const expected = oracleOf(definition)!;
      const { pair, inputs } = await create(definition, expected);
      const provider = pair.provider as unknown as Record<string, unknown>;
      if (expected.launchUrl !== undefined) expect(pair.application.meta_launch_url, 'launch URL').toBe(expected.launchUrl);
      // The groups the documentation tells the admin to create: declared under those names, and made before the pair.
      expect(Object.fromEntries(definition.roleGroups.map((group) => [group.key, group.name])), 'role groups').toEqual(expected.roleGroups ?? {});
      for (const name of Object.values(expected.roleGroups ?? {}))
        expect(
          simulator.state.groups.map((group) => group.name),
          `the group “${name}” exists`,
        ).toContain(name);

      if (expected.oidc) {
        const oidc = expected.oidc;
        const uris = (provider.redirect_uris as { url: string; matching_mode: string; redirect_uri_type?: string }[]).map((uri) => ({
          url: uri.url,
          matching: uri.matching_mode,
          type: uri.redirect_uri_type ?? 'authorization',
        }));
        // In any order: authentik tries each entry.
        const sorted = <T extends { url: string; type: string }>(list: T[]) =>
          [...list].sort((a, b) => `${a.type} ${a.url}`.localeCompare(`${b.type} ${b.url}`));
        expect(sorted(uris), 'redirect URIs').toEqual(
          sorted(
            oidc.redirectUris
              .map((uri) => (typeof uri === 'string' ? { url: uri } : uri))
              .map((uri) => ({ url: uri.url, matching: uri.matching ?? 'strict', type: uri.type ?? 'authorization' })),
          ),
        );
        const offered = (provider.property_mappings as string[]).map(
          (pk) => simulator.state.scopeMappings.find((mapping) => mapping.pk === pk)?.scope_name,
        );
        for (const scope of oidc.scopes) expect(offered, `the provider offers the scope “${scope}”`).toContain(scope);
        if (oidc.clientType) expect(provider.client_type, 'client type').toBe(oidc.clientType);
        if (oidc.subject) expect(provider.sub_mode, 'subject mode').toBe(oidc.subject);
        if (oidc.signing === 'RS256') expect(definition.discovery.keyType, 'the app verifies RS256: an RSA key is required').toBe('rsa');
        if (oidc.signing === 'ES256') expect(definition.discovery.keyType, 'the app verifies ES256: an EC key is required').toBe('ec');
        if (oidc.signing === 'HS256') expect(provider.signing_key ?? null, 'the app verifies HS256: no signing key').toBeNull();
      }

      if (expected.saml) {
        const saml = expected.saml;
        expect(provider.acs_url, 'ACS URL').toBe(saml.acsUrl);
        expect(provider.audience ?? '', 'audience').toBe(saml.audience);
        if (saml.binding) expect(provider.sp_binding, 'binding').toBe(saml.binding);
        if (saml.nameId) expect(nameIdOf(provider, simulator.state.samlMappings), 'what the NameID carries').toBe(saml.nameId);
        if (saml.signAssertion !== undefined) expect(provider.sign_assertion, 'assertion signed').toBe(saml.signAssertion);
        if (saml.signResponse !== undefined) expect(provider.sign_response, 'response signed').toBe(saml.signResponse);
        if (saml.keyType === 'rsa') expect(definition.discovery.keyType, 'the app accepts RSA signatures only').toBe('rsa');
        const attributes = (provider.property_mappings as string[]).map(
          (pk) => simulator.state.samlMappings.find((mapping) => mapping.pk === pk)?.saml_name,
        );
        for (const attribute of saml.attributes ?? []) expect(attributes, `the assertion carries “${attribute}”`).toContain(attribute);
      }

      if (expected.proxy) {
        const proxy = expected.proxy;
        expect(provider.mode, 'mode').toBe(proxy.mode);
        expect(provider.external_host, 'external host').toBe(proxy.externalHost);
        if (proxy.internalHost !== undefined) expect(provider.internal_host, 'internal host').toBe(proxy.internalHost);
        if (proxy.cookieDomain !== undefined) expect(provider.cookie_domain, 'cookie domain').toBe(proxy.cookieDomain);
        const skipped = String(provider.skip_path_regex ?? '').split('\n');
        for (const path of proxy.openPaths ?? []) expect(skipped, `“${path}” is left unauthenticated`).toContain(path);
      }

      // The values the admin types into the app, as the configuration screen shows them.
      const screen = definition.configure(pair, listening.url, inputs);
      const shown = (value: string) => value.split(listening.url).join(AK);
      for (const [key, value] of Object.entries(expected.appSide ?? {})) {
        const candidates = screen.flatMap((section) =>
          section.fields.filter((field) => `${section.title} › ${field.label}` === key || field.label === key),
        );
        expect(candidates.length, `a field “${key}” on the configuration screen`).toBeGreaterThan(0);
        expect(
          candidates.map((field) => shown(field.value)),
          `“${key}”`,
        ).toContain(value);
      }
    },
  );
});
