/**
 * What the battery uses to prove an exported blueprint and Terraform file (ADR 0007): the
 * blueprint's attrs against the release's request schemas, the Terraform file against the
 * provider's documented schema (copied into terraform-provider-schema.fixture.json), and a pair
 * made comparable across two instances (pks become the slug / name / managed id they stand for).
 * Used only by tests.
 */
import { parse as parseHcl } from '@cdktf/hcl2json';
import { FindTag, IfTag, KeyOfTag, parseBlueprint, type SimulatorState } from 'authentik-simulator';
import type { Contract } from 'authentik-simulator/contract';
import type { ReleaseId } from '../lib/authentik/releases';
import type { CreatedPair } from '../features/wizard/engine/types';
import schema from '../features/wizard/export/terraform-provider-schema.fixture.json' with { type: 'json' };

/** The create operation whose request schema each exported model's attrs must fit. */
export const REQUEST_PATHS: Readonly<Record<string, string>> = {
  'authentik_providers_oauth2.oauth2provider': '/providers/oauth2/', // OAuth2ProviderRequest
  'authentik_providers_saml.samlprovider': '/providers/saml/', // SAMLProviderRequest
  'authentik_providers_proxy.proxyprovider': '/providers/proxy/', // ProxyProviderRequest
  'authentik_outposts.outpost': '/outposts/instances/', // OutpostRequest
  'authentik_core.application': '/core/applications/', // ApplicationRequest
  'authentik_providers_oauth2.scopemapping': '/propertymappings/provider/scope/', // ScopeMappingRequest
  'authentik_providers_saml.samlpropertymapping': '/propertymappings/provider/saml/', // SAMLPropertyMappingRequest
  'authentik_core.group': '/core/groups/', // GroupRequest
  'authentik_policies.policybinding': '/policies/bindings/', // PolicyBindingRequest
};

const SOME_UUID = 'a0000000-0000-4000-8000-000000000001';

/**
 * Parses the blueprint with its tags; each entry's attrs, with its identifiers as the importer merges
 * them on creation and tags standing for a pk of the right type, against the release's request schema.
 */
export function blueprintProblems(text: string, contract: Contract): string[] {
  const blueprint = parseBlueprint(text);
  const models = new Map(blueprint.entries.map((entry) => [entry.id, entry.model]));
  const stand = (value: unknown): unknown => {
    if (value instanceof FindTag) return SOME_UUID;
    // A guarded `!Find` (found → the pk, else a text the serializer refuses): the found branch.
    if (value instanceof IfTag) return stand(value.whenTrue);
    if (value instanceof KeyOfTag) return REQUEST_PATHS[models.get(value.id) ?? '']?.startsWith('/providers/') ? 1 : SOME_UUID;
    // A user is found by user name; the field wants the user's integer pk.
    if (value instanceof IfTag && value.condition instanceof FindTag && value.condition.model === 'authentik_core.user') return 1;
    if (Array.isArray(value)) return value.map(stand);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stand(item)]));
    return value;
  };
  return blueprint.entries.flatMap((entry, index) => {
    const apiPath = REQUEST_PATHS[entry.model];
    if (!apiPath) return [`entry ${index + 1}: unexpected model ${entry.model}`];
    // A managed object (the embedded outpost) is never created by a blueprint: the importer updates it.
    const managed = typeof entry.identifiers?.managed === 'string';
    const check = managed
      ? contract.validateRequest(
          { method: 'PATCH', apiPath: `${apiPath}${SOME_UUID}/`, query: new URLSearchParams(), body: stand(entry.attrs) },
          { strict: true },
        )
      : contract.validateRequest(
          { method: 'POST', apiPath, query: new URLSearchParams(), body: stand({ ...entry.identifiers, ...entry.attrs }) },
          { strict: true },
        );
    return check.ok ? [] : check.errors.map((issue) => `entry ${index + 1} (${entry.model}) ${issue.pointer} ${issue.message}`);
  });
}

interface Documented {
  required: string[];
  optional: string[];
  readOnly: string[];
  sensitive: string[];
}

type HclBlock = Record<string, unknown>;
type HclJson = {
  terraform?: HclBlock[];
  provider?: Record<string, HclBlock[]>;
  data?: Record<string, Record<string, HclBlock[]>>;
  resource?: Record<string, Record<string, HclBlock[]>>;
  output?: Record<string, HclBlock[]>;
};

const META_ARGUMENTS = new Set(['depends_on', 'count', 'for_each', 'lifecycle', 'provider']);

/** The Terraform file parsed by an HCL parser, each block against the provider release's documented schema. */
export async function terraformProblems(text: string, release: ReleaseId): Promise<{ problems: string[]; parsed: HclJson }> {
  const parsed = (await parseHcl('export.tf', text)) as HclJson;
  const version = schema.releaseToProvider[release];
  const provider = schema.providers[version as keyof typeof schema.providers];
  const problems: string[] = [];
  const against = (kind: string, type: string, name: string, block: HclBlock, documented: Documented | undefined) => {
    if (!documented) return problems.push(`${kind} ${type}.${name}: not documented in ${version}`);
    const settable = new Set([...documented.required, ...documented.optional]);
    for (const key of Object.keys(block))
      if (!settable.has(key) && !META_ARGUMENTS.has(key)) problems.push(`${kind} ${type}.${name}: ${key} is no argument in ${version}`);
    for (const key of documented.required) if (!(key in block)) problems.push(`${kind} ${type}.${name}: required ${key} missing`);
    for (const [path, keys] of Object.entries(provider.mapKeys)) {
      const [resource, attribute] = path.split('.') as [string, string];
      if (resource !== type || !Array.isArray(block[attribute])) continue;
      for (const item of block[attribute] as HclBlock[])
        for (const key of Object.keys(item)) if (!keys.includes(key)) problems.push(`${type}.${name}.${attribute}: ${key} is no key in ${version}`);
    }
    return problems.length;
  };
  for (const [type, blocks] of Object.entries(parsed.resource ?? {})) {
    const documented = (provider.resources as Record<string, Documented>)[type] ?? (schema.random.resources as Record<string, Documented>)[type];
    for (const [name, [block]] of Object.entries(blocks)) against('resource', type, name, block!, documented);
  }
  for (const [type, blocks] of Object.entries(parsed.data ?? {})) {
    for (const [name, [block]] of Object.entries(blocks))
      against('data', type, name, block!, (provider.dataSources as Record<string, Documented>)[type]);
  }
  const required = parsed.terraform?.[0]?.required_providers as Array<Record<string, { source: string; version: string }>> | undefined;
  if (required?.[0]?.authentik?.version !== version)
    problems.push(`required_providers: authentik ${String(required?.[0]?.authentik?.version)}, documented ${version}`);
  const providerBlock = parsed.provider?.authentik?.[0] ?? {};
  if (Object.keys(providerBlock).length > 0)
    problems.push('provider "authentik" sets arguments: the URL and token belong in AUTHENTIK_URL / AUTHENTIK_TOKEN');
  return { problems, parsed };
}

/** Every pk and generated credential of an instance: none may appear in an export. */
export function instanceIds(state: SimulatorState): string[] {
  return [
    ...state.flows.map((flow) => flow.pk),
    ...state.keypairs.map((key) => key.pk),
    ...state.scopeMappings.map((mapping) => mapping.pk),
    ...state.samlMappings.map((mapping) => mapping.pk),
    ...state.applications.map((application) => application.pk),
    ...state.providers.flatMap((provider) => (provider.kind === 'oauth2' ? [provider.client_id, provider.client_secret] : [])),
  ].filter((value) => value !== '');
}

/**
 * The pair as the checks see it, the same on any instance: pks become what they stand for, the
 * instance's own address becomes BASE, and what authentik generates per instance is left out.
 */
export function comparable(pair: CreatedPair, state: SimulatorState, bases: readonly string[]): unknown {
  // What the wizard's own outpost attachment reported belongs to the create, not to the pair.
  const { attachment: _attachment, ...rest } = pair as CreatedPair & { attachment?: unknown };
  return comparableValue(rest, state, bases);
}

/** The same for any value read from an instance (records of its state, answers of its API). */
export function comparableValue(value: unknown, state: SimulatorState, bases: readonly string[]): unknown {
  const names = new Map<unknown, string>([
    ...state.flows.map((flow) => [flow.pk, `flow:${flow.slug}`] as const),
    ...state.keypairs.map((key) => [key.pk, `keypair:${key.name}`] as const),
    // A managed mapping by its name; a custom one by what it says (an exported file names it with a hash of its fields).
    ...state.scopeMappings.map(
      (mapping) =>
        [mapping.pk, mapping.managed ? `mapping:${mapping.name}` : `custom-mapping:scope ${mapping.scope_name}:${mapping.expression}`] as const,
    ),
    ...state.samlMappings.map(
      (mapping) =>
        [mapping.pk, mapping.managed ? `mapping:${mapping.name}` : `custom-mapping:saml ${mapping.saml_name}:${mapping.expression}`] as const,
    ),
  ]);
  const generated = new Set(['pk', 'client_id', 'client_secret', 'provider', 'pbm_uuid', 'uuid']);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const named = names.get(value);
      if (named) return named;
      const within = [...names].reduce((text, [pk, name]) => text.split(String(pk)).join(name), value);
      return bases.reduce((text, base) => text.split(base).join('BASE'), within);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !generated.has(key))
          .map(([key, item]) => [key, walk(item)]),
      );
    return value;
  };
  return walk(value);
}
