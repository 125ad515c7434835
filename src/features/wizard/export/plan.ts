/**
 * Infrastructure as code (ADR 0007): what the wizard would send, as entries a blueprint or a
 * Terraform file can declare on any authentik. The request is built by the definition itself, from
 * a copy of the discovered context whose pks are stand-ins; every stand-in found in the request is
 * turned back into a reference by slug, name or managed id. So no pk of the admin's instance can
 * reach a file, and no protocol or app needs code of its own here.
 */
import { keypairName, type SpKeypairs, type SpMetadataSettings } from '../../../lib/saml-metadata/settings';
import type { ReleaseId } from '../../../lib/authentik/releases';
import { releaseOf } from '../protocols/build-helpers';
import { targetOutpost } from '../protocols/proxy/outpost';
import type { ExportSpec } from '../protocols/types';
import type { AppIdentity, CreatedPair, DiscoveredContext, IntegrationDefinition } from '../engine/types';
import { exportedMappingName } from '../protocols/mapping-name';
import { restricts, type AccessChoice } from '../engine/access';

/** An object of the target instance, found by one field (a blueprint `!Find`, a Terraform `data` source). */
export interface FindRef {
  ref: 'find';
  model: string;
  field: string;
  value: string;
  dataSource: string;
  /** Terraform name of the data source, e.g. "authorization", "scope_email". */
  name: string;
  /** Extra arguments of the data source (never fetch key material). */
  extra?: Readonly<Record<string, boolean>>;
  /** The Terraform attribute that holds what the field wants (default `id`; a user's `pk`). */
  attribute?: string;
}

/** An entry declared earlier in the same file (a blueprint `!KeyOf`, a Terraform resource reference). */
export interface EntryRef {
  ref: 'entry';
  id: string;
  /** The Terraform attribute that holds what the field wants (default `id`; an application's `uuid`). */
  attribute?: string;
}

export type ExportRef = FindRef | EntryRef;
export type ExportValue = string | number | boolean | null | ExportRef | ExportValue[] | { [key: string]: ExportValue };

export interface ExportEntry {
  /** Blueprint id (`!KeyOf`) and Terraform resource name. */
  id: string;
  /** `group`: a group the access choice names (read); `role-group`: a group the app's roles come from (made). */
  role: 'mapping' | 'provider' | 'application' | 'group' | 'role-group' | 'binding' | 'outpost';
  model: string;
  /**
   * `present`: the file is in charge. A custom mapping's name carries a hash of its fields, so it is the file's own.
   * `created`: made when missing, never changed (a group the access choice names: its members are the admin's).
   */
  state: 'present' | 'created';
  /** How the entry is found; merged with attrs on creation, so never repeated there (as authentik's docs ask). */
  identifiers: Record<string, ExportValue>;
  attrs: Record<string, ExportValue>;
  /** The object's name on the instance the file was made from (an outpost found by `managed` in the blueprint, by name in Terraform). */
  name?: string;
}

export interface ExportPlan {
  integration: { id: string; name: string };
  /** "osTicket", or "Grafana: Grafana (staging)" when the application has a name of its own. */
  title: string;
  release: ReleaseId;
  slug: string;
  appName: string;
  spec: ExportSpec;
  entries: ExportEntry[];
  /** Every object of the target instance the entries refer to, in first-use order. */
  finds: FindRef[];
  /** Comment lines from the protocol module, for this release. */
  notes: string[];
  /**
   * Round-trip fields that still hold the wizard's placeholder (an export made before the round
   * trip): the file is not final, and applying it after the round trip would revert them.
   */
  placeholders: Array<{ field: string; label: string }>;
}

const STAND_IN = 'wizard-export-ref-';

function terraformName(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(name) ? name : `_${name}`;
}

export function isRef(value: unknown): value is ExportRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ((value as { ref?: unknown }).ref === 'find' || (value as { ref?: unknown }).ref === 'entry')
  );
}

/** Replaces stand-ins by their references, everywhere in a value; a stand-in left inside text is a bug. */
function translate(value: unknown, refs: ReadonlyMap<string, ExportRef>, used: Set<ExportRef>): ExportValue {
  if (typeof value === 'string') {
    const ref = refs.get(value);
    if (ref) {
      used.add(ref);
      return ref;
    }
    if (value.includes(STAND_IN)) throw new Error(`A reference ended up inside a value: ${value}`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => translate(item, refs, used));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, translate(item, refs, used)]));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  throw new Error(`Cannot export a ${typeof value}`);
}

export interface PlanInput {
  definition: IntegrationDefinition;
  inputs: Record<string, string>;
  identity: AppIdentity;
  context: DiscoveredContext;
  /** Provider fields as authentik holds them now (the values a round trip wrote back). */
  current?: Record<string, unknown>;
  /** Who may sign in (by group or user name): policy binding entries after the application. */
  access?: AccessChoice;
  /** The names of the app's role groups (engine/role-groups.ts): group entries before the provider. */
  roleGroups?: readonly string[];
}

/** The app's role groups, by name: made (empty) when missing, never changed (a blueprint's `created`). */
function roleGroupEntries(names: readonly string[]): ExportEntry[] {
  return names.map((name, index) => ({
    id: `role-group-${index + 1}`,
    role: 'role-group',
    model: 'authentik_core.group',
    state: 'created',
    identifiers: { name },
    attrs: {},
  }));
}

/**
 * The bindings of an access choice: groups by name (a blueprint makes a missing one, empty; Terraform
 * reads it and fails the plan without it), users by user name (both fail without them). Each
 * binding targets the application of the same file.
 */
function accessEntries(access: AccessChoice | undefined, roleGroups: readonly ExportEntry[]): { entries: ExportEntry[]; finds: FindRef[] } {
  if (!access || !restricts(access)) return { entries: [], finds: [] };
  const target: EntryRef = { ref: 'entry', id: 'application', attribute: 'uuid' };
  if (access.mode === 'groups') {
    const entries = access.names.flatMap((name, index): ExportEntry[] => {
      // A role group of the same file is bound directly (Terraform cannot read a group it makes in the same run).
      const made = roleGroups.find((entry) => entry.identifiers.name === name);
      const group = made?.id ?? `access-group-${index + 1}`;
      return [
        ...(made
          ? []
          : [{ id: group, role: 'group', model: 'authentik_core.group', state: 'created', identifiers: { name }, attrs: {} } satisfies ExportEntry]),
        {
          id: `access-${index + 1}`,
          role: 'binding',
          model: 'authentik_policies.policybinding',
          state: 'present',
          identifiers: { target, group: { ref: 'entry', id: group } },
          attrs: { order: index },
        },
      ];
    });
    return { entries, finds: [] };
  }
  const finds = access.names.map((username, index): FindRef => ({
    ref: 'find',
    model: 'authentik_core.user',
    field: 'username',
    value: username,
    dataSource: 'authentik_user',
    name: `access_user_${index + 1}`,
    attribute: 'pk',
  }));
  const entries = finds.map((user, index): ExportEntry => ({
    id: `access-${index + 1}`,
    role: 'binding',
    model: 'authentik_policies.policybinding',
    state: 'present',
    identifiers: { target, user },
    attrs: { order: index },
  }));
  return { entries, finds };
}

function spKeypairRefs(metadata: SpMetadataSettings, appName: string, standIn: (ref: ExportRef) => string): SpKeypairs {
  const find = (role: 'verification' | 'encryption'): string =>
    standIn({
      ref: 'find',
      model: 'authentik_crypto.certificatekeypair',
      field: 'name',
      value: keypairName(appName, role),
      dataSource: 'authentik_certificate_key_pair',
      name: `sp_${role}`,
      extra: { fetch_certificate: false, fetch_key: false },
    });
  return {
    ...(metadata.verificationCertificate ? { verification: find('verification') } : {}),
    ...(metadata.encryptionCertificate ? { encryption: find('encryption') } : {}),
  };
}

export function exportPlan({ definition, inputs, identity, context, current = {}, access, roleGroups = [] }: PlanInput): ExportPlan {
  const spec = definition.protocol.export;
  const refs = new Map<string, ExportRef>();
  let count = 0;
  const standIn = (ref: ExportRef) => {
    const pk = `${STAND_IN}${(count += 1)}`;
    refs.set(pk, ref);
    return pk;
  };
  const flow = (slug: string, name: string): FindRef => ({
    ref: 'find',
    model: 'authentik_flows.flow',
    field: 'slug',
    value: slug,
    dataSource: 'authentik_flow',
    name,
  });
  const managed = (id: string): FindRef => ({
    ref: 'find',
    model: spec.mappingModel,
    field: 'managed',
    value: id,
    dataSource: spec.mappingResource,
    name: terraformName(id.split('/').pop() ?? id),
  });
  const withStandIns = <T extends { pk: string }>(items: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(items).map(([id, item]) => [id, { ...item, pk: standIn(managed(id)) }]));

  const needs = definition.discovery.customMappings;
  const mappingIds = new Map(needs.map((need, index) => [need.name, `mapping-${index + 1}`]));
  const symbolic: DiscoveredContext = {
    ...context,
    authorizationFlow: { ...context.authorizationFlow, pk: standIn(flow(context.authorizationFlow.slug, 'authorization')) },
    invalidationFlow: { ...context.invalidationFlow, pk: standIn(flow(context.invalidationFlow.slug, 'invalidation')) },
    signingKey: context.signingKey
      ? {
          ...context.signingKey,
          pk: standIn({
            ref: 'find',
            model: 'authentik_crypto.certificatekeypair',
            field: 'name',
            value: context.signingKey.name,
            dataSource: 'authentik_certificate_key_pair',
            name: 'signing',
            extra: { fetch_certificate: false, fetch_key: false },
          }),
        }
      : null,
    scopeMappings: withStandIns(context.scopeMappings),
    samlMappings: withStandIns(context.samlMappings),
    customMappings: Object.fromEntries(needs.map((need) => [need.name, standIn({ ref: 'entry', id: mappingIds.get(need.name)! })])),
    // The SP's certificates from its metadata: the keypairs Create names after the app, found by that name.
    ...(context.spMetadata ? { spMetadata: { ...context.spMetadata, keypairs: spKeypairRefs(context.spMetadata, identity.name, standIn) } } : {}),
  };

  const request = definition.build(inputs, identity, symbolic);
  const used = new Set<ExportRef>();
  const provider = translate({ ...request.provider, ...current }, refs, used) as Record<string, ExportValue>;
  const { name: providerName, ...providerAttrs } = provider;
  const { slug, name: appName, ...appAttrs } = request.app as Record<string, unknown>;

  const groups = roleGroupEntries(roleGroups);
  const entries: ExportEntry[] = [
    ...groups,
    ...needs.map((need): ExportEntry => {
      const { name: _name, ...attrs } = need.body;
      return {
        id: mappingIds.get(need.name)!,
        role: 'mapping',
        model: spec.mappingModel,
        state: 'present',
        identifiers: { name: exportedMappingName(need) },
        attrs: translate(attrs, refs, used) as Record<string, ExportValue>,
      };
    }),
    {
      id: 'provider',
      role: 'provider',
      model: definition.protocol.providerModel,
      state: 'present',
      identifiers: { name: String(providerName) },
      attrs: providerAttrs,
    },
    {
      id: 'application',
      role: 'application',
      model: 'authentik_core.application',
      state: 'present',
      identifiers: { slug: String(slug) },
      attrs: {
        name: String(appName),
        provider: { ref: 'entry', id: 'provider' },
        ...(translate(appAttrs, refs, used) as Record<string, ExportValue>),
      },
    },
  ];
  const accessPart = accessEntries(access, groups);
  entries.push(...accessPart.entries);
  const outpost = outpostEntry(definition, context, String(providerName));
  if (outpost) entries.push(outpost);
  const finds = [...[...used].filter((ref): ref is FindRef => ref.ref === 'find'), ...accessPart.finds];
  const title = String(appName) === definition.name ? definition.name : `${definition.name}: ${String(appName)}`;
  const release = releaseOf(context);
  const placeholders = Object.values(definition.data.roundTrip?.fields ?? {})
    .filter((field) => {
      const value = providerAttrs[field.sets];
      return typeof value !== 'string' || definition.protocol.isPlaceholder(field.sets, value, definition.data.provider as never);
    })
    .map((field) => ({ field: field.sets, label: field.label }));
  return {
    integration: { id: definition.id, name: definition.name },
    title,
    release: release.release,
    slug: String(slug),
    appName: String(appName),
    spec,
    entries,
    finds,
    notes: spec.notes(release),
    placeholders,
  };
}

/**
 * The outpost attachment, for a protocol served by an outpost. authentik's importer updates an
 * existing outpost with the entry's attrs and `providers` replaces the whole list, so the entry
 * names every provider the outpost holds now (found by name) plus this one: applying it never drops
 * one that was there when the file was made. Identified by `managed` for the embedded outpost.
 */
function outpostEntry(definition: IntegrationDefinition, context: DiscoveredContext, providerName: string): ExportEntry | null {
  if (!definition.discovery.outposts) return null;
  const target = targetOutpost(context.outposts?.list, context.outposts?.chosen);
  if (!target) return null;
  // After Create the outpost already lists this provider: it is the entry below, not a second item.
  const kept = target.providers
    .filter((provider) => provider.name !== providerName)
    .map((provider): FindRef => ({
      ref: 'find',
      model: definition.protocol.providerModel,
      field: 'name',
      value: provider.name,
      dataSource: 'authentik_provider_proxy',
      name: terraformName(provider.name),
    }));
  return {
    id: 'outpost',
    role: 'outpost',
    model: 'authentik_outposts.outpost',
    state: 'present',
    identifiers: target.managed ? { managed: target.managed } : { name: target.name },
    attrs: { providers: [...kept, { ref: 'entry', id: 'provider' }] },
    name: target.name,
  };
}

/** The provider fields a round trip writes back, as authentik holds them now (to export after it). */
export function roundTripFields(definition: IntegrationDefinition, pair: CreatedPair): Record<string, unknown> {
  const provider = pair.provider as unknown as Record<string, unknown>;
  const fields = Object.values(definition.data.roundTrip?.fields ?? {}).map((field) => field.sets);
  return Object.fromEntries(fields.filter((field) => provider[field] !== undefined).map((field) => [field, provider[field]]));
}

/** The first comment line of a file made before its round trip (also in the Terraform file). */
export const NOT_FINAL = 'NOT FINAL:';

/** Comment lines saying which round-trip fields are still placeholders (none after the round trip). */
export function notFinalLines(plan: Pick<ExportPlan, 'placeholders'>): string[] {
  if (plan.placeholders.length === 0) return [];
  const labels = plan.placeholders.map((field) => field.label).join(' and ');
  const plural = plan.placeholders.length > 1;
  return [
    `${NOT_FINAL} the ${labels} ${plural ? 'are placeholders' : 'is a placeholder'} until the round trip;`,
    `applying this file after the round trip would revert ${plural ? 'them' : 'it'}. Export again from the`,
    'configuration screen once the round trip is done, and commit that file instead.',
  ];
}

/** The download names: `<slug>.blueprint.yaml`, `<slug>.tf`. */
export function exportFileNames(plan: Pick<ExportPlan, 'slug'>): { blueprint: string; terraform: string } {
  const stem =
    plan.slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'application';
  return { blueprint: `${stem}.blueprint.yaml`, terraform: `${stem}.tf` };
}

export { terraformName };
