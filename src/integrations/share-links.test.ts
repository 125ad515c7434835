/**
 * Links are untrusted input. Over thousands of generated and mutated links, for every integration:
 * nothing throws, secrets never survive, every invalid value is reported, and a link rebuilt from
 * what was read carries only known, non-secret parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShareLink, inspectLink, isSecretParam, MAX_SEARCH_LENGTH, parseShareLink } from '../features/wizard/engine/share-link';
import { GENERIC_PARAMS, inputKeys } from '../features/wizard/engine/wizard-params';
import { loadAll } from './load-all.support';

const integrations = await loadAll();

// A fixed budget of generated links shared by all apps, so the time stays bounded as the catalog grows:
// each app gets budget / apps runs, never fewer than a floor. Under Stryker (vitest.mutate.config.ts sets
// STRYKER=1) every mutant reruns these: a far smaller budget keeps a mutation run in minutes.
const LIGHT = process.env.STRYKER === '1';
const PER_APP_BUDGET = LIGHT ? { total: 600, floor: 5 } : { total: 40_000, floor: 100 };
const RUNS_PER_INTEGRATION = Math.max(PER_APP_BUDGET.floor, Math.floor(PER_APP_BUDGET.total / integrations.length));
const RUNS_ANY_QUERY = LIGHT ? 100 : 2000;
export const PROPERTY_RUNS = RUNS_PER_INTEGRATION * integrations.length + RUNS_ANY_QUERY;

const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%',
  '%E0%A4%A',
  '\u0000',
  '../../etc/passwd',
  'https://evil.example/\n',
  '\u202eevil',
  ' ',
);
const value = fc.oneof(fc.string(), fc.webUrl(), fc.domain(), nasty, fc.string({ unit: 'grapheme', maxLength: 40 }));
const secretName = fc.constantFrom('token', 'TOKEN', 'api_token', 'access_token', 'client_secret', 'password', 'authentik_token', 'bearer');

/** Encodes params the way a careless person or a broken tool might. */
function encode(pairs: [string, string][], raw: boolean): string {
  return pairs.map(([k, v]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&');
}

const mutate = (search: string) =>
  fc.tuple(fc.nat({ max: Math.max(search.length, 1) }), fc.constantFrom('truncate', 'percent', 'duplicate', 'none', 'pad')).map(([at, how]) => {
    if (how === 'truncate') return search.slice(0, at);
    if (how === 'percent') return `${search.slice(0, at)}%${search.slice(at)}`;
    if (how === 'duplicate') return `${search}&${search}`;
    if (how === 'pad') return `${search}&x=${'a'.repeat(MAX_SEARCH_LENGTH)}`;
    return search;
  });

describe('a shared link can never hurt or mislead the admin who opens it', () => {
  it('any query string at all is inspected without throwing, and no secret survives', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 3000 }),
          fc.array(fc.tuple(fc.oneof(fc.string(), secretName), value)).map((p) => encode(p, false)),
        ),
        (search) => {
          const inspection = inspectLink(`?${search}`);
          if (inspection.kind === 'ok') for (const name of inspection.params.keys()) expect(isSecretParam(name)).toBe(false);
          if (search.length + 1 > MAX_SEARCH_LENGTH) expect(inspection.kind).toBe('degraded');
        },
      ),
      { numRuns: RUNS_ANY_QUERY },
    );
  });

  for (const definition of integrations) {
    it(`${definition.name}: generated and mutated links prefill only, report every invalid value, and never carry a secret`, () => {
      const keys = inputKeys(definition);
      const known = [...keys, ...Object.values(GENERIC_PARAMS)];
      const pair = fc.oneof(fc.tuple(fc.constantFrom(...known), value), fc.tuple(secretName, value), fc.tuple(fc.string({ maxLength: 12 }), value));
      const link = fc.tuple(fc.array(pair, { maxLength: 8 }), fc.boolean()).chain(([pairs, raw]) => mutate(encode(pairs, raw)));
      fc.assert(
        fc.property(link, (search) => {
          const inspection = inspectLink(`?${search}`);
          if (inspection.kind === 'degraded') return; // the form starts empty, with a message
          const parsed = parseShareLink(definition, inspection.params);
          for (const key of keys) {
            const raw = inspection.params.get(key) ?? '';
            const alone = definition.inputs.safeParse({ ...Object.fromEntries(keys.map((k) => [k, 'x'])), ...parsed.values, [key]: raw });
            const fieldRefused = !alone.success && alone.error.issues.some((issue: { path: PropertyKey[] }) => issue.path[0] === key);
            if (raw !== '' && fieldRefused) expect(parsed.invalid[key], `${key}=${JSON.stringify(raw)} must be reported`).toBeTruthy();
            expect(typeof parsed.values[key]).toBe('string');
          }
          const rebuilt = new URL(buildShareLink('http://127.0.0.1:4173', `/${definition.id}`, definition, inspection.params));
          for (const name of rebuilt.searchParams.keys()) {
            expect(isSecretParam(name)).toBe(false);
            expect(known).toContain(name);
          }
        }),
        { numRuns: RUNS_PER_INTEGRATION },
      );
    });
  }

  it('a link with a token is cleaned, and says which parameter it dropped', () => {
    const inspection = inspectLink('?team=acme&token=ak-secret-value&Password=x');
    expect(inspection.kind).toBe('ok');
    if (inspection.kind !== 'ok') return;
    expect(inspection.removedSecrets).toEqual(['token', 'Password']);
    expect(inspection.params.toString()).toBe('team=acme');
  });

  it('an oversized or damaged link degrades to an empty form', () => {
    expect(inspectLink(`?team=${'a'.repeat(MAX_SEARCH_LENGTH)}`).kind).toBe('degraded');
    expect(inspectLink('?team=%E0%A4%A').kind).toBe('degraded');
  });
});
