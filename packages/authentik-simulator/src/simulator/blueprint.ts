/**
 * Blueprints (v1), as authentik's importer applies them: YAML with the `!Find` and `!KeyOf` tags,
 * entries in file order, each found by its identifiers and created (or, with `state: present`,
 * updated) from identifiers merged with attrs. The simulator knows the models the wizard exports:
 * OAuth2, SAML and proxy providers, applications, outposts, scope and SAML property mappings, groups
 * and policy bindings (authentik_policies.policybinding: group or user bindings to an application). Every entry's data is
 * validated strictly against the release's request schema (an unknown key is an error, not
 * dropped), then by the same serializer rules as the API. All or nothing: a failing entry leaves
 * the instance as it was.
 */
import type { YAMLSeq } from 'yaml';
import { parseDocument } from 'yaml';
import { randomUUID } from 'node:crypto';
import { releaseFacts } from '../release-facts.ts';
import type { Contract } from '../contract/openapi-contract.ts';
import type { ProviderKind } from './provider-model.ts';
import { PROVIDER_MODELS, buildProvider, patchProvider, providerSemanticErrors } from './provider-model.ts';
import { buildApplication } from './routes/transactional.ts';
import { defaultOutpostConfig, outpostErrors } from './outposts.ts';
import { setOauthDefaults } from './proxy-model.ts';
import type { SimOutpost, SimProxyProvider, SimulatorState } from './types.ts';

/** `!Find [model, [field, value], …]`: the pk of the first object matching every query, or null. */
export class FindTag {
  constructor(
    readonly model: string,
    readonly query: ReadonlyArray<readonly [string, unknown]>,
  ) {}
}

/**
 * `!If [condition, when_true, when_false]`: authentik resolves the condition (a tag or a value)
 * and gives one branch by its truth (authentik/blueprints/v1/common.py, class If). With one item
 * the branches are true and false.
 */
export class IfTag {
  constructor(
    readonly condition: unknown,
    readonly whenTrue: unknown,
    readonly whenFalse: unknown,
  ) {}
}

/** `!KeyOf id`: the pk of an entry declared earlier in the same blueprint. */
export class KeyOfTag {
  constructor(readonly id: string) {}
}

export interface BlueprintEntry {
  model: string;
  id?: string;
  state?: 'present' | 'created' | 'must_created' | 'absent';
  identifiers: Record<string, unknown>;
  attrs: Record<string, unknown>;
}

export interface Blueprint {
  version: number;
  metadata?: { name: string; labels?: Record<string, string> };
  entries: BlueprintEntry[];
}

export class BlueprintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlueprintError';
  }
}

const CUSTOM_TAGS = [
  {
    tag: '!Find',
    collection: 'seq' as const,
    resolve(seq: unknown) {
      const [model, ...query] = (seq as YAMLSeq).toJSON() as unknown[];
      if (typeof model !== 'string' || query.some((pair) => !Array.isArray(pair) || pair.length !== 2))
        throw new BlueprintError('!Find takes a model and [field, value] pairs');
      return new FindTag(model, query as Array<[string, unknown]>);
    },
  },
  { tag: '!KeyOf', resolve: (id: string) => new KeyOfTag(id) },
  {
    tag: '!If',
    collection: 'seq' as const,
    resolve(seq: unknown) {
      const items = (seq as YAMLSeq).items.map((item) =>
        item && typeof item === 'object' && 'toJSON' in item ? (item as { toJSON: () => unknown }).toJSON() : item,
      );
      if (items.length === 1) return new IfTag(items[0], true, false);
      if (items.length !== 3) throw new BlueprintError('!If takes a condition, or a condition and two values');
      return new IfTag(items[0], items[1], items[2]);
    },
  },
];

/** Parses a blueprint with authentik's tags; any other tag (`!Env`, `!Context` …) is refused. */
export function parseBlueprint(text: string): Blueprint {
  const document = parseDocument(text, { customTags: CUSTOM_TAGS });
  const problems = [...document.errors, ...document.warnings].map((problem) => problem.message);
  if (problems.length > 0) throw new BlueprintError(`Not a blueprint this simulator reads: ${problems.join('; ')}`);
  const blueprint = document.toJS() as Blueprint;
  if (blueprint?.version !== 1) throw new BlueprintError('Blueprint version must be 1');
  if (!Array.isArray(blueprint.entries)) throw new BlueprintError('A blueprint needs a list of entries');
  if (blueprint.metadata && typeof blueprint.metadata.name !== 'string') throw new BlueprintError('metadata.name is required when metadata is set');
  return blueprint;
}

interface ModelInfo {
  /** The create operation whose request schema the entry's data must fit. */
  apiPath: string;
  find: (state: SimulatorState) => Array<Record<string, unknown> & { pk: unknown }>;
}

const MAPPINGS_SCOPE = (state: SimulatorState) => state.scopeMappings as unknown as Array<Record<string, unknown> & { pk: unknown }>;
const MAPPINGS_SAML = (state: SimulatorState) => state.samlMappings as unknown as Array<Record<string, unknown> & { pk: unknown }>;

/** Models `!Find` can search (fields as the API names them) and entries can create. */
const MODELS: Readonly<Record<string, ModelInfo>> = {
  'authentik_flows.flow': {
    apiPath: '/flows/instances/',
    find: (state) => state.flows as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_crypto.certificatekeypair': {
    apiPath: '/crypto/certificatekeypairs/',
    find: (state) => state.keypairs as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_providers_oauth2.scopemapping': { apiPath: '/propertymappings/provider/scope/', find: MAPPINGS_SCOPE },
  'authentik_providers_saml.samlpropertymapping': { apiPath: '/propertymappings/provider/saml/', find: MAPPINGS_SAML },
  'authentik_providers_oauth2.oauth2provider': {
    apiPath: '/providers/oauth2/',
    find: (state) => state.providers.filter((p) => p.kind === 'oauth2') as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_providers_saml.samlprovider': {
    apiPath: '/providers/saml/',
    find: (state) => state.providers.filter((p) => p.kind === 'saml') as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_providers_proxy.proxyprovider': {
    apiPath: '/providers/proxy/',
    find: (state) => state.providers.filter((p) => p.kind === 'proxy') as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_core.application': {
    apiPath: '/core/applications/',
    find: (state) => state.applications as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_core.user': { apiPath: '/core/users/', find: (state) => state.users as unknown as Array<Record<string, unknown> & { pk: unknown }> },
  'authentik_core.group': { apiPath: '/core/groups/', find: (state) => state.groups as unknown as Array<Record<string, unknown> & { pk: unknown }> },
  'authentik_policies.policybinding': {
    apiPath: '/policies/bindings/',
    find: (state) => state.policyBindings as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
  'authentik_outposts.outpost': {
    apiPath: '/outposts/instances/',
    find: (state) => state.outposts as unknown as Array<Record<string, unknown> & { pk: unknown }>,
  },
};

const CREATABLE = new Set([
  'authentik_providers_oauth2.scopemapping',
  'authentik_providers_saml.samlpropertymapping',
  'authentik_providers_oauth2.oauth2provider',
  'authentik_providers_saml.samlprovider',
  'authentik_providers_proxy.proxyprovider',
  'authentik_core.application',
  'authentik_core.group',
  'authentik_policies.policybinding',
  'authentik_outposts.outpost',
]);

export interface AppliedEntry {
  model: string;
  id: string | undefined;
  pk: unknown;
  action: 'created' | 'updated' | 'kept';
}

/**
 * Applies a blueprint to the simulator's state: resolves the tags, validates each entry against
 * `contract` (the release's schema) and creates or updates in order. Throws a BlueprintError, and
 * changes nothing, when any entry fails.
 */
export function applyBlueprint(state: SimulatorState, contract: Contract, text: string): AppliedEntry[] {
  const blueprint = parseBlueprint(text);
  const draft = structuredClone(state);
  const keys = new Map<string, unknown>();
  const applied: AppliedEntry[] = [];

  const resolve = (value: unknown, where: string): unknown => {
    if (value instanceof KeyOfTag) {
      if (!keys.has(value.id)) throw new BlueprintError(`${where}: KeyOf: failed to find entry with id "${value.id}"`);
      return keys.get(value.id);
    }
    if (value instanceof FindTag) {
      const model = MODELS[value.model];
      if (!model) throw new BlueprintError(`${where}: !Find on ${value.model}, which this simulator does not hold`);
      const found = model.find(draft).find((item) => value.query.every(([field, expected]) => item[field] === expected));
      return found ? found.pk : null;
    }
    if (value instanceof IfTag) return resolve(resolve(value.condition, where) ? value.whenTrue : value.whenFalse, where);
    if (Array.isArray(value)) return value.map((item, index) => resolve(item, `${where}[${index}]`));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, `${where}.${key}`)]));
    return value;
  };

  blueprint.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.model})`;
    const model = MODELS[entry.model];
    if (!model || !CREATABLE.has(entry.model)) throw new BlueprintError(`${where}: model not supported by the simulator`);
    const state = entry.state ?? 'present';
    if (state === 'absent') throw new BlueprintError(`${where}: state absent is not simulated`);
    const identifiers = resolve(entry.identifiers ?? {}, `${where}.identifiers`) as Record<string, unknown>;
    if (Object.keys(identifiers).length === 0) throw new BlueprintError(`${where}: identifiers are required`);
    const attrs = resolve(entry.attrs ?? {}, `${where}.attrs`) as Record<string, unknown>;
    const existing = model.find(draft).find((item) => Object.entries(identifiers).every(([field, value]) => item[field] === value));
    if (existing && state === 'must_created') throw new BlueprintError(`${where}: State is set to must_created and object exists already`);
    if (existing && state === 'created') {
      applied.push({ model: entry.model, id: entry.id, pk: existing.pk, action: 'kept' });
      if (entry.id) keys.set(entry.id, existing.pk);
      return;
    }
    const data = existing ? attrs : { ...identifiers, ...attrs };
    const check = contract.validateRequest(
      {
        method: existing ? 'PATCH' : 'POST',
        apiPath: existing ? `${model.apiPath}${String(existing.pk)}/` : model.apiPath,
        query: new URLSearchParams(),
        body: data,
      },
      { strict: true },
    );
    // The serializer's own words where the contract knows them (“… is not a valid UUID.”), as authentik reports them.
    if (!check.ok)
      throw new BlueprintError(`${where}: ${check.errors.map((issue) => `${issue.pointer || '/'} ${issue.drfMessage ?? issue.message}`).join('; ')}`);

    const kind: ProviderKind | undefined = PROVIDER_MODELS[entry.model];
    let pk: unknown;
    if (kind) {
      const selfPk = existing ? (existing.pk as number) : undefined;
      const errors = providerSemanticErrors(draft, kind, data, { skip: new Set(), ...(selfPk === undefined ? {} : { selfPk }) });
      if (Object.keys(errors).length > 0) throw new BlueprintError(`${where}: ${JSON.stringify(errors)}`);
      if (existing) {
        patchProvider(existing as never, data);
        if (kind === 'proxy') setOauthDefaults(draft, existing as unknown as SimProxyProvider);
        pk = existing.pk;
      } else {
        const provider = buildProvider(kind, draft.nextProviderPk, data, releaseFacts(draft.release));
        if (provider.kind === 'proxy') setOauthDefaults(draft, provider);
        draft.nextProviderPk += 1;
        draft.providers.push(provider);
        pk = provider.pk;
      }
    } else if (entry.model === 'authentik_outposts.outpost') {
      // importer: an existing object is updated with partial=True, `initial_data` being the entry's data;
      // `providers` replaces the outpost's list (no merge)
      const outpost = existing as unknown as SimOutpost | undefined;
      const errors = outpostErrors(draft, outpost ?? null, data);
      if (Object.keys(errors).length > 0) throw new BlueprintError(`${where}: ${JSON.stringify(errors)}`);
      if (outpost) {
        if (Array.isArray(data.providers)) outpost.providers = [...new Set(data.providers as number[])];
        if (typeof data.config === 'object' && data.config !== null) outpost.config = structuredClone(data.config as Record<string, unknown>);
        if (typeof data.name === 'string') outpost.name = data.name;
        pk = outpost.pk;
      } else {
        const created: SimOutpost = {
          pk: randomUUID(),
          name: String(data.name),
          type: data.type as SimOutpost['type'],
          providers: [...new Set(data.providers as number[])],
          service_connection: null,
          config: (data.config as Record<string, unknown> | undefined) ?? defaultOutpostConfig(),
          managed: (data.managed as string | null | undefined) ?? null,
        };
        draft.outposts.push(created);
        pk = created.pk;
      }
    } else if (entry.model === 'authentik_core.application') {
      const providerPk = (data.provider as number | null | undefined) ?? null;
      if (providerPk !== null && !draft.providers.some((provider) => provider.pk === providerPk))
        throw new BlueprintError(`${where}: Invalid pk "${String(providerPk)}" - object does not exist.`);
      if (existing) {
        Object.assign(existing, data);
        pk = existing.pk;
      } else {
        const application = buildApplication(data, providerPk);
        draft.applications.push(application);
        pk = application.pk;
      }
    } else if (entry.model === 'authentik_core.group') {
      if (existing) {
        if (typeof data.name === 'string') existing.name = data.name;
        pk = existing.pk;
      } else {
        if (draft.groups.some((group) => group.name === data.name)) throw new BlueprintError(`${where}: Group with this name already exists.`);
        const group = {
          pk: randomUUID(),
          name: String(data.name),
          parents: [],
          isSuperuser: (data.is_superuser as boolean | undefined) ?? false,
          attributes: (data.attributes as Record<string, unknown> | undefined) ?? {},
        };
        draft.groups.push(group);
        pk = group.pk;
      }
    } else if (entry.model === 'authentik_policies.policybinding') {
      const merged = { ...(existing ?? {}), ...data } as Record<string, unknown>;
      const problems: string[] = [];
      if (!draft.applications.some((app) => app.pk === merged.target))
        problems.push(`target: Invalid pk "${String(merged.target)}" - object does not exist.`);
      if (merged.group && !draft.groups.some((group) => group.pk === merged.group))
        problems.push(`group: Invalid pk "${String(merged.group)}" - object does not exist.`);
      if (merged.user !== undefined && merged.user !== null && !draft.users.some((user) => user.pk === merged.user))
        problems.push(`user: Invalid pk "${String(merged.user)}" - object does not exist.`);
      const count = ['group', 'policy', 'user'].filter((key) => merged[key] !== undefined && merged[key] !== null && merged[key] !== '').length;
      if (problems.length === 0 && count !== 1)
        problems.push(count > 1 ? "Only one of 'group', 'policy', 'user' can be set." : "One of 'group', 'policy', 'user' must be set.");
      if (problems.length > 0) throw new BlueprintError(`${where}: ${problems.join('; ')}`);
      if (existing) {
        Object.assign(existing, data);
        pk = existing.pk;
      } else {
        const binding = {
          pk: randomUUID(),
          target: String(merged.target),
          policy: (merged.policy as string | null | undefined) || null,
          group: (merged.group as string | null | undefined) || null,
          user: (merged.user as number | null | undefined) ?? null,
          negate: (merged.negate as boolean | undefined) ?? false,
          enabled: (merged.enabled as boolean | undefined) ?? true,
          order: Number(merged.order),
          timeout: (merged.timeout as number | undefined) ?? 30,
          failure_result: (merged.failure_result as boolean | undefined) ?? false,
        };
        draft.policyBindings.push(binding);
        pk = binding.pk;
      }
    } else {
      const name = String(data.name ?? '');
      if (!existing && [...draft.scopeMappings, ...draft.samlMappings].some((mapping) => mapping.name === name))
        throw new BlueprintError(`${where}: property mapping with this name already exists.`);
      if (existing) {
        Object.assign(existing, data);
        pk = existing.pk;
      } else if (entry.model === 'authentik_providers_oauth2.scopemapping') {
        const mapping = {
          pk: randomUUID(),
          managed: null,
          name,
          expression: String(data.expression ?? ''),
          scope_name: String(data.scope_name ?? ''),
          description: String(data.description ?? ''),
        };
        draft.scopeMappings.push(mapping);
        pk = mapping.pk;
      } else {
        const mapping = {
          pk: randomUUID(),
          managed: null,
          name,
          expression: String(data.expression ?? ''),
          saml_name: String(data.saml_name ?? ''),
          friendly_name: (data.friendly_name as string | null | undefined) ?? null,
        };
        draft.samlMappings.push(mapping);
        pk = mapping.pk;
      }
    }
    applied.push({ model: entry.model, id: entry.id, pk, action: existing ? 'updated' : 'created' });
    if (entry.id) keys.set(entry.id, pk);
  });

  Object.assign(state, draft);
  return applied;
}
