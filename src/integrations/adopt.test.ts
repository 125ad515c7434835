/**
 * Adoption, proved from outside (issue H12): pairs made by hand through authentik's API are audited,
 * exported as a blueprint and a Terraform module; the blueprint applied to the same authentik changes
 * nothing, applied to a fresh one recreates the same pairs with the same check results; every provider
 * field the release's schema has is carried; the Terraform parses and fits the provider's documented
 * schema, and its import ids have the form each resource's importer reads.
 */
import { parse as parseHcl } from '@cdktf/hcl2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FindTag, IfTag, KeyOfTag, parseBlueprint } from 'authentik-simulator';
import { createAuthentikClient, unwrap } from '../lib/authentik/client';
import { loadContract } from '../server/contract/openapi-contract';
import { createSimulator } from '../server/simulator/index';
import { loadOpenApiDocument } from '../../packages/authentik-simulator/src/contract/schema-loader';
import { readForAdoption, adoptablePairs } from '../features/audit/adopt-read';
import { runAudit, type AuditReport } from '../features/audit/run-audit';
import { adopt, NOT_CARRIED, READ_ONLY, SECRET_FIELDS, type Adoption } from '../features/wizard/export/adopt';
import type { CheckUser } from '../features/wizard/engine/checks/types';
import { blueprintProblems, comparableValue, terraformProblems } from './export-proof.support';
import { HAND_MADE, seedHandMade } from './adopt-seed.support';
import { loadAll } from './load-all.support';

const definitions = await loadAll();

/**
 * The id each resource's importer takes (ImportStatePassthroughContext, then Read by `d.Id()`):
 * the application's slug (`d.SetId(res.Slug)`), a provider's pk as a number
 * (`strconv.ParseInt(d.Id(), 10, 32)`), a property mapping's UUID pk (`d.SetId(res.Pk)`).
 * goauthentik/terraform-provider-authentik pkg/provider/resource_application.go,
 * resource_provider_oauth2.go, resource_provider_saml.go, resource_property_mapping_provider_scope.go
 * and resource_property_mapping_provider_saml.go, the same at every tag v2025.4.0 … v2026.5.0.
 */
const IMPORT_ID: Readonly<Record<string, RegExp>> = {
  authentik_application: /^[-a-zA-Z0-9_]+$/,
  authentik_provider_oauth2: /^\d+$/,
  authentik_provider_saml: /^\d+$/,
  authentik_property_mapping_provider_scope: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  authentik_property_mapping_provider_saml: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

const REQUEST_SCHEMA: Readonly<Record<string, string>> = {
  'authentik_providers_oauth2.oauth2provider': 'OAuth2ProviderRequest',
  'authentik_providers_saml.samlprovider': 'SAMLProviderRequest',
};

describe.each([['2026.8'], ['2025.4']] as const)('adopting hand-made pairs of an authentik %s', (release) => {
  const source = createSimulator({ release, validateResponses: true });
  let url: string;
  let close: () => Promise<void>;
  let user: CheckUser;
  let report: AuditReport;
  let adoption: Adoption;
  const connect = (base: string, token: string) => createAuthentikClient({ base, token, mode: 'direct' }, { maxInFlight: 6 });

  const audit = async (simulator: typeof source, base: string) => {
    const client = connect(base, simulator.tokens.superuser);
    const me = await unwrap(client.api.GET('/core/users/me/'));
    user = { pk: me.user.pk, is_superuser: me.user.is_superuser, username: me.user.username };
    return runAudit({ client, user, version: simulator.version, definitions, signal: new AbortController().signal });
  };
  const exportOf = async (simulator: typeof source, base: string, rows: AuditReport['rows']) => {
    const pairs = adoptablePairs(rows);
    return adopt(await readForAdoption(connect(base, simulator.tokens.superuser), pairs, simulator.version));
  };

  beforeAll(async () => {
    ({ url, close } = await source.listen(0));
    await seedHandMade(source, url);
    report = await audit(source, url);
    adoption = await exportOf(
      source,
      url,
      report.rows.filter((row) => HAND_MADE.some((pair) => pair.slug === row.key)),
    );
  }, 60_000);
  afterAll(() => close());

  it('exports every selected pair, each custom mapping once, and no secret', () => {
    expect(adoption.skipped).toEqual([]);
    expect(adoption.adopted.map((pair) => pair.slug).sort()).toEqual(HAND_MADE.map((pair) => pair.slug).sort());
    const blueprint = parseBlueprint(adoption.blueprint);
    const mappings = blueprint.entries.filter((entry) => entry.model.includes('mapping'));
    expect(mappings.map((entry) => entry.identifiers.name).sort()).toEqual([
      'Helpdesk: NameID from e-mail',
      'Helpdesk: department',
      'Team wiki: groups claim',
    ]);
    for (const provider of source.state.providers)
      if (provider.kind === 'oauth2') {
        expect(adoption.blueprint).not.toContain(provider.client_secret);
        expect(adoption.terraform).not.toContain(provider.client_secret);
      }
    // No pk of this instance in the blueprint: it names what it refers to.
    for (const pk of [...source.state.flows, ...source.state.keypairs, ...source.state.scopeMappings, ...source.state.samlMappings].map(
      (item) => item.pk,
    ))
      expect(adoption.blueprint).not.toContain(pk);
    expect(blueprintProblems(adoption.blueprint, loadContract(release))).toEqual([]);
  });

  it('carries every provider field the release’s request schema has, with the value authentik holds', () => {
    const schemas = loadOpenApiDocument(release).components!.schemas as Record<string, { properties: Record<string, unknown> }>;
    const blueprint = parseBlueprint(adoption.blueprint);
    const names = new Map<unknown, unknown>([
      ...source.state.flows.map((flow) => [flow.pk, `flow:${flow.slug}`] as const),
      ...source.state.keypairs.map((key) => [key.pk, `key:${key.name}`] as const),
      ...[...source.state.scopeMappings, ...source.state.samlMappings].map(
        (mapping) => [mapping.pk, mapping.managed ? `managed:${mapping.managed}` : `custom:${mapping.name}`] as const,
      ),
      ...source.state.providers.map((provider) => [provider.pk, `provider:${provider.name}`] as const),
    ]);
    const entries = new Map(blueprint.entries.map((entry) => [entry.id, entry]));
    const named = (value: unknown): unknown => {
      if (value instanceof IfTag) return named(value.whenTrue);
      if (value instanceof FindTag) {
        const [field, wanted] = value.query[0]!;
        return field === 'slug'
          ? `flow:${String(wanted)}`
          : field === 'managed'
            ? `managed:${String(wanted)}`
            : value.model.includes('provider')
              ? `provider:${String(wanted)}`
              : `key:${String(wanted)}`;
      }
      if (value instanceof KeyOfTag) {
        const entry = entries.get(value.id)!;
        return entry.model.includes('mapping') ? `custom:${String(entry.identifiers.name)}` : `provider:${String(entry.identifiers.name)}`;
      }
      if (Array.isArray(value)) return value.map(named);
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, named(item)]));
      return names.get(value) ?? value;
    };
    for (const row of report.rows.filter((item) => HAND_MADE.some((pair) => pair.slug === item.key))) {
      const provider = row.pair!.provider as unknown as Record<string, unknown>;
      const requestFields = Object.keys(schemas[REQUEST_SCHEMA[String(provider.meta_model_name)]!]!.properties).filter(
        (field) => field !== 'provider_model',
      );
      const entry = blueprint.entries.find((item) => item.model === provider.meta_model_name && item.identifiers.name === provider.name)!;
      const exported = { ...entry.identifiers, ...entry.attrs };
      // Every request field, except the secret, is in the file; nothing else is.
      expect(Object.keys(exported).sort(), row.key).toEqual(
        requestFields.filter((field) => !SECRET_FIELDS.includes(field) && provider[field] !== undefined).sort(),
      );
      for (const field of Object.keys(exported)) expect(named(exported[field]), `${row.key}.${field}`).toEqual(named(provider[field]));
      // What authentik answers beyond the request schema is what it computes.
      for (const field of Object.keys(provider).filter((key) => !requestFields.includes(key)))
        expect(READ_ONLY.provider as readonly string[], field).toContain(field);
    }
    expect(Object.keys(NOT_CARRIED)).toEqual(['meta_icon']);
  });

  it('applied to the same authentik, the blueprint changes nothing', () => {
    const before = structuredClone(source.state);
    const applied = source.applyBlueprint(adoption.blueprint);
    expect(applied.every((entry) => entry.action === 'updated')).toBe(true);
    expect(applied).toHaveLength(HAND_MADE.length * 2 + 3);
    expect(source.state).toEqual(before);
  });

  it('applied to a fresh authentik, it recreates the same pairs with the same check results', async () => {
    const target = createSimulator({ release, validateResponses: true });
    const server = await target.listen(0);
    try {
      const applied = target.applyBlueprint(adoption.blueprint);
      expect(applied.every((entry) => entry.action === 'created')).toBe(true);
      const again = await audit(target, server.url);
      for (const pair of HAND_MADE) {
        const there = report.rows.find((row) => row.key === pair.slug)!;
        const here = again.rows.find((row) => row.key === pair.slug)!;
        expect(here.integration?.id, pair.slug).toBe(there.integration?.id);
        expect(comparableValue(here.pair, target.state, [server.url]), pair.slug).toEqual(comparableValue(there.pair, source.state, [url]));
        expect(
          here.checks.map((check) => [check.id, check.result.status]),
          pair.slug,
        ).toEqual(there.checks.map((check) => [check.id, check.result.status]));
        // The client ID is carried (the app keeps it); the secret is the new instance's own.
        const client = (p: typeof here) => (p.pair?.protocol === 'oidc' ? p.pair.provider.client_id : null);
        expect(client(here)).toBe(client(there));
      }
      // Applying it once more there changes nothing either.
      const before = structuredClone(target.state);
      target.applyBlueprint(adoption.blueprint);
      expect(target.state).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it('writes Terraform that parses, fits the provider’s documented schema and imports every object by the id its importer reads', async () => {
    const { problems, parsed } = await terraformProblems(adoption.terraform, release);
    expect(problems).toEqual([]);
    const imports = ((await parseHcl('adopt.tf', adoption.terraform)) as { import?: Array<{ to: string; id: string }> }).import ?? [];
    const declared = Object.entries(parsed.resource ?? {}).flatMap(([type, blocks]) => Object.keys(blocks).map((name) => `${type}.${name}`));
    expect(imports.map((item) => item.to.replace(/^\$\{|\}$/g, '')).sort()).toEqual(declared.sort());
    expect(declared).toHaveLength(HAND_MADE.length * 2 + 3);
    for (const item of imports) {
      const type = item.to.replace(/^\$\{/, '').split('.')[0]!;
      expect(item.id, item.to).toMatch(IMPORT_ID[type]!);
    }
    // The import ids are those of the objects the resources describe (so `terraform plan` shows no change).
    const resources = parsed.resource as Record<string, Record<string, Array<Record<string, unknown>>>>;
    for (const item of imports) {
      const [type, name] = item.to.replace(/^\$\{|\}$/g, '').split('.') as [string, string];
      const block = resources[type]![name]![0]!;
      if (type === 'authentik_application') expect(block.slug).toBe(item.id);
      else if (type.startsWith('authentik_provider_'))
        expect(source.state.providers.find((provider) => String(provider.pk) === item.id)?.name).toBe(block.name);
      else expect([...source.state.scopeMappings, ...source.state.samlMappings].find((mapping) => mapping.pk === item.id)?.name).toBe(block.name);
    }
    // Client secrets only as sensitive outputs.
    const outputs = parsed.output ?? {};
    for (const [name, [output]] of Object.entries(outputs)) if (name.endsWith('client_secret')) expect(output!.sensitive, name).toBe(true);
    expect(Object.values(resources.authentik_provider_oauth2 ?? {}).every(([block]) => !('client_secret' in block!))).toBe(true);
  });
});

describe('adopting what cannot be read whole', () => {
  it('leaves a pair out, and says why, when it refers to something the token could not read', () => {
    const result = adopt({
      release: '2026.8',
      pairs: [
        {
          application: { slug: 'lonely', name: 'Lonely', provider: 1 },
          provider: {
            pk: 1,
            name: 'Lonely provider',
            meta_model_name: 'authentik_providers_oauth2.oauth2provider',
            authorization_flow: 'f-1',
            invalidation_flow: 'f-2',
            property_mappings: [],
          },
        },
      ],
      flows: [{ pk: 'f-2', slug: 'default-provider-invalidation-flow' }],
      keypairs: [],
      mappings: [],
      providers: [{ pk: 1, name: 'Lonely provider' }],
      sources: null,
    });
    expect(result.adopted).toEqual([]);
    expect(result.skipped).toEqual([{ slug: 'lonely', reason: 'it uses a flow (f-1) the token cannot read' }]);
    expect(result.blueprint).toContain('# Left out: lonely: it uses a flow (f-1) the token cannot read.');
    expect(result.terraform).toContain('# Left out: lonely: it uses a flow (f-1) the token cannot read.');
    expect(result.blueprint).not.toContain('Lonely provider');
  });

  it('keeps every line a line of its own, whatever the names hold', () => {
    const result = adopt({
      release: '2026.8',
      pairs: [
        {
          application: { slug: 'odd', name: 'Odd\napp ${x} "q"\u2028', provider: 1 },
          provider: {
            pk: 1,
            name: 'Odd\rprovider',
            meta_model_name: 'authentik_providers_saml.samlprovider',
            authorization_flow: 'f-1',
            invalidation_flow: 'f-1',
            acs_url: 'https://x/%{y}',
          },
        },
      ],
      flows: [{ pk: 'f-1', slug: 'flow' }],
      keypairs: [],
      mappings: [],
      providers: [],
      sources: null,
    });
    expect(result.blueprint).not.toMatch(/\u2028|\r/);
    expect(parseBlueprint(result.blueprint).entries[1]!.attrs.name).toBe('Odd\napp ${x} "q"\u2028');
    expect(result.terraform).toContain('"Odd\\napp $${x} \\"q\\"\\u2028"');
    expect(result.terraform).toContain('"https://x/%%{y}"');
  });
});
