/**
 * An admin downloads the pair as a blueprint and as Terraform, and commits them: what is in the
 * files beyond what the battery proves for every app (which applies the blueprint and checks the
 * Terraform schema).
 */
import { readFileSync } from 'node:fs';
import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLSeq } from 'yaml';
import { BlueprintError, createSimulator, FindTag, IfTag, KeyOfTag, parseBlueprint } from 'authentik-simulator';
import { loadAll } from '../../../integrations/load-all.support';
import { discoveredContext, rsaKey } from '../../../integrations/test-context';
import { exampleInputs } from '../../../integrations/examples.support';
import { capabilities } from '../../../lib/authentik/releases';
import schema from './terraform-provider-schema.fixture.json' with { type: 'json' };
import { toBlueprint } from './blueprint';
import { exportedMappingName } from '../protocols/mapping-name';
import { exportFileNames, exportPlan, type ExportPlan } from './plan';
import { hclString, outputName, SHARED_BEGIN, SHARED_END, toTerraform } from './terraform';

const integrations = await loadAll();
const withCustom = integrations.find((definition) => definition.discovery.customMappings.length > 0 && definition.protocol.id === 'oidc')!;
const samlWithCustom = integrations.find((definition) => definition.discovery.customMappings.length > 0 && definition.protocol.id === 'saml')!;
const plain = integrations.find(
  (definition) => definition.protocol.id === 'oidc' && definition.discovery.customMappings.length === 0 && definition.discovery.signingKey !== 'none',
)!;
const roundTrip = integrations.find((definition) => definition.data.roundTrip && definition.protocol.id === 'saml')!;

function planFor(
  definition: (typeof integrations)[number],
  options: { context?: ReturnType<typeof discoveredContext>; identity?: { name: string; slug: string }; current?: Record<string, unknown> } = {},
) {
  const inputs = definition.inputs.parse(exampleInputs(definition));
  const context = options.context ?? discoveredContext({ release: capabilities('2026.8'), base: 'https://authentik.company' });
  return exportPlan({ definition, inputs, identity: options.identity ?? definition.identity(inputs), context, current: options.current });
}

// ---------------------------------------------------------------------------------------------
// Item: no text can add a line to a file.

/** Every line break YAML 1.1 (PyYAML, authentik's loader), YAML 1.2, HCL or an editor knows. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
/** What must never be written raw: controls (but the newline between lines), LS, PS, the BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_BREAKS_OR_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Every string an admin (or an instance) controls in a plan, replaced in order by `next`. */
function replaceStrings(plan: ExportPlan, next: (index: number) => string): ExportPlan {
  // The protocol's spec (names and functions) is code, not text anyone types.
  const copy: ExportPlan = { ...structuredClone({ ...plan, spec: null }), spec: plan.spec };
  let index = 0;
  const take = () => next(index++);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return take();
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.ref === 'entry') return value;
      if (record.ref === 'find') {
        record.value = take();
        return value;
      }
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return value;
  };
  for (const ref of copy.finds) ref.value = take();
  copy.title = take();
  copy.appName = take();
  copy.integration.name = take();
  copy.integration.id = take();
  for (const entry of copy.entries) {
    entry.identifiers = walk(entry.identifiers) as Record<string, string>;
    entry.attrs = walk(entry.attrs) as ExportPlan['entries'][number]['attrs'];
  }
  return copy;
}

const marker = (index: number) => `M${index}Q`;

/** Replaces the markers in every string of a parsed file by the strings they stood for. */
function substitute(value: unknown, strings: readonly string[]): unknown {
  if (typeof value === 'string') return value.replace(/M(\d+)Q/g, (_match, index: string) => strings[Number(index)]!);
  if (Array.isArray(value)) return value.map((item) => substitute(item, strings));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, strings)]));
  return value;
}

const nfc = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.normalize('NFC')
    : Array.isArray(value)
      ? value.map(nfc)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfc(item)]))
        : value;

const TAGS = [
  { tag: '!Find', collection: 'seq' as const, resolve: (seq: unknown) => ({ find: (seq as YAMLSeq).toJSON() as unknown }) },
  { tag: '!If', collection: 'seq' as const, resolve: (seq: unknown) => ({ if: (seq as YAMLSeq).toJSON() as unknown }) },
  { tag: '!KeyOf', resolve: (id: string) => ({ keyOf: id }) },
];

/** The blueprint as YAML 1.1 (PyYAML's version) reads it, tags as plain objects. */
function readYaml11(text: string): unknown {
  const document = parseDocument(text, { version: '1.1', customTags: TAGS });
  expect([...document.errors, ...document.warnings]).toEqual([]);
  return document.toJS();
}

/** Terraform JSON writes a literal `${` / `%{` as `$${` / `%%{`: read them back as text. */
const literal = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
    : Array.isArray(value)
      ? value.map(literal)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, literal(item)]))
        : value;

/** The shape of a file, lines split as YAML 1.1 splits them, each line cut at its first quote. */
const skeleton = (text: string) =>
  text.split(LINE_BREAKS).map((line) => (/^\s*#/.test(line) ? line.replace(/#.*$/, '#') : line.replace(/".*$/, '"')));

const SPECIALS = [
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0080',
  '\u009f',
  '\ufeff',
  '\t',
  '${',
  '$${',
  '%{',
  '%%{',
  '}',
  '!Find',
  '!KeyOf a',
  '&a',
  '*a',
  '#',
  '# x',
  '"',
  "'",
  '\\',
  '\\n',
  ': ',
  '- ',
  '---',
  '...',
  '{',
  '[',
  'data "external" "x" {}',
  'resource "a" "b" {',
];
const hostile = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...SPECIALS)), { maxLength: 6 })
  .map((parts) => parts.join(''));

describe('every text an admin controls, however hostile', () => {
  // An OIDC app with custom scope mappings, a SAML app with custom attributes, a SAML app with a round trip.
  const plans = [planFor(withCustom), planFor(samlWithCustom), planFor(roundTrip)];

  it.each(plans.map((plan) => [plan.integration.id, plan] as const))(
    '%s: stays one value in the blueprint, read as YAML 1.1 and 1.2, and adds no line',
    (_id, plan) => {
      let count = 0;
      replaceStrings(plan, (index) => {
        count = Math.max(count, index + 1);
        return '';
      });
      const marked = replaceStrings(plan, marker);
      const markedYaml = readYaml11(toBlueprint(marked));
      const markedSkeleton = skeleton(toBlueprint(marked));
      fc.assert(
        fc.property(fc.array(hostile, { minLength: count, maxLength: count }), (strings) => {
          const text = toBlueprint(replaceStrings(plan, (index) => strings[index]!));
          // Nothing YAML 1.1 reads as a line break, and nothing PyYAML's reader refuses, is written raw.
          expect(text).not.toMatch(RAW_BREAKS_OR_CONTROLS);
          expect(skeleton(text)).toEqual(markedSkeleton);
          expect(readYaml11(text)).toEqual(substitute(markedYaml, strings));
          // And the simulator's YAML 1.2 reader, with authentik's tags, sees the same values.
          expect(JSON.parse(JSON.stringify(parseBlueprint(text)))).toEqual(
            JSON.parse(JSON.stringify(substitute(parseBlueprint(toBlueprint(marked)), strings))),
          );
        }),
        { numRuns: 150 },
      );
    },
  );

  it.each(plans.map((plan) => [plan.integration.id, plan] as const))(
    '%s: stays one value in the Terraform file, which keeps exactly its blocks',
    async (_id, plan) => {
      let count = 0;
      replaceStrings(plan, (index) => {
        count = Math.max(count, index + 1);
        return '';
      });
      const marked = toTerraform(replaceStrings(plan, marker));
      const markedHcl = literal(await parseHcl('marked.tf', marked));
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { minLength: count, maxLength: count }), async (strings) => {
          const text = toTerraform(replaceStrings(plan, (index) => strings[index]!));
          expect(text).not.toMatch(RAW_BREAKS_OR_CONTROLS);
          expect(skeleton(text)).toEqual(skeleton(marked));
          // HCL reads every string in Unicode normal form C, as Terraform does.
          expect(literal(await parseHcl('hostile.tf', text))).toEqual(nfc(substitute(markedHcl, strings)));
        }),
        { numRuns: 60 },
      );
    },
  );

  it('cannot add a Terraform block or a blueprint entry through the application name', async () => {
    const name = 'Grafana"\n}\ndata "external" "x" {\n  program = ["sh"]\n}\u2028entries:\n  - model: authentik_core.user\u0085# ${x}';
    const plan = planFor(plain, { identity: { name, slug: 'grafana' } });
    const terraform = toTerraform(plan);
    const parsed = (await parseHcl('x.tf', terraform)) as {
      data: Record<string, unknown>;
      resource: { authentik_application: Record<string, [{ name: string }]> };
    };
    expect(parsed.data.external).toBeUndefined();
    expect(literal(parsed.resource.authentik_application.grafana![0].name)).toBe(name);
    const blueprint = toBlueprint(plan);
    expect(blueprint.split(LINE_BREAKS).filter((line) => line.startsWith('  - model:'))).toHaveLength(2);
    expect((readYaml11(blueprint) as { entries: Array<{ attrs: { name?: string } }> }).entries[1]!.attrs.name).toBe(name);
  });

  it('escape Terraform template sequences, quotes, backslashes and controls in one function', () => {
    expect(hclString('return f"${user.email}" %{x}\n')).toBe('"return f\\"$${user.email}\\" %%{x}\\n"');
    expect(hclString('a\u2028b\u0085c\u0000\\')).toBe('"a\\u2028b\\u0085c\\u0000\\\\"');
  });
});

// ---------------------------------------------------------------------------------------------
// Item: exports a GitOps user can commit safely.

describe('an export made before the round trip', () => {
  const before = planFor(roundTrip);
  const fields = Object.values(roundTrip.data.roundTrip!.fields);
  const real = Object.fromEntries(fields.map((field) => [field.sets, `https://youtrack.company/sso/${field.sets}`]));
  const after = planFor(roundTrip, { current: real });

  it('says in its first line, in both files, that it is not final and why', () => {
    for (const text of [toBlueprint(before), toTerraform(before)]) {
      const [first, second] = text.split('\n');
      expect(first).toMatch(/^# NOT FINAL: the .+ placeholders? until the round trip;$/);
      for (const field of fields) expect(first).toContain(field.label);
      expect(second).toContain('applying this file after the round trip would revert');
    }
  });

  it('after the round trip carries the real values and no such mark', async () => {
    expect(after.placeholders).toEqual([]);
    const blueprint = toBlueprint(after);
    const terraform = toTerraform(after);
    for (const text of [blueprint, terraform]) expect(text).not.toContain('NOT FINAL');
    const provider = parseBlueprint(blueprint).entries.find((entry) => entry.id === 'provider')!;
    for (const [field, value] of Object.entries(real)) expect(provider.attrs[field]).toBe(value);
    const parsed = (await parseHcl('after.tf', terraform)) as { resource: Record<string, Record<string, [Record<string, unknown>]>> };
    const resource = parsed.resource[roundTrip.protocol.export.resource]![outputName(after, '').slice(0, -1)]![0];
    for (const [field, value] of Object.entries(real)) expect(resource[roundTrip.protocol.export.rename[field] ?? field]).toBe(value);
  });
});

describe('a custom mapping in the files', () => {
  it('is declared before the provider under a name carrying a hash of its fields, and referenced with !KeyOf', async () => {
    const plan = planFor(withCustom);
    const blueprint = parseBlueprint(toBlueprint(plan));
    const [first] = blueprint.entries;
    const need = withCustom.discovery.customMappings[0]!;
    expect(first!.identifiers).toEqual({ name: exportedMappingName(need) });
    expect(exportedMappingName(need)).toMatch(new RegExp(`^${need.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[[0-9a-f]{8}\\]$`));
    expect(exportedMappingName({ ...need, body: { ...need.body, expression: `${need.expression}\n# changed` } })).not.toBe(exportedMappingName(need));
    const provider = blueprint.entries.find((entry) => entry.id === 'provider')!;
    const keyed = (provider.attrs.property_mappings as unknown[]).filter((item): item is KeyOfTag => item instanceof KeyOfTag);
    expect(keyed.map((tag) => tag.id)).toContain(first!.id);
    const terraform = toTerraform(plan);
    expect(terraform).toContain(`${withCustom.protocol.export.mappingResource}.${outputName(plan, 'mapping_1')}.id`);
    const parsed = (await parseHcl('mapping.tf', terraform)) as { resource: Record<string, Record<string, [{ name: string }]>> };
    expect(parsed.resource[withCustom.protocol.export.mappingResource]![outputName(plan, 'mapping_1')]![0].name).toBe(exportedMappingName(need));
  });

  it.each([withCustom, samlWithCustom].map((definition) => [definition.id, definition] as const))(
    '%s: an admin’s mapping of the same display name but another expression is left alone, and the pair gets the right one',
    (_id, definition) => {
      const sim = createSimulator({ release: '2026.8' });
      const need = definition.discovery.customMappings[0]!;
      const impostor = { pk: 'e0000000-0000-4000-8000-000000000001', managed: null, name: need.name, expression: 'return "someone else’s"' };
      if (need.kind === 'scope') sim.state.scopeMappings.push({ ...impostor, scope_name: String(need.body.scope_name), description: '' });
      else sim.state.samlMappings.push({ ...impostor, saml_name: String(need.body.saml_name), friendly_name: null });
      const plan = planFor(definition);
      sim.applyBlueprint(toBlueprint(plan));
      sim.applyBlueprint(toBlueprint(plan)); // Blueprints are applied again and again.
      const mappings = need.kind === 'scope' ? sim.state.scopeMappings : sim.state.samlMappings;
      expect(mappings.find((mapping) => mapping.pk === impostor.pk)).toMatchObject({ name: need.name, expression: impostor.expression });
      const provider = sim.state.providers.find((item) => item.name === plan.entries.find((entry) => entry.role === 'provider')!.identifiers.name)!;
      const attached = mappings.filter((mapping) => (provider.property_mappings as string[]).includes(mapping.pk));
      expect(attached.map((mapping) => mapping.pk)).not.toContain(impostor.pk);
      const custom = attached.filter((mapping) => mapping.managed === null);
      expect(custom).toHaveLength(definition.discovery.customMappings.length);
      expect(custom).toContainEqual(expect.objectContaining({ name: exportedMappingName(need), expression: need.expression }));
    },
  );
});

describe('a signing key the target authentik does not have', () => {
  const context = discoveredContext({
    release: capabilities('2026.8'),
    base: 'https://authentik.company',
    signingKey: { ...rsaKey, name: 'Company key' },
  });

  it.each([plain, roundTrip].map((definition) => [definition.id, definition] as const))(
    '%s: fails the blueprint loudly instead of leaving the provider unsigned, and says so above the key',
    (_id, definition) => {
      const text = toBlueprint(planFor(definition, { context }));
      const lines = text.split('\n');
      const keyLine = lines.findIndex((line) =>
        /^\s+signing_(key|kp): !If \[!Find \[authentik_crypto\.certificatekeypair, \[name, "Company key"\]\]/.test(line),
      );
      expect(keyLine).toBeGreaterThan(0);
      expect(lines.slice(keyLine - 2, keyLine).join(' ')).toMatch(
        /^\s+# The signing key is found by name \(“Company key”\)\. .* applying fails .*never left unsigned\.$/,
      );
      const sim = createSimulator({ release: '2026.8' });
      expect(() => sim.applyBlueprint(text)).toThrow(BlueprintError);
      expect(() => sim.applyBlueprint(text)).toThrow(
        /signing_(key|kp) “Missing on this authentik: authentik_crypto.certificatekeypair with name “Company key”” is not a valid UUID\./,
      );
      expect(sim.state.providers).toHaveLength(0);
    },
  );

  it('reads the key in Terraform with a data source, which fails the plan when no key has that name', async () => {
    const parsed = (await parseHcl('key.tf', toTerraform(planFor(plain, { context })))) as {
      data: Record<string, Record<string, [Record<string, unknown>]>>;
    };
    // terraform-provider-authentik, pkg/provider/data_source_certificate_key_pair.go: no result → error “No matching … found”.
    expect(Object.values(parsed.data.authentik_certificate_key_pair!)[0]![0]).toMatchObject({ name: 'Company key', fetch_key: false });
  });

  it('guards every single-valued !Find, and leaves list items to the serializer, which refuses a null there', () => {
    const blueprint = parseBlueprint(toBlueprint(planFor(roundTrip)));
    const provider = blueprint.entries.find((entry) => entry.id === 'provider')!;
    for (const [field, value] of Object.entries(provider.attrs)) {
      if (value instanceof IfTag) {
        expect(value.condition, field).toEqual(value.whenTrue);
        expect(value.whenTrue).toBeInstanceOf(FindTag);
        expect(typeof value.whenFalse).toBe('string');
      }
      expect(value, field).not.toBeInstanceOf(FindTag);
    }
    for (const item of provider.attrs.property_mappings as unknown[]) expect(item).toBeInstanceOf(FindTag);
  });
});

describe('several Terraform exports in one module', () => {
  type Hcl = {
    terraform?: unknown[];
    provider?: Record<string, unknown[]>;
    data?: Record<string, Record<string, unknown[]>>;
    resource?: Record<string, Record<string, unknown[]>>;
    output?: Record<string, unknown[]>;
  };
  const names = (parsed: Hcl) => [
    ...Object.entries(parsed.data ?? {}).flatMap(([type, blocks]) =>
      Object.entries(blocks).map(([name, list]) => [`data.${type}.${name}`, list.length] as const),
    ),
    ...Object.entries(parsed.resource ?? {}).flatMap(([type, blocks]) =>
      Object.entries(blocks).map(([name, list]) => [`${type}.${name}`, list.length] as const),
    ),
    ...Object.entries(parsed.output ?? {}).map(([name, list]) => [`output.${name}`, list.length] as const),
  ];
  const withoutShared = (text: string) => {
    const [head, rest] = text.split(`${SHARED_BEGIN}\n`);
    return `${head}${rest!.split(`${SHARED_END}\n`)[1]}`;
  };

  it('name every block after the application slug', async () => {
    const plan = planFor(plain, { identity: { name: 'Wiki', slug: 'wiki-prod' } });
    const parsed = (await parseHcl('one.tf', toTerraform(plan))) as Hcl;
    for (const [name] of names(parsed)) expect(name.split('.').pop()).toMatch(/^wiki_prod(_|$)/);
    for (const output of plain.protocol.export.outputs) expect(parsed.output).toHaveProperty(outputName(plan, output.name));
  });

  it('parse as one module, with one shared block and no name twice, when the second copy of the shared section is left out', async () => {
    const files = [
      planFor(plain),
      planFor(plain, { identity: { name: 'Staging', slug: 'staging' } }),
      planFor(roundTrip),
      planFor(samlWithCustom),
    ].map(toTerraform);
    const module = [files[0]!, ...files.slice(1).map(withoutShared)].join('\n');
    const parsed = (await parseHcl('main.tf', module)) as Hcl;
    expect(parsed.terraform).toHaveLength(1);
    expect(parsed.provider?.authentik).toHaveLength(1);
    const all = names(parsed);
    expect(all.filter(([, count]) => count !== 1)).toEqual([]);
    const separately = await Promise.all(files.map(async (text, index) => names((await parseHcl(`${index}.tf`, text)) as Hcl).length));
    expect(all).toHaveLength(separately.reduce((sum, count) => sum + count, 0));
  });

  it('share one identical section, whatever the protocol', () => {
    const shared = (text: string) => text.slice(text.indexOf(SHARED_BEGIN), text.indexOf(SHARED_END));
    expect(shared(toTerraform(planFor(plain)))).toBe(shared(toTerraform(planFor(roundTrip))));
  });
});

describe('the SAML Terraform file', () => {
  it('names only outputs it has (no client secret) and tells the OIDC one how to read its secret', () => {
    const saml = toTerraform(planFor(roundTrip));
    expect(saml).not.toContain('client_secret');
    const oidcPlan = planFor(plain);
    expect(toTerraform(oidcPlan)).toContain(`terraform output -raw ${outputName(oidcPlan, 'client_secret')}`);
  });

  it('writes the NameID policy as a comment, since no documented provider release has the attribute', () => {
    const withPolicy = integrations.find(
      (definition) =>
        definition.protocol.id === 'saml' &&
        'default_name_id_policy' in planFor(definition).entries.find((entry) => entry.role === 'provider')!.attrs,
    )!;
    for (const provider of Object.values(schema.providers)) {
      const documented = provider.resources.authentik_provider_saml;
      expect([...documented.required, ...documented.optional].filter((key) => /name_id_policy/.test(key))).toEqual([]);
    }
    const terraform = toTerraform(planFor(withPolicy));
    expect(terraform).toMatch(/^# default_name_id_policy = "urn:oasis:names:tc:SAML:[^"]+": authentik_provider_saml has no such attribute/m);
  });
});

describe('the exported files', () => {
  it('are shown in the README as the code makes them (osTicket on 2026.8)', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in GitOps'), readme.indexOf('## Audit what you already have'));
    const blocks = [...section.matchAll(/```(?:yaml|hcl)\n([\s\S]*?)```/g)].map((match) => match[1]);
    const plan = planFor(integrations.find((definition) => definition.id === 'osticket')!);
    expect(blocks).toEqual([toBlueprint(plan), toTerraform(plan)]);
  });

  it('name the app’s slug in the file names, in kebab case', () => {
    expect(exportFileNames({ slug: 'my_App.2' })).toEqual({ blueprint: 'my-app-2.blueprint.yaml', terraform: 'my-app-2.tf' });
  });

  it('carry no pk of the instance they were made on, whatever the keys are called there', () => {
    const context = discoveredContext({ release: capabilities('2026.8'), signingKey: { ...rsaKey, name: 'Company key' } });
    const plan = planFor(plain, { context });
    const pks = [
      context.authorizationFlow.pk,
      context.invalidationFlow.pk,
      context.signingKey!.pk,
      ...Object.values(context.scopeMappings).map((mapping) => mapping.pk),
    ];
    for (const text of [toBlueprint(plan), toTerraform(plan)]) {
      for (const pk of pks) expect(text).not.toContain(pk);
      expect(text).toContain('Company key');
    }
  });

  it('read the API token from the environment, never from the file', () => {
    const terraform = toTerraform(planFor(plain));
    expect(terraform).toContain('provider "authentik" {}');
    expect(terraform).not.toMatch(/^\s*token\s*=/m);
  });
});
