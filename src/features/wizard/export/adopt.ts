/**
 * Adoption (issue H12): pairs that already exist in an authentik — hand-made ones too, of any
 * protocol the wizard knows — as code that takes them over. A blueprint whose entries identify the
 * existing objects (provider by name, application by slug, custom mapping by name) and refer to
 * flows, keys and managed mappings by slug, name or managed id, so applying it to the same instance
 * changes nothing and to another one recreates the pairs; and a Terraform module whose `import`
 * blocks (Terraform ≥ 1.5) bring each provider, application and custom mapping under management.
 *
 * Every field authentik answers for a provider is carried, except what authentik computes and the
 * client secret; nothing the wizard does not model is dropped. A reference the read cannot resolve
 * (a flow the token may not see …) leaves that pair out, said in both files, never half-exported.
 * Pure: what the audit read goes in, two texts come out; every string goes through escape.ts.
 */
import type { ReleaseId } from '../../../lib/authentik/releases';
import { moduleForModel } from '../protocols';
import type { ExportSpec } from '../protocols/types';
import { block } from './blueprint';
import { bareName, commentText, hclString, yamlString } from './escape';
import { isRef, terraformName, type EntryRef, type ExportValue, type FindRef } from './plan';
import { TERRAFORM_PROVIDER_RELEASES } from './terraform';
import schema from './terraform-provider-schema.fixture.json';

type Fields = Readonly<Record<string, unknown>>;

export interface AdoptPair {
  /** The application as authentik answers it. */
  application: Fields;
  /** Its provider as authentik answers it (the protocol's own endpoint, with `meta_model_name`). */
  provider: Fields;
}

export interface AdoptSource {
  release: ReleaseId;
  pairs: readonly AdoptPair[];
  flows: ReadonlyArray<{ pk: string; slug: string }>;
  keypairs: ReadonlyArray<{ pk: string; name: string }>;
  /** Property mappings of the protocols' mapping models, with the blueprint model each was read from. */
  mappings: ReadonlyArray<{ model: string; record: Fields }>;
  /** Every provider of the instance (for fields that name other providers). */
  providers: ReadonlyArray<{ pk: number; name: string }>;
  /** Sources, when some provider federates with one; null when not read. */
  sources: ReadonlyArray<{ pk: string; slug: string }> | null;
}

export interface Adoption {
  blueprint: string;
  terraform: string;
  adopted: Array<{ slug: string; name: string }>;
  /** Pairs left out, and why (said in both files too). */
  skipped: Array<{ slug: string; reason: string }>;
}

/** What authentik computes or reports about an object: never written back (response-only in every supported schema). */
export const READ_ONLY = {
  provider: [
    'pk',
    'component',
    'assigned_application_slug',
    'assigned_application_name',
    'assigned_backchannel_application_slug',
    'assigned_backchannel_application_name',
    'verbose_name',
    'verbose_name_plural',
    'meta_model_name',
    'url_download_metadata',
    'url_issuer',
    'url_unified',
    'url_unified_init',
    'url_sso_post',
    'url_sso_redirect',
    'url_sso_init',
    'url_slo_post',
    'url_slo_redirect',
  ],
  application: ['pk', 'pbm_uuid', 'provider_obj', 'backchannel_providers_obj', 'launch_url', 'meta_icon_url', 'meta_icon_themed_urls'],
  mapping: ['pk', 'component', 'verbose_name', 'verbose_name_plural', 'meta_model_name', 'managed'],
} as const;

/** Secrets: never in a file. On the same instance they stay; elsewhere authentik generates new ones. */
export const SECRET_FIELDS: readonly string[] = ['client_secret'];

/** Not carried, and said so: the icon is an uploaded file (or its URL), which neither file can hold. */
export const NOT_CARRIED: Readonly<Record<string, string>> = { meta_icon: 'the application icon (an uploaded file): set it again in authentik' };

const FLOW_FIELDS = new Set(['authentication_flow', 'authorization_flow', 'invalidation_flow']);
const KEY_FIELDS = new Set(['signing_key', 'encryption_key', 'signing_kp', 'verification_kp', 'encryption_kp']);
const MAPPING_FIELDS = new Set(['property_mappings', 'name_id_mapping', 'authn_context_class_ref_mapping']);
const PROVIDER_FIELDS = new Set(['jwt_federation_providers', 'backchannel_providers']);
const SOURCE_FIELDS = new Set(['jwt_federation_sources']);

/** The Terraform data source that reads each mapping model by `managed`. */
const MAPPING_DATA_SOURCES: Readonly<Record<string, string>> = {
  'authentik_providers_oauth2.scopemapping': 'authentik_property_mapping_provider_scope',
  'authentik_providers_saml.samlpropertymapping': 'authentik_property_mapping_provider_saml',
};

/** A reference Terraform has no data source for: the pk of this instance, written as it is. */
interface LiteralFind extends FindRef {
  literal: string | number;
}

class Skip extends Error {}

interface CustomMapping {
  id: string;
  model: string;
  resource: string;
  pk: string;
  name: string;
  attrs: Record<string, ExportValue>;
}

interface PairPlan {
  stem: string;
  slug: string;
  name: string;
  spec: ExportSpec;
  providerModel: string;
  providerPk: number;
  providerName: string;
  provider: Record<string, ExportValue>;
  application: Record<string, ExportValue>;
}

function unique(used: Set<string>, base: string): string {
  let name = base;
  for (let count = 2; used.has(name); count += 1) name = `${base}_${count}`;
  used.add(name);
  return name;
}

const text = (value: unknown) => (typeof value === 'string' ? value : String(value));

export function adopt(source: AdoptSource): Adoption {
  const flows = new Map(source.flows.map((flow) => [flow.pk, flow]));
  const keys = new Map(source.keypairs.map((key) => [key.pk, key]));
  const mappings = new Map(source.mappings.map((mapping) => [text(mapping.record.pk), mapping]));
  const providerNames = new Map(source.providers.map((provider) => [provider.pk, provider.name]));
  const sources = source.sources ? new Map(source.sources.map((item) => [item.pk, item])) : null;
  const selected = new Map<number, string>();
  const stems = new Set<string>();
  const custom = new Map<string, CustomMapping>();
  const customIds = new Set<string>();
  const finds = new Map<string, FindRef>();

  const find = (ref: FindRef): FindRef => {
    const key = `${ref.model}|${ref.field}|${ref.value}`;
    const known = finds.get(key);
    if (known) return known;
    finds.set(key, ref);
    return ref;
  };
  const flowRef = (pk: unknown): FindRef => {
    const flow = flows.get(text(pk));
    if (!flow) throw new Skip(`it uses a flow (${text(pk)}) the token cannot read`);
    return find({
      ref: 'find',
      model: 'authentik_flows.flow',
      field: 'slug',
      value: flow.slug,
      dataSource: 'authentik_flow',
      name: `flow_${terraformName(flow.slug)}`,
    });
  };
  const keyRef = (pk: unknown): FindRef => {
    const key = keys.get(text(pk));
    if (!key) throw new Skip(`it uses a certificate (${text(pk)}) the token cannot read`);
    return find({
      ref: 'find',
      model: 'authentik_crypto.certificatekeypair',
      field: 'name',
      value: key.name,
      dataSource: 'authentik_certificate_key_pair',
      name: `key_${terraformName(key.name)}`,
      extra: { fetch_certificate: false, fetch_key: false },
    });
  };
  const mappingRef = (pk: unknown): FindRef | EntryRef => {
    const mapping = mappings.get(text(pk));
    if (!mapping) throw new Skip(`it uses a property mapping (${text(pk)}) the token cannot read`);
    const managed = mapping.record.managed;
    const resource = MAPPING_DATA_SOURCES[mapping.model];
    if (!resource) throw new Skip(`it uses a ${mapping.model} mapping, which the wizard does not export`);
    if (typeof managed === 'string' && managed !== '') {
      return find({
        ref: 'find',
        model: mapping.model,
        field: 'managed',
        value: managed,
        dataSource: resource,
        name: `${resource.endsWith('scope') ? 'scope' : 'saml'}_${terraformName(managed.split('/').pop() ?? managed)}`,
      });
    }
    const existing = custom.get(text(pk));
    if (existing) return { ref: 'entry', id: existing.id };
    const skip = new Set<string>([...READ_ONLY.mapping, 'name']);
    const attrs = Object.fromEntries(
      Object.entries(mapping.record)
        .filter(([field, value]) => !skip.has(field) && value !== undefined)
        .map(([field, value]) => [field, plain(value)]),
    );
    const entry: CustomMapping = {
      id: unique(customIds, `mapping_${terraformName(text(mapping.record.name))}`),
      model: mapping.model,
      resource,
      pk: text(pk),
      name: text(mapping.record.name),
      attrs,
    };
    custom.set(text(pk), entry);
    return { ref: 'entry', id: entry.id };
  };
  const providerRef = (pk: unknown): ExportValue => {
    const number = Number(pk);
    const stem = selected.get(number);
    if (stem) return { ref: 'entry', id: `provider_${stem}` };
    const name = providerNames.get(number);
    if (name === undefined) throw new Skip(`it names a provider (${text(pk)}) the token cannot read`);
    const ref: LiteralFind = { ref: 'find', model: 'authentik_core.provider', field: 'name', value: name, dataSource: '', name: '', literal: number };
    return ref;
  };
  const sourceRef = (pk: unknown): ExportValue => {
    const found = sources?.get(text(pk));
    if (!found) throw new Skip(`it federates with a source (${text(pk)}) the token cannot read`);
    const ref: LiteralFind = {
      ref: 'find',
      model: 'authentik_core.source',
      field: 'slug',
      value: found.slug,
      dataSource: '',
      name: '',
      literal: found.pk,
    };
    return ref;
  };

  const reference = (field: string, value: unknown): ExportValue => {
    if (value === null || value === undefined || value === '') return null;
    const each = (resolve: (item: unknown) => ExportValue) => (Array.isArray(value) ? value.map(resolve) : resolve(value));
    if (FLOW_FIELDS.has(field)) return flowRef(value);
    if (KEY_FIELDS.has(field)) return keyRef(value);
    if (MAPPING_FIELDS.has(field)) return each(mappingRef);
    if (PROVIDER_FIELDS.has(field)) return each(providerRef);
    if (SOURCE_FIELDS.has(field)) return each(sourceRef);
    return plain(value);
  };
  const isReference = (field: string) =>
    FLOW_FIELDS.has(field) || KEY_FIELDS.has(field) || MAPPING_FIELDS.has(field) || PROVIDER_FIELDS.has(field) || SOURCE_FIELDS.has(field);

  // Stems first, so a provider naming another selected provider refers to its entry.
  const candidates = source.pairs.map((pair) => {
    const stem = unique(stems, terraformName(text(pair.application.slug)));
    selected.set(Number(pair.provider.pk), stem);
    return { pair, stem };
  });

  const skipped: Adoption['skipped'] = [];
  const plans: PairPlan[] = [];
  for (const { pair, stem } of candidates) {
    const slug = text(pair.application.slug);
    const module = moduleForModel(typeof pair.provider.meta_model_name === 'string' ? pair.provider.meta_model_name : undefined);
    if (!module) {
      skipped.push({ slug, reason: 'its provider type is not one the wizard knows (OAuth2/OpenID and SAML are)' });
      selected.delete(Number(pair.provider.pk));
      continue;
    }
    const before = { finds: new Map(finds), custom: new Map(custom), customIds: new Set(customIds) };
    try {
      const providerSkip = new Set<string>([...READ_ONLY.provider, ...SECRET_FIELDS]);
      const provider: Record<string, ExportValue> = {};
      for (const [field, value] of Object.entries(pair.provider)) {
        if (providerSkip.has(field) || value === undefined) continue;
        provider[field] = isReference(field) ? reference(field, value) : plain(value);
      }
      const appSkip = new Set<string>([...READ_ONLY.application, ...Object.keys(NOT_CARRIED)]);
      const application: Record<string, ExportValue> = {};
      for (const [field, value] of Object.entries(pair.application)) {
        if (appSkip.has(field) || value === undefined) continue;
        application[field] =
          field === 'provider' ? { ref: 'entry', id: `provider_${stem}` } : isReference(field) ? reference(field, value) : plain(value);
      }
      plans.push({
        stem,
        slug,
        name: text(pair.application.name),
        spec: module.export,
        providerModel: module.providerModel,
        providerPk: Number(pair.provider.pk),
        providerName: text(pair.provider.name),
        provider,
        application,
      });
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      // Leave nothing of the pair behind: the shared lists go back to what they were.
      finds.clear();
      for (const [key, value] of before.finds) finds.set(key, value);
      custom.clear();
      for (const [key, value] of before.custom) custom.set(key, value);
      customIds.clear();
      for (const id of before.customIds) customIds.add(id);
      skipped.push({ slug, reason: error.message });
    }
  }
  // A provider that names another selected provider comes after it (a `!KeyOf` refers back only).
  const byId = new Map(plans.map((plan) => [`provider_${plan.stem}`, plan]));
  const ordered: PairPlan[] = [];
  const seen = new Set<PairPlan>();
  const visit = (plan: PairPlan) => {
    if (seen.has(plan)) return;
    seen.add(plan);
    for (const id of entryIds(plan.provider)) if (byId.has(id)) visit(byId.get(id)!);
    ordered.push(plan);
  };
  plans.forEach(visit);
  const customList = [...custom.values()];
  const findList = [...finds.values()];
  return {
    blueprint: toAdoptBlueprint(source.release, ordered, customList, skipped),
    terraform: toAdoptTerraform(source.release, ordered, customList, findList, skipped),
    adopted: ordered.map((plan) => ({ slug: plan.slug, name: plan.name })),
    skipped,
  };
}

/** The entries a value refers to by `!KeyOf`. */
function entryIds(value: ExportValue): string[] {
  if (isRef(value)) return value.ref === 'entry' ? [value.id] : [];
  if (Array.isArray(value)) return value.flatMap(entryIds);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(entryIds);
  return [];
}

/** A value read from authentik as an export value (JSON only). */
function plain(value: unknown): ExportValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, plain(item)]),
    );
  throw new Error(`Cannot export a ${typeof value}`);
}

const SECRET_LINES = [
  'No secret is in this file. A client secret stays as it is on the instance it was read from; on',
  'another instance authentik generates a new one: copy it from the provider’s page into the app.',
];

function skippedLines(skipped: Adoption['skipped']): string[] {
  return skipped.map((item) => `Left out: ${item.slug}: ${item.reason}.`);
}

export const ADOPT_LABEL = 'authentik-integration-wizard/adopted';

function toAdoptBlueprint(release: ReleaseId, plans: readonly PairPlan[], custom: readonly CustomMapping[], skipped: Adoption['skipped']): string {
  const comments = [
    `authentik blueprint: ${plans.length} existing application${plans.length === 1 ? '' : 's'} and ${plans.length === 1 ? 'its provider' : 'their providers'}, read from authentik ${release}.`,
    'Made by the authentik integration wizard from what authentik answered. Every entry identifies an',
    'existing object (provider by name, application by slug, custom mapping by name), so applying it to',
    'the same instance changes nothing; applied to another instance it recreates them. Flows, keys and',
    'managed mappings are found by slug, name or managed id; when one is missing, applying fails and says which.',
    ...SECRET_LINES,
    `Not carried: ${Object.values(NOT_CARRIED).join('; ')}.`,
    ...skippedLines(skipped),
    'Apply it under Customization › Blueprints (or mount it in /blueprints).',
  ];
  const lines = [
    ...comments.map((line) => `# ${commentText(line)}`),
    'version: 1',
    'metadata:',
    `  name: ${yamlString(`Adopted applications (${plans.map((plan) => plan.slug).join(', ')})`.slice(0, 200))}`,
    '  labels:',
    `    ${bareName(ADOPT_LABEL)}: ${yamlString(String(plans.length))}`,
    `    blueprints.goauthentik.io/description: ${yamlString('Existing applications and providers, taken over as code')}`,
    'entries:',
  ];
  const entry = (id: string, model: string, identifiers: Record<string, ExportValue>, attrs: Record<string, ExportValue>) => {
    lines.push(
      `  - model: ${bareName(model)}`,
      `    id: ${bareName(id)}`,
      '    state: present',
      '    identifiers:',
      ...block(identifiers, '      '),
      '    attrs:',
      ...block(attrs, '      '),
    );
  };
  for (const mapping of custom) entry(mapping.id, mapping.model, { name: mapping.name }, mapping.attrs);
  for (const plan of plans) {
    const { name: _name, ...provider } = plan.provider;
    const { slug: _slug, ...application } = plan.application;
    entry(`provider_${plan.stem}`, plan.providerModel, { name: plan.providerName }, provider);
    entry(`application_${plan.stem}`, 'authentik_core.application', { slug: plan.slug }, application);
  }
  return `${lines.join('\n')}\n`;
}

interface Documented {
  required: string[];
  optional: string[];
}

function documented(version: string, resource: string): Set<string> {
  const provider = schema.providers[version as keyof typeof schema.providers];
  const found = (provider.resources as Record<string, Documented>)[resource];
  return new Set(found ? [...found.required, ...found.optional] : []);
}

const APPLICATION_RENAME: Readonly<Record<string, string>> = { provider: 'protocol_provider' };

function toAdoptTerraform(
  release: ReleaseId,
  plans: readonly PairPlan[],
  custom: readonly CustomMapping[],
  finds: readonly FindRef[],
  skipped: Adoption['skipped'],
): string {
  const version = TERRAFORM_PROVIDER_RELEASES[release];
  const addresses = new Map<string, string>();
  for (const mapping of custom) addresses.set(mapping.id, `${mapping.resource}.${mapping.id}`);
  for (const plan of plans) {
    addresses.set(`provider_${plan.stem}`, `${plan.spec.resource}.${plan.stem}`);
    addresses.set(`application_${plan.stem}`, `authentik_application.${plan.stem}`);
  }

  const expression = (value: ExportValue, indent: string): string => {
    if (value === null) return 'null';
    if (typeof value === 'string') return hclString(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (isRef(value)) {
      if (value.ref === 'entry') return `${addresses.get(value.id)!}.id`;
      if ('literal' in value)
        return typeof (value as LiteralFind).literal === 'number'
          ? String((value as LiteralFind).literal)
          : hclString(String((value as LiteralFind).literal));
      return `data.${value.dataSource}.${value.name}.id`;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return `[\n${value.map((item) => `${indent}  ${expression(item, `${indent}  `)},`).join('\n')}\n${indent}]`;
    }
    const present = Object.entries(value).filter(([, item]) => item !== null);
    if (present.length === 0) return '{}';
    const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : hclString(name));
    return `{\n${present.map(([name, item]) => `${indent}  ${key(name)} = ${expression(item, `${indent}  `)}`).join('\n')}\n${indent}}`;
  };
  const attributes = (values: Record<string, ExportValue>, indent: string): string[] => {
    const present = Object.entries(values).filter(([, item]) => item !== null);
    const width = Math.max(0, ...present.map(([key]) => key.length));
    return present.map(([key, item]) => `${indent}${bareName(key).padEnd(width)} = ${expression(item, indent)}`);
  };
  const importBlock = (address: string, id: string) => ['import {', `  to = ${address}`, `  id = ${hclString(id)}`, '}'];
  const resource = (type: string, name: string, rename: Readonly<Record<string, string>>, values: Record<string, ExportValue>, lines: string[]) => {
    const known = documented(version, type);
    const attrs: Record<string, ExportValue> = {};
    for (const [field, value] of Object.entries(values)) {
      const key = rename[field] ?? field;
      if (known.has(key)) attrs[key] = value;
      else if (value !== null) {
        lines.push(
          `# ${commentText(`${field} = ${JSON.stringify(isRef(value) ? ('value' in value ? value.value : value.id) : value)}: ${type} has no such attribute in provider ${version},`)}`,
        );
        lines.push('# so Terraform leaves authentik’s value as it is (the blueprint carries it).');
      }
    }
    lines.push(`resource "${bareName(type)}" "${bareName(name)}" {`, ...attributes(attrs, '  '), '}');
  };

  const comments = [
    `Terraform: ${plans.length} existing application${plans.length === 1 ? '' : 's'} of authentik ${release}, taken over; provider goauthentik/authentik ${version}.`,
    'Made by the authentik integration wizard from what authentik answered. The import blocks (Terraform 1.5',
    'or newer) bring each provider, application and custom mapping under management; `terraform plan` on',
    'the instance they were read from shows no change. Their ids are that instance’s: for another instance',
    'use the blueprint. Flows, keys and managed mappings are read by slug, name or managed id.',
    'Set AUTHENTIK_URL and AUTHENTIK_TOKEN in the environment. Client secrets are not in this file; each',
    'is an output marked sensitive once imported: terraform output -raw <slug>_client_secret',
    `Not carried: ${Object.values(NOT_CARRIED).join('; ')}.`,
    ...skippedLines(skipped),
  ];
  const lines = [
    ...comments.map((line) => `# ${commentText(line)}`),
    '',
    'terraform {',
    '  required_version = ">= 1.5.0"',
    '  required_providers {',
    '    authentik = {',
    '      source  = "goauthentik/authentik"',
    `      version = ${hclString(version)}`,
    '    }',
    '  }',
    '}',
    '',
    'provider "authentik" {}',
  ];
  for (const ref of finds) {
    if ('literal' in ref) continue;
    lines.push(
      '',
      `data "${bareName(ref.dataSource)}" "${bareName(ref.name)}" {`,
      ...attributes({ [ref.field]: ref.value, ...ref.extra }, '  '),
      '}',
    );
  }
  for (const mapping of custom) {
    lines.push('');
    resource(mapping.resource, mapping.id, {}, { name: mapping.name, ...mapping.attrs }, lines);
    lines.push(...importBlock(`${mapping.resource}.${mapping.id}`, mapping.pk));
  }
  for (const plan of plans) {
    lines.push('', `# ${commentText(`${plan.name} (${plan.slug})`)}`);
    resource(plan.spec.resource, plan.stem, plan.spec.rename, plan.provider, lines);
    lines.push(...importBlock(`${plan.spec.resource}.${plan.stem}`, String(plan.providerPk)));
    lines.push('');
    resource('authentik_application', plan.stem, APPLICATION_RENAME, plan.application, lines);
    lines.push(...importBlock(`authentik_application.${plan.stem}`, plan.slug));
    for (const output of plan.spec.outputs.filter((item) => item.value.startsWith('{provider}.'))) {
      const value = output.value.replace('{provider}', `${plan.spec.resource}.${plan.stem}`);
      lines.push(
        '',
        `output "${bareName(`${plan.stem}_${output.name}`)}" {`,
        `  description = ${hclString(`${output.description} (${plan.slug})`)}`,
        `  value       = ${value}`,
        ...(output.sensitive ? ['  sensitive   = true'] : []),
        '}',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
