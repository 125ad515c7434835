import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildShareLink, canonicalParamName, inspectLink, isSecretParam, knownParams, MAX_SEARCH_LENGTH, parseShareLink } from './share-link';
import type { IntegrationDefinition } from './types';

const definition = {
  id: 'demo-app',
  inputs: z.object({
    url: z.string().startsWith('https://', 'Start with https://').min(12, 'Too short'),
    team: z.string().regex(/^[a-z]+$/, 'Only letters'),
  }),
  inputUi: { url: { label: 'URL' }, team: { label: 'Team' } },
} as unknown as IntegrationDefinition;

describe('look-alike letters cannot disguise a secret’s name', () => {
  it.each([
    ['а', 'a'],
    ['ɑ', 'a'],
    ['α', 'a'],
    ['с', 'c'],
    ['ϲ', 'c'],
    ['ς', 'c'],
    ['е', 'e'],
    ['ε', 'e'],
    ['һ', 'h'],
    ['і', 'i'],
    ['ı', 'i'],
    ['ι', 'i'],
    ['ј', 'j'],
    ['к', 'k'],
    ['κ', 'k'],
    ['ӏ', 'l'],
    ['о', 'o'],
    ['ο', 'o'],
    ['σ', 'o'],
    ['р', 'p'],
    ['ρ', 'p'],
    ['ԛ', 'q'],
    ['ѕ', 's'],
    ['т', 't'],
    ['τ', 't'],
    ['у', 'y'],
    ['γ', 'y'],
    ['х', 'x'],
    ['χ', 'x'],
    ['ԝ', 'w'],
    ['ν', 'v'],
  ])('%s reads as %s', (char, latin) => {
    expect(canonicalParamName(char)).toBe(latin);
  });

  it('whole words of short secret names, and names that start or end with key, are secrets; words that merely contain them are not', () => {
    for (const name of ['pass', 'auth', 'sig', 'signature', 'otp', 'pin', 'key', 'keyid', 'apikeys', 'signingkey'])
      expect(isSecretParam(name), name).toBe(true);
    for (const name of ['bypass', 'compass', 'passage', 'author', 'oauth', 'pinned', 'spin', 'otpx', 'monkeybusiness', 'turkeysandwich', 'signal'])
      expect(isSecretParam(name), name).toBe(false);
  });
});

describe('inspecting an incoming query string', () => {
  it('a query string of exactly the longest length is still read', () => {
    const search = `?team=${'a'.repeat(MAX_SEARCH_LENGTH - '?team='.length)}`;
    expect(search.length).toBe(MAX_SEARCH_LENGTH);
    expect(inspectLink(search).kind).toBe('ok');
    expect(inspectLink(`${search}a`)).toEqual({ kind: 'degraded', reason: 'too-long', removedSecrets: [] });
  });

  it('secret names are reported once, decoded, and a broken name is reported as it came', () => {
    const inspection = inspectLink('?token=a&token=b&client%5Fsecret=c&&%E0%A4token=x&url=https%3A%2F%2Fa.example');
    expect(inspection.removedSecrets).toEqual(['token', 'client_secret', '%E0%A4token']);
    expect(inspection.kind).toBe('degraded');
  });

  it('values with credentials are removed and named, plain values stay in order', () => {
    const inspection = inspectLink('?team=acme&url=https%3A%2F%2Fa%3Ab%40x.example&name=A+B');
    expect(inspection.kind === 'ok' && inspection.params.toString()).toBe('team=acme&name=A+B');
    expect(inspection.removedSecrets).toEqual(['url']);
  });

  it('a parameter without "=" is an empty value, and empty parts are skipped', () => {
    const inspection = inspectLink('team&&url=x');
    expect(inspection.kind === 'ok' && [...inspection.params]).toEqual([
      ['team', ''],
      ['url', 'x'],
    ]);
    expect(inspectLink('').kind === 'ok' && inspectLink('?').kind).toBe('ok');
  });
});

describe('reading a link with the integration’s schema', () => {
  it('reports each invalid, non-empty input once with its first message, ignores empty ones, and lists the unknown', () => {
    const parsed = parseShareLink(
      definition,
      new URLSearchParams('url=http://x&team=&slug=mine&ak=https%3A%2F%2Fak.example&extra=1&extra=2&other=3'),
    );
    expect(parsed.invalid).toEqual({ url: 'Start with https://' });
    expect(parsed.values).toEqual({ url: 'http://x', team: '', slug: 'mine', ak: 'https://ak.example' });
    expect(parsed.unknown).toEqual(['extra', 'other']);
  });

  it('a valid link reports nothing', () => {
    const parsed = parseShareLink(definition, new URLSearchParams('url=https://osticket.example&team=acme'));
    expect(parsed).toEqual({ values: { url: 'https://osticket.example', team: 'acme' }, invalid: {}, unknown: [] });
  });

  it('known parameters for a share link: inputs and generic choices only, first value each, nothing empty', () => {
    const params = new URLSearchParams('team=acme&team=other&url=&slug=s&evil=1');
    expect(knownParams(definition, params).toString()).toBe('ak=x'.replace('ak=x', 'slug=s&team=acme'));
    expect(knownParams(undefined, params).toString()).toBe('slug=s');
    expect(buildShareLink('http://127.0.0.1:4173', '/demo-app', definition, new URLSearchParams())).toBe('http://127.0.0.1:4173/demo-app');
  });
});
