/**
 * Turns a data-first definition into what the steps use, with the protocol module it names:
 * inputs become one zod schema, templates become the request, the configuration screen, the
 * round trip and the check expectations. Everything here is generic; no app is named.
 */
import { z } from '../../../lib/zod';
import { protocolModule } from '../protocols';
import type { CheckBuilder, CheckEnv, ProtocolModule, ResolvedCheckSpec } from '../protocols/types';
import {
  applicationAccessCheck,
  certificateExpiryCheck,
  customMappingsCheck,
  providerAssignedCheck,
  publicAuthentikCheck,
  usernameChangeCheck,
} from '../protocols/common-checks';
import type { Check } from '../model/checks/types';
import { tryUrl } from '../model/checks/util';
import {
  expandField,
  expandNote,
  expandError,
  type CheckSpec,
  type CompiledData,
  type DefinitionData,
  type InputSpec,
  type ProviderSettings,
} from '../definition/format';
import { isSensitive } from '../definition/meta';
import { inputPreview, inputsSchema } from './inputs';
import { roleGroupsOf, roleGroupValues } from './role-groups';
import { fill, templateKeys, templatePattern, templateShape, type TemplateValues } from '../definition/templates';
import type {
  AppIdentity,
  CatalogEntry,
  ConfigNote,
  CreatedPair,
  FollowUp,
  IntegrationDefinition,
  InputUi,
  Recognition,
  TransactionApplicationRequest,
} from './types';

/** Checks any protocol offers. */
const COMMON_CHECKS: Record<string, CheckBuilder<ProviderSettings>> = {
  'provider-assigned': (spec) => providerAssignedCheck(spec),
  'application-access': (spec) => applicationAccessCheck(spec),
  'certificate-expiry': (spec, env) => certificateExpiryCheck({ ...spec, keyPk: env.signingKeyPk }),
  'username-changes': (spec) => usernameChangeCheck(spec),
  'public-authentik': (spec) => publicAuthentikCheck(spec),
  'custom-mappings': (spec, env) => customMappingsCheck({ ...spec, needs: env.customMappings, attached: env.mappingPks }),
};

/** What an input of a type looks like inside a URL, when its value is unknown. */
const KEY_PATTERNS: Partial<Record<InputSpec['type'], string>> = { url: 'https://[^\\s?#]+?', subdomain: '[a-z0-9-]+', text: '\\S+' };

/** Looser than KEY_PATTERNS: a hand-made pair may use http://, upper case or another port. */
const RECOGNITION_PATTERNS: Partial<Record<InputSpec['type'], string>> = {
  url: 'https?://[^\\s?#]+?',
  subdomain: '[a-z0-9-]+',
  host: '[a-z0-9.-]+',
  slug: '[a-z0-9_.-]+',
  text: '\\S+',
  enum: '[^/?#\\s]+',
};

/** Characters of a template outside its keys and scheme: how specific a match on it is. */
function literalWeight(template: string): number {
  return template.replace(/\{[a-z_][a-z0-9_]*\}/gi, '').replace(/^https?:\/\//i, '').length;
}

const trimSlash = (value: string) => value.trim().replace(/\/+$/, '');

/** "My App 2" → "my-app-2": what authentik accepts as a slug. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}

/** Keys every configuration screen can use, besides the inputs and the protocol's values. */
const SCREEN_KEYS = ['launch_url', 'slug', 'app_name', 'ak'];
/** Keys provider templates and the identity can use, besides the inputs. */
const REQUEST_KEYS = ['slug', 'app_name'];

/** Every `{key}` a template names must exist: an unknown one is an authoring error, never an empty string. */
function assertKnownKeys(app: string, where: string, template: string | undefined, known: readonly string[]): void {
  const unknown = templateKeys(template).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`${app}: ${where} names ${unknown.map((key) => `{${key}}`).join(', ')}, which no input or value provides.`);
}

/** Every template of a definition, checked against the keys available where it is filled. */
function checkTemplates(app: string, data: CompiledData, settings: ProviderSettings, module: ProtocolModule): void {
  const inputs = Object.keys(data.inputs);
  const request = [...inputs, ...REQUEST_KEYS];
  const roles = Object.keys(data.roleGroups ?? {});
  const clash = roles.find((key) => inputs.includes(key) || SCREEN_KEYS.includes(key) || module.valueKeys.includes(key));
  if (clash) throw new Error(`${app}: the role group “${clash}” has the key of an input or a value.`);
  const screen = [...inputs, ...SCREEN_KEYS, ...module.valueKeys, ...roles];
  for (const [key, spec] of Object.entries(data.inputs)) assertKnownKeys(app, `the preview of ${key}`, spec.preview, [key]);
  assertKnownKeys(app, 'the launch URL', data.launchUrl, request);
  assertKnownKeys(app, 'the identity', `${data.identity?.name ?? ''}${data.identity?.slug ?? ''}`, request);
  for (const [path, templates] of Object.entries(module.templates(settings)))
    for (const template of templates) assertKnownKeys(app, path, template, request);
  for (const section of data.screen) {
    assertKnownKeys(app, `the snippet of “${section.title}”`, section.snippet, screen);
    for (const field of section.fields) assertKnownKeys(app, `“${section.title} › ${field.label}”`, field.value, screen);
    for (const note of section.notes ?? []) assertKnownKeys(app, `a note of “${section.title}”`, note.text, screen);
  }
}

/**
 * The checks a definition gets: the protocol's defaults and its additions, minus its omissions
 * (`false`), in the protocol's order, each with its reason (the app's, or the protocol's around its name).
 */
export function resolveChecks(
  app: string,
  module: ProtocolModule,
  authored: Readonly<Record<string, CheckSpec | false>>,
  customMappings: boolean,
  short = app,
): [string, ResolvedCheckSpec][] {
  const { checkOrder, reasons } = module.defaults;
  const listed: Record<string, CheckSpec | false> = {
    ...Object.fromEntries(module.defaults.checks.map((id) => [id, {}])),
    ...(customMappings ? { 'custom-mappings': {} } : {}),
    ...authored,
  };
  for (const id of Object.keys(listed))
    if (!checkOrder.includes(id)) throw new Error(`${app}: the check “${id}” does not exist for ${module.label}.`);
  return checkOrder.flatMap((id): [string, ResolvedCheckSpec][] => {
    const spec = listed[id];
    if (!spec) return [];
    const why = spec.why ?? reasons[id]?.(short);
    if (!why) throw new Error(`${app}: the check “${id}” needs a reason (why).`);
    return [[id, { ...spec, why }]];
  });
}

/**
 * What a definition gets without saying it (format.ts): the launch URL `{url}` when it has a `url`
 * input, and for an input that is the only key of the protocol's address (the first redirect URI,
 * the ACS URL) a preview of that address. `expected.sources` defaults to `docs` (compileIntegration).
 */
export function formatDefaults(
  authored: Pick<DefinitionData, 'inputs'>,
  module: ProtocolModule,
  settings: ProviderSettings,
): { launchUrl?: string; previews: Record<string, string> } {
  const address = module.preview?.(settings as never);
  const [key, ...others] = templateKeys(address?.template);
  const previews: Record<string, string> =
    address && key !== undefined && others.length === 0 && key in authored.inputs && address.template !== `{${key}}`
      ? { [key]: `${address.label}: ${address.template}` }
      : {};
  return { ...('url' in authored.inputs ? { launchUrl: '{url}' } : {}), previews };
}

export function compileIntegration(entry: CatalogEntry, authored: DefinitionData): IntegrationDefinition {
  const module = protocolModule(authored.provider.protocol);
  const settings = module.resolve(authored.provider as never);
  const app = entry.name;
  const { variants: _variants, ...rest } = authored;
  // The short forms expanded, and the format's defaults (formatDefaults below).
  const defaults = formatDefaults(authored, module, settings);
  const data: CompiledData = {
    ...rest,
    ...(rest.launchUrl === undefined && defaults.launchUrl ? { launchUrl: defaults.launchUrl } : {}),
    expected: { ...rest.expected, sources: { ...authored.docs, ...rest.expected.sources } },
    manualTest: { ...rest.manualTest, errors: rest.manualTest.errors.map(expandError) },
    provider: settings,
    screen: authored.screen.map(({ fields, notes, ...section }) => ({
      ...section,
      fields: fields.map(expandField),
      ...(notes ? { notes: notes.map(expandNote) } : {}),
    })),
    inputs: Object.fromEntries(
      Object.entries(authored.inputs).map(([key, spec]) => [
        key,
        {
          ...spec,
          ...(spec.preview === undefined && defaults.previews[key] ? { preview: defaults.previews[key] } : {}),
          ...(spec.type === 'url' && spec.httpReason === undefined
            ? { httpReason: `Use the https:// address of ${app}: ${module.defaults.httpReason}` }
            : {}),
        },
      ]),
    ),
  };
  checkTemplates(app, data, settings, module);
  const inputKeys = Object.keys(data.inputs);
  const labels = Object.fromEntries(Object.entries(data.inputs).map(([key, spec]) => [key, spec.label]));
  const roundTripFields = Object.values(data.roundTrip?.fields ?? {}).map((field) => field.sets);

  /** Inputs a pair tells on its own: an input that is the whole launch URL. */
  const recover = (pair: CreatedPair): TemplateValues => {
    const key = data.launchUrl?.match(/^\{([a-z]+)\}$/)?.[1];
    const launch = trimSlash(pair.application.meta_launch_url ?? '');
    return key && launch ? { [key]: launch } : {};
  };
  const host = (pair: CreatedPair): string | null => tryUrl(pair.application.meta_launch_url)?.host ?? module.host(pair);
  const patterns = Object.fromEntries(
    Object.entries(data.inputs).flatMap(([key, spec]) => (KEY_PATTERNS[spec.type] ? [[key, KEY_PATTERNS[spec.type]!]] : [])),
  );
  const env: CheckEnv<typeof settings> = {
    settings,
    appName: app,
    recover,
    labels,
    roundTrip: roundTripFields,
    pattern: (template) => templatePattern(template, {}, patterns),
    signingKeyPk: (pair) => module.signingKeyPk(pair),
    host,
    customMappings: module.discovery(settings).customMappings,
    mappingPks: (pair) => module.mappingPks(pair),
    accepts: data.accepts ?? [],
  };
  // A declared custom mapping is always verified to be attached.
  const checkSpecs = resolveChecks(app, module, data.checks ?? {}, env.customMappings.length > 0, entry.short);
  for (const [id] of checkSpecs)
    if (!module.checks[id] && !COMMON_CHECKS[id]) throw new Error(`${app}: the check “${id}” does not exist for ${module.label}.`);

  // The protocol's common login errors, for the checks the app has and does not explain itself.
  const explained = new Set(data.manualTest.errors.map((error) => error.checkId));
  const manualTest = {
    ...data.manualTest,
    errors: [
      ...data.manualTest.errors,
      ...(module.defaults.errors?.(app) ?? []).filter(
        (error) => error.checkId && !explained.has(error.checkId) && checkSpecs.some(([id]) => id === error.checkId),
      ),
    ],
  };

  const checks = (): Check[] => checkSpecs.map(([id, spec]) => (module.checks[id] ?? COMMON_CHECKS[id])!(spec, env as never));

  const identity = (inputs: Record<string, string>): AppIdentity =>
    data.identity ? { name: fill(data.identity.name, inputs), slug: slugify(fill(data.identity.slug, inputs)) } : { name: app, slug: entry.id };

  // A refused request field belongs to the first input its template reads.
  const errorOwners: Record<string, string> = {};
  for (const [path, templates] of Object.entries({ ...module.templates(settings), 'app.meta_launch_url': [data.launchUrl ?? ''] })) {
    const owner = templates.flatMap(templateKeys).find((key) => inputKeys.includes(key));
    if (owner) errorOwners[path] = owner;
  }

  const inputUi: Record<string, InputUi> = Object.fromEntries(
    Object.entries(data.inputs).map(([key, spec]) => [
      key,
      {
        label: spec.label,
        help: spec.help,
        example: spec.example,
        ...(spec.type === 'subdomain' ? { suffix: `.${spec.domain}` } : {}),
        ...(spec.type === 'enum' ? { options: spec.options } : {}),
        preview: (value: string) => inputPreview(key, spec, value, app),
      },
    ]),
  );

  const build = (
    inputs: Record<string, string>,
    id: AppIdentity,
    context: Parameters<IntegrationDefinition['build']>[2],
  ): TransactionApplicationRequest => {
    const values = { ...inputs, slug: id.slug, app_name: id.name };
    const provider = module.build({ settings, values, providerName: providerNameFor(id.name), context, appName: app });
    return {
      app: {
        name: id.name,
        slug: id.slug,
        ...(data.launchUrl ? { meta_launch_url: fill(data.launchUrl, values) } : {}),
        open_in_new_tab: false,
        policy_engine_mode: 'any',
      },
      provider_model: module.providerModel as TransactionApplicationRequest['provider_model'],
      provider: provider as TransactionApplicationRequest['provider'],
    };
  };

  const roleGroups = roleGroupsOf(data);
  const followUp = data.roundTrip ? roundTrip(data, settings, module, app, host) : undefined;

  // A field the admin fills in a round trip is known only up to its origin (e.g. https://auth.vendor.com/…).
  const recognitionPatterns = Object.fromEntries(
    Object.entries(data.inputs).map(([key, spec]) => [key, RECOGNITION_PATTERNS[spec.type] ?? '[^/?#\\s]+']),
  );
  const signatures = module.signatures(settings).flatMap(({ field, what, template }) => {
    const known = roundTripFields.includes(field) ? (/^(https?:\/\/[^/{]+\/)/i.exec(template)?.[1] ?? '') : template;
    if (known === '') return [];
    const pattern = templatePattern(known, {}, recognitionPatterns);
    // A trailing slash added by hand does not make it another app.
    const source = `${pattern.source.replace(/\$$/, '')}${roundTripFields.includes(field) ? '.*' : '/?'}$`;
    return [{ field, what, shape: templateShape(known, {}, labels), weight: literalWeight(known), pattern: new RegExp(source, 'i') }];
  });
  const recognize = (pair: CreatedPair): Recognition => {
    const matched = signatures.filter((signature) =>
      module.signatureValues(pair as never, signature.field).some((value) => signature.pattern.test(value.trim())),
    );
    return {
      score: matched.reduce((sum, signature) => sum + signature.weight, 0),
      evidence: matched.map((signature) => `${signature.what} fits ${signature.shape}`),
    };
  };

  return {
    id: entry.id,
    name: app,
    logo: `/logos/${entry.id}.svg`,
    category: entry.category,
    sensitive: isSensitive(entry),
    summary: entry.summary ?? '',
    siblings: entry.siblings,
    docs: data.docs,
    protocol: module,
    data,
    inputs: refineInputs(inputsSchema(data.inputs, app), (values) => module.refine?.(settings as never, values) ?? {}),
    inputUi,
    identity,
    discovery: module.discovery(settings),
    errorOwners,
    build,
    roleGroups,
    configure: (pair, base, inputs = {}, roleNames = {}) => {
      const values: TemplateValues = {
        ...inputs,
        ...roleGroupValues(roleGroups, roleNames),
        ...recover(pair),
        ...module.values(pair, base),
        launch_url: pair.application.meta_launch_url ?? '',
        slug: pair.application.slug,
        app_name: pair.application.name,
        ak: base,
      };
      return data.screen.map((section) => {
        const fields = section.fields.map((field) => ({ ...field, value: fill(field.value, values) }));
        const block =
          section.format === 'env'
            ? { kind: 'env' as const, text: fields.map((field) => `${field.label}=${field.value}`).join('\n') }
            : section.format === 'file'
              ? { kind: 'file' as const, text: fill(section.snippet ?? '', values) }
              : undefined;
        return {
          title: section.title,
          ...(section.location ? { location: section.location } : {}),
          fields,
          notes: (section.notes ?? []).map((note) => ({ tone: note.tone, text: fill(note.text, values) })),
          ...(block ? { block } : {}),
        };
      });
    },
    warnings: (pair) => {
      const pending = followUp && !followUp.isDone(pair) ? roundTripFields : [];
      const notes: ConfigNote[] = module.notes?.(pair as never) ?? [];
      return notes.concat(
        checks().flatMap((check): ConfigNote[] => {
          if (!check.evaluate || check.fields?.some((field) => pending.includes(field))) return [];
          const result = check.evaluate(pair);
          return result.status === 'fail' || result.status === 'warn'
            ? [{ tone: 'warning', text: `${check.title} — no. ${result.detail ?? result.actual ?? ''}`.trim() }]
            : [];
        }),
      );
    },
    ...(followUp ? { followUp } : {}),
    checks,
    recognize,
    manualTest,
  };
}

function roundTrip(
  data: CompiledData,
  settings: ProviderSettings,
  module: ReturnType<typeof protocolModule>,
  appName: string,
  host: (pair: CreatedPair) => string | null,
): FollowUp<Record<string, string>> {
  const spec = data.roundTrip!;
  const entries = Object.entries(spec.fields);
  const current = (pair: CreatedPair, field: string) => {
    const value = (pair.provider as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' && !module.isPlaceholder(field, value, settings) ? value : undefined;
  };
  return {
    title: spec.title,
    intro: spec.intro,
    schema: (pair) =>
      z.object(
        Object.fromEntries(
          entries.map(([key, field]) => {
            const missing = `Paste the ${field.label} ${appName} shows ${spec.where}.`;
            const rule = module.roundTrip[field.sets];
            return [
              key,
              z
                .string({ error: missing })
                .trim()
                .min(1, missing)
                .superRefine((value, ctx) => {
                  const placeholder = module.isPlaceholder(field.sets, value, settings);
                  const message = rule?.(value, { appName, where: spec.where, label: field.label, host: host(pair), placeholder }) ?? null;
                  if (message) ctx.addIssue({ code: 'custom', message });
                }),
            ];
          }),
        ),
      ) as unknown as z.ZodType<Record<string, string>>,
    ui: Object.fromEntries(entries.map(([key, field]) => [key, { label: field.label, help: field.help, example: field.example }])),
    current: (pair) =>
      Object.fromEntries(
        entries.flatMap(([key, field]) => {
          const value = current(pair, field.sets);
          return value === undefined ? [] : [[key, value]];
        }),
      ),
    isDone: (pair) => entries.every(([, field]) => current(pair, field.sets) !== undefined),
    patch: (values) => Object.fromEntries(entries.map(([key, field]) => [field.sets, values[key]])),
  };
}

/** The inputs' schema plus the protocol's rules across inputs, each message on the input it names. */
function refineInputs(
  schema: z.ZodType<Record<string, string>>,
  rules: (values: Record<string, string>) => Record<string, string>,
): z.ZodType<Record<string, string>> {
  return schema.superRefine((values, ctx) => {
    for (const [key, message] of Object.entries(rules(values))) ctx.addIssue({ code: 'custom', path: [key], message });
  }) as unknown as z.ZodType<Record<string, string>>;
}

/** The provider's name for an application name: authentik refuses a second provider of that name. */
export function providerNameFor(appName: string): string {
  return `Provider for ${appName}`;
}
