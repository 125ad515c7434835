/**
 * Turns a data-first definition into what the steps use, with the protocol module it names:
 * inputs become one zod schema, templates become the request, the configuration screen, the
 * round trip and the check expectations. Everything here is generic; no app is named.
 */
import { z } from 'zod';
import { protocolModule } from '../protocols';
import type { CheckBuilder, CheckEnv } from '../protocols/types';
import { applicationAccessCheck, certificateExpiryCheck, customMappingsCheck, providerAssignedCheck, publicAuthentikCheck, usernameChangeCheck } from './checks/common';
import type { Check } from './checks/types';
import { tryUrl } from './checks/util';
import type { DefinitionData, InputSpec, ProviderSpec } from './format';
import { inputPreview, inputsSchema } from './inputs';
import { fill, templateKeys, templatePattern, templateShape, type TemplateValues } from './templates';
import type { AppIdentity, CatalogEntry, ConfigNote, CreatedPair, FollowUp, IntegrationDefinition, InputUi, Recognition, TransactionApplicationRequest } from './types';

/** Checks any protocol offers. */
const COMMON_CHECKS: Record<string, CheckBuilder<ProviderSpec>> = {
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
const RECOGNITION_PATTERNS: Partial<Record<InputSpec['type'], string>> = { url: 'https?://[^\\s?#]+?', subdomain: '[a-z0-9-]+', host: '[a-z0-9.-]+', slug: '[a-z0-9_.-]+', text: '\\S+', enum: '[^/?#\\s]+' };

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

export function compileIntegration(entry: CatalogEntry, data: DefinitionData): IntegrationDefinition {
  const module = protocolModule(data.provider.protocol);
  const settings = data.provider;
  const app = entry.name;
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
  const patterns = Object.fromEntries(Object.entries(data.inputs).flatMap(([key, spec]) => (KEY_PATTERNS[spec.type] ? [[key, KEY_PATTERNS[spec.type]!]] : [])));
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
  };
  // A declared custom mapping is always verified to be attached.
  const checkSpecs = env.customMappings.length > 0 && !data.checks['custom-mappings'] ? { ...data.checks, 'custom-mappings': { why: `${app} reads values that only these mappings provide.` } } : data.checks;

  const checks = (): Check[] =>
    Object.entries(checkSpecs).map(([id, spec]) => {
      const builder = module.checks[id] ?? COMMON_CHECKS[id];
      if (!builder) throw new Error(`${app}: the check “${id}” does not exist for ${module.label}.`);
      return builder(spec, env as never);
    });

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

  const build = (inputs: Record<string, string>, id: AppIdentity, context: Parameters<IntegrationDefinition['build']>[2]): TransactionApplicationRequest => {
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

  const followUp = data.roundTrip ? roundTrip(data, module, app, host) : undefined;

  // A field the admin fills in a round trip is known only up to its origin (e.g. https://auth.vendor.com/…).
  const recognitionPatterns = Object.fromEntries(Object.entries(data.inputs).map(([key, spec]) => [key, RECOGNITION_PATTERNS[spec.type] ?? '[^/?#\\s]+']));
  const signatures = module.signatures(settings).flatMap(({ field, what, template }) => {
    const known = roundTripFields.includes(field) ? (/^(https?:\/\/[^/{]+\/)/i.exec(template)?.[1] ?? '') : template;
    if (known === '') return [];
    const pattern = templatePattern(known, {}, recognitionPatterns);
    // A trailing slash added by hand does not make it another app.
    const source = `${pattern.source.replace(/\$$/, '')}${roundTripFields.includes(field) ? '.*' : '/?'}$`;
    return [{ field, what, shape: templateShape(known, {}, labels), weight: literalWeight(known), pattern: new RegExp(source, 'i') }];
  });
  const recognize = (pair: CreatedPair): Recognition => {
    const matched = signatures.filter((signature) => module.signatureValues(pair as never, signature.field).some((value) => signature.pattern.test(value.trim())));
    return { score: matched.reduce((sum, signature) => sum + signature.weight, 0), evidence: matched.map((signature) => `${signature.what} fits ${signature.shape}`) };
  };

  return {
    id: entry.id,
    name: app,
    logo: `/logos/${entry.id}.svg`,
    category: entry.category,
    summary: entry.summary,
    docs: data.docs,
    protocol: module,
    data,
    inputs: inputsSchema(data.inputs, app),
    inputUi,
    identity,
    discovery: module.discovery(settings),
    errorOwners,
    build,
    configure: (pair, base, inputs = {}) => {
      const values: TemplateValues = {
        ...inputs,
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
      return checks().flatMap((check): ConfigNote[] => {
        if (!check.evaluate || check.fields?.some((field) => pending.includes(field))) return [];
        const result = check.evaluate(pair);
        return result.status === 'fail' || result.status === 'warn' ? [{ tone: 'warning', text: `${check.title} — no. ${result.detail ?? result.actual ?? ''}`.trim() }] : [];
      });
    },
    ...(followUp ? { followUp } : {}),
    checks,
    recognize,
    manualTest: data.manualTest,
  };
}

function roundTrip(
  data: DefinitionData,
  module: ReturnType<typeof protocolModule>,
  appName: string,
  host: (pair: CreatedPair) => string | null,
): FollowUp<Record<string, string>> {
  const spec = data.roundTrip!;
  const settings = data.provider;
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
    current: (pair) => Object.fromEntries(entries.flatMap(([key, field]) => {
      const value = current(pair, field.sets);
      return value === undefined ? [] : [[key, value]];
    })),
    isDone: (pair) => entries.every(([, field]) => current(pair, field.sets) !== undefined),
    patch: (values) => Object.fromEntries(entries.map(([key, field]) => [field.sets, values[key]])),
  };
}

/** The provider's name for an application name: authentik refuses a second provider of that name. */
export function providerNameFor(appName: string): string {
  return `Provider for ${appName}`;
}
