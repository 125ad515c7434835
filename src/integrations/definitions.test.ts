/**
 * The definition format v2, held over every app folder: a definition is data that validates
 * against the format's schema (no RegExp, no function: it survives JSON), says only what differs
 * from its protocol's defaults, and its folder's meta.ts agrees with it.
 */
import { describe, expect, it } from 'vitest';
import { expandError, expandField, type DefinitionData } from '../features/wizard/definition/format';
import { definitionSchema, metaSchema } from '../features/wizard/definition/schema';
import { compileIntegration, formatDefaults } from '../features/wizard/engine/compile';
import { protocolModule } from '../features/wizard/protocols';
import { DEFAULT_SCOPES } from '../features/wizard/protocols/oidc/module';
import { appFolders, nodeCatalog } from './load-all.support';
import { catalog } from './registry';

const entries = await nodeCatalog();
const authored = await Promise.all(entries.map(async (entry) => [entry, (await entry.load()).default] as const));

describe.each(authored.map(([entry, data]) => [entry.id, entry, data] as const))('%s', (_id, entry, data) => {
  it('is data the format’s schema accepts, and survives JSON unchanged', () => {
    const parsed = definitionSchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('restates no default of its protocol: no default check without its own reason, title or option, no default scopes, no default http reason, no default login error', () => {
    const module = protocolModule(data.provider.protocol);
    const app = entry.short ?? entry.name;
    for (const [id, spec] of Object.entries(data.checks ?? {})) {
      if (spec === false) {
        expect(module.defaults.checks, `${id}: only a default check can be left out`).toContain(id);
        continue;
      }
      const { why, ...rest } = spec;
      if (why !== undefined) expect(why, `${id} restates the protocol’s reason`).not.toBe(module.defaults.reasons[id]?.(app));
      if (module.defaults.checks.includes(id)) expect(why !== undefined || Object.keys(rest).length > 0, `${id} is a default check`).toBe(true);
    }
    if (data.provider.protocol === 'oidc' && data.provider.scopes) expect([...data.provider.scopes]).not.toEqual([...DEFAULT_SCOPES]);
    for (const spec of Object.values(data.inputs)) {
      if (spec.type === 'url' && spec.httpReason !== undefined)
        expect(spec.httpReason).not.toBe(`Use the https:// address of ${entry.name}: ${module.defaults.httpReason}`);
    }
    const common = (module.defaults.errors?.(entry.name) ?? []).map((error) => error.meaning);
    for (const error of data.manualTest.errors.map(expandError))
      expect(common, `“${error.message}” restates the protocol’s explanation`).not.toContain(error.meaning);
  });

  it('restates no default of the format: no launch URL {url}, no preview of the protocol’s address, no sources equal to its docs', () => {
    for (const [key, variant] of [['', data] as const, ...Object.entries(data.variants ?? {}).map(([k, v]) => [k, { ...data, ...v }] as const)]) {
      const module = protocolModule(variant.provider.protocol);
      const defaults = formatDefaults(variant, module, module.resolve(variant.provider as never));
      const own = (field: keyof DefinitionData) => key === '' || field in (data.variants?.[key] ?? {});
      if (own('launchUrl') && defaults.launchUrl && variant.launchUrl !== undefined)
        expect(variant.launchUrl, `${key || 'base'}: launchUrl`).not.toBe(defaults.launchUrl);
      if (own('inputs'))
        for (const [input, spec] of Object.entries(variant.inputs))
          if (spec.preview !== undefined) expect(spec.preview, `${key || 'base'}: preview of ${input}`).not.toBe(defaults.previews[input]);
      if (own('expected') || own('docs')) {
        const { authentik, vendor } = variant.expected.sources ?? {};
        expect(authentik === undefined || authentik !== variant.docs.authentik, `${key || 'base'}: sources.authentik is docs.authentik`).toBe(true);
        expect(vendor === undefined || vendor !== variant.docs.vendor, `${key || 'base'}: sources.vendor is docs.vendor`).toBe(true);
      }
    }
  });

  it('marks as a choice only an option picked in a form of the app: a literal, never a secret, a variable or a file line', () => {
    for (const section of data.screen)
      for (const field of section.fields.map(expandField).filter((candidate) => candidate.choice)) {
        const where = `${section.title} › ${field.label}`;
        expect(section.format ?? 'form', where).toBe('form');
        expect(field.secret, where).toBeUndefined();
        expect(field.value, where).not.toMatch(/\{[a-z_]+\}|^$/);
      }
  });

  it('has a catalog line (meta.ts) the schema accepts, listing exactly its input keys', () => {
    const { id: _id, load: _load, siblings: _siblings, ...meta } = entry;
    expect(metaSchema.safeParse(meta).error?.issues ?? []).toEqual([]);
    expect(entry.protocol).toBe(data.provider.protocol);
    expect([...entry.inputs]).toEqual(Object.keys(data.inputs));
  });
});

describe('the catalog is gathered from the app folders', () => {
  it('the browser’s registry (import.meta.glob) and Node’s folder listing list the same apps, most popular first', () => {
    expect(catalog.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    // Each folder is an entry, and each of its variants one more: `<folder>-<key>`.
    expect(appFolders.every((folder) => entries.some((entry) => entry.id === folder))).toBe(true);
    for (const entry of entries)
      expect(appFolders.some((folder) => entry.id === folder || entry.siblings.some((sibling) => sibling.id === folder))).toBe(true);
    const popularity = catalog.map((entry) => entry.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });
});

describe('an author’s mistakes are compile errors, and omissions are honoured', () => {
  const [entry, osticket] = authored.find(([candidate]) => candidate.id === 'osticket')!;
  const withNote = (text: string): DefinitionData => ({
    ...osticket,
    screen: [...osticket.screen, { title: 'Extra', fields: [], notes: [{ tone: 'info', text }] }],
  });

  it('a note naming an unknown {key} fails to compile instead of showing an empty value', () => {
    expect(() => compileIntegration(entry, withNote('Paste {clientid} here.'))).toThrow(/Extra.*\{clientid\}/);
    expect(() => compileIntegration(entry, withNote('Paste {client_id} here.'))).not.toThrow();
  });

  it('a snippet or a provider template naming an unknown key fails too', () => {
    const snippet: DefinitionData = { ...osticket, screen: [{ title: 'File', format: 'file', snippet: 'id={client_idd}', fields: [] }] };
    expect(() => compileIntegration(entry, snippet)).toThrow(/\{client_idd\}/);
    const provider = { ...osticket, provider: { ...osticket.provider, redirectUris: [{ url: '{uri}/callback' }] } } as DefinitionData;
    expect(() => compileIntegration(entry, provider)).toThrow(/\{uri\}/);
  });

  it('gets its protocol’s default checks in the protocol’s order, without the ones it leaves out', () => {
    const ids = (data: DefinitionData) =>
      compileIntegration(entry, data)
        .checks()
        .map((check) => check.id);
    expect(ids({ ...osticket, checks: {} })).toEqual([
      'provider-assigned',
      'application-access',
      'authorization-flow',
      'redirect-uri',
      'grant-types',
      'scopes',
      'discovery',
      'redirect-errors',
    ]);
    expect(ids({ ...osticket, checks: { 'redirect-errors': false, 'encryption-key': {}, 'provider-assigned': { why: 'Its own reason.' } } })).toEqual(
      ['provider-assigned', 'application-access', 'authorization-flow', 'redirect-uri', 'grant-types', 'scopes', 'encryption-key', 'discovery'],
    );
    const reasons = compileIntegration(entry, { ...osticket, checks: { 'provider-assigned': { why: 'Its own reason.' } } }).checks();
    expect(reasons.find((check) => check.id === 'provider-assigned')?.why).toBe('Its own reason.');
    expect(reasons.find((check) => check.id === 'grant-types')?.why).toBe('osTicket signs users in with the authorization code flow.');
    expect(() => compileIntegration(entry, { ...osticket, checks: { 'acs-url': {} } })).toThrow(/acs-url/);
  });
});

describe('one app, several setups: a folder’s variants are catalog entries of their own', () => {
  const withVariants = entries.filter((entry) => entry.siblings.length > 0);

  it('each variant is `<folder>-<key>`, names its siblings, and loads its own setup without the others', async () => {
    expect(withVariants.length).toBeGreaterThan(0);
    for (const entry of withVariants) {
      for (const sibling of entry.siblings)
        expect(entries.find((other) => other.id === sibling.id)?.siblings.map((back) => back.id)).toContain(entry.id);
      const data = (await entry.load()).default;
      expect(data.variants).toBeUndefined();
      expect(data.provider.protocol).toBe(entry.protocol);
    }
  });
});
