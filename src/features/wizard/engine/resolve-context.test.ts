import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolveContext, type Discovered } from './resolve-context';
import type { CertificateKeyPair, Flow, IntegrationDefinition, SAMLPropertyMapping, ScopeMapping } from './types';

const flow = (slug: string, designation: Flow['designation']): Flow => ({ pk: `pk-${slug}`, slug, name: slug, designation }) as Flow;
const key = (name: string, extra: Partial<CertificateKeyPair> = {}): CertificateKeyPair =>
  ({ pk: `pk-${name}`, name, private_key_available: true, key_type: 'rsa', managed: null, ...extra }) as CertificateKeyPair;
const scope = (name: string): ScopeMapping =>
  ({ pk: `pk-${name}`, name, managed: `goauthentik.io/providers/oauth2/scope-${name}`, scope_name: name }) as ScopeMapping;

const fresh: Discovered = {
  authorizationFlows: [
    flow('default-provider-authorization-explicit-consent', 'authorization'),
    flow('default-provider-authorization-implicit-consent', 'authorization'),
  ],
  invalidationFlows: [flow('default-invalidation-flow', 'invalidation'), flow('default-provider-invalidation-flow', 'invalidation')],
  signingKeys: [
    key('authentik Internal JWT Certificate', { managed: 'goauthentik.io/crypto/jwt-managed' }),
    key('authentik Self-signed Certificate'),
  ],
  scopeMappings: [scope('openid'), scope('email'), scope('profile')],
  samlMappings: [],
};

const definition = {
  discovery: {
    signingKey: 'required',
    keyType: null,
    scopeMappings: ['goauthentik.io/providers/oauth2/scope-openid', 'goauthentik.io/providers/oauth2/scope-email'],
    samlMappings: [],
    customMappings: [],
  },
  inputs: z.object({}),
} as unknown as IntegrationDefinition;

describe('the wizard picks safe defaults from what authentik has', () => {
  it('on a fresh install: implicit consent, the provider logout flow, the self-signed certificate, mappings by managed id', () => {
    const { context, problems, notes } = resolveContext(definition, fresh, {});
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(context?.authorizationFlow.slug).toBe('default-provider-authorization-implicit-consent');
    expect(context?.invalidationFlow.slug).toBe('default-provider-invalidation-flow');
    expect(context?.signingKey?.name).toBe('authentik Self-signed Certificate');
    expect(Object.keys(context?.scopeMappings ?? {})).toEqual(definition.discovery.scopeMappings);
  });

  it('honours the admin’s choices', () => {
    const { context } = resolveContext(definition, fresh, {
      authorizationFlow: 'default-provider-authorization-explicit-consent',
      signingKey: 'authentik Internal JWT Certificate',
    });
    expect(context?.authorizationFlow.slug).toBe('default-provider-authorization-explicit-consent');
    expect(context?.signingKey?.name).toBe('authentik Internal JWT Certificate');
  });

  it('falls back when defaults were renamed, and never to the brand logout flow if another exists', () => {
    const renamed: Discovered = {
      ...fresh,
      authorizationFlows: [flow('my-consent', 'authorization')],
      invalidationFlows: [flow('default-invalidation-flow', 'invalidation'), flow('my-logout', 'invalidation')],
      signingKeys: [key('authentik Internal JWT Certificate', { managed: 'goauthentik.io/crypto/jwt-managed' }), key('corp-key', { key_type: 'ec' })],
    };
    const { context, notes } = resolveContext(definition, renamed, {});
    expect(context?.authorizationFlow.slug).toBe('my-consent');
    expect(context?.invalidationFlow.slug).toBe('my-logout');
    expect(context?.signingKey?.name).toBe('corp-key');
    expect(notes).toHaveLength(3);
  });

  it('says what to do when a required piece is missing', () => {
    const bare: Discovered = {
      ...fresh,
      signingKeys: [key('cert-only', { private_key_available: false }), key('dsa', { key_type: 'dsa' })],
      scopeMappings: [scope('openid')],
    };
    const { context, problems } = resolveContext(definition, bare, {});
    expect(context).toBeNull();
    expect(problems.join('\n')).toMatch(/System › Certificates › Generate/);
    expect(problems.join('\n')).toMatch(/scope-email is missing/);
  });

  it('reports a choice from a link that does not exist here, and uses the default', () => {
    const { context, notes } = resolveContext(definition, fresh, { authorizationFlow: 'nope' });
    expect(context?.authorizationFlow.slug).toBe('default-provider-authorization-implicit-consent');
    expect(notes[0]).toMatch(/“nope” from the link does not exist/);
  });
});

const needs = (over: Partial<IntegrationDefinition['discovery']>) =>
  ({ ...definition, discovery: { ...definition.discovery, ...over } }) as IntegrationDefinition;

describe('what the admin is told when authentik lacks a default', () => {
  it('no authorization flow at all blocks creating, and says where to make one', () => {
    const { context, problems } = resolveContext(definition, { ...fresh, authorizationFlows: [] }, {});
    expect(context).toBeNull();
    expect(problems).toEqual([
      'This authentik has no flow with designation “Authorization”. Create one under Flows and Stages › Flows (or restore the default blueprints), then reload.',
    ]);
  });

  it('no invalidation flow at all blocks creating too', () => {
    const { context, problems } = resolveContext(definition, { ...fresh, invalidationFlows: [] }, {});
    expect(context).toBeNull();
    expect(problems).toEqual(['This authentik has no flow with designation “Invalidation”. Create one under Flows and Stages › Flows, then reload.']);
  });

  it('a renamed default is replaced by the first flow found, and the note names both', () => {
    const { context, notes, problems } = resolveContext(
      definition,
      {
        ...fresh,
        authorizationFlows: [flow('my-consent', 'authorization'), flow('other', 'authorization')],
        invalidationFlows: [flow('my-logout', 'invalidation')],
      },
      {},
    );
    expect(problems).toEqual([]);
    expect(context?.authorizationFlow.slug).toBe('my-consent');
    expect(notes).toEqual([
      'The default flow “default-provider-authorization-implicit-consent” was not found; using “my-consent”.',
      'The default flow “default-provider-invalidation-flow” was not found; using “my-logout”.',
    ]);
  });

  it('only the brand logout flow: it is used, with a warning that it also ends the authentik session', () => {
    const { context, notes } = resolveContext(definition, { ...fresh, invalidationFlows: [flow('default-invalidation-flow', 'invalidation')] }, {});
    expect(context?.invalidationFlow.slug).toBe('default-invalidation-flow');
    expect(notes).toEqual([
      'The default flow “default-provider-invalidation-flow” was not found; using “default-invalidation-flow”.',
      '“default-invalidation-flow” also logs users out of authentik when they log out of the app.',
    ]);
  });

  it('the brand logout flow chosen in a link is honoured, with the same warning', () => {
    const { context, notes } = resolveContext(definition, fresh, { invalidationFlow: 'default-invalidation-flow' });
    expect(context?.invalidationFlow.slug).toBe('default-invalidation-flow');
    expect(notes).toEqual(['“default-invalidation-flow” also logs users out of authentik when they log out of the app.']);
  });

  it('link choices that do not exist here are each reported, and the defaults used', () => {
    const { context, notes } = resolveContext(definition, fresh, { invalidationFlow: 'gone', signingKey: 'old key' });
    expect(context?.invalidationFlow.slug).toBe('default-provider-invalidation-flow');
    expect(context?.signingKey?.name).toBe('authentik Self-signed Certificate');
    expect(notes).toEqual([
      'The invalidation flow “gone” from the link does not exist here; the default is used instead.',
      'The signing key “old key” from the link does not exist here (or has no private key); the default is used instead.',
    ]);
  });

  it('a key chosen in a link that has no private key is not used', () => {
    const found = { ...fresh, signingKeys: [...fresh.signingKeys, key('imported', { private_key_available: false })] };
    const { context, notes } = resolveContext(definition, found, { signingKey: 'imported' });
    expect(context?.signingKey?.name).toBe('authentik Self-signed Certificate');
    expect(notes).toHaveLength(1);
  });

  it('without the default certificate, a key of the admin’s own comes before authentik’s managed one, and the note says which', () => {
    const managed = key('authentik Internal JWT Certificate', { managed: 'goauthentik.io/crypto/jwt-managed' });
    expect(resolveContext(definition, { ...fresh, signingKeys: [managed, key('corp')] }, {}).notes).toEqual([
      '“authentik Self-signed Certificate” was not found; signing with “corp”.',
    ]);
    const onlyManaged = resolveContext(definition, { ...fresh, signingKeys: [managed] }, {});
    expect(onlyManaged.context?.signingKey?.name).toBe('authentik Internal JWT Certificate');
    expect(onlyManaged.notes).toEqual(['“authentik Self-signed Certificate” was not found; signing with “authentik Internal JWT Certificate”.']);
  });
});

describe('the signing key the provider needs', () => {
  it('an app that signs nothing gets no key, even when keys exist', () => {
    const { context, problems, notes } = resolveContext(needs({ signingKey: 'none' }), fresh, { signingKey: 'authentik Self-signed Certificate' });
    expect(problems).toEqual([]);
    expect(context?.signingKey).toBeNull();
    expect(notes).toEqual([
      'The signing key “authentik Self-signed Certificate” from the link does not exist here (or has no private key); the default is used instead.',
    ]);
  });

  it('an optional key may be missing without blocking, and no note is made', () => {
    const { context, problems, notes } = resolveContext(needs({ signingKey: 'optional' }), { ...fresh, signingKeys: [] }, {});
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(context?.signingKey).toBeNull();
  });

  it('a required key of one type: only that type is used, and the problem names it', () => {
    const ecOnly = needs({ keyType: 'ec' });
    const found = { ...fresh, signingKeys: [key('authentik Self-signed Certificate'), key('ec-key', { key_type: 'ec' })] };
    expect(resolveContext(ecOnly, found, {}).context?.signingKey?.name).toBe('ec-key');
    const { context, problems } = resolveContext(ecOnly, { ...fresh, signingKeys: [key('authentik Self-signed Certificate')] }, {});
    expect(context).toBeNull();
    expect(problems).toEqual(['No EC certificate with a private key exists. Create one under System › Certificates › Generate, then reload.']);
    expect(resolveContext(definition, { ...fresh, signingKeys: [] }, {}).problems).toEqual([
      'No RSA or EC certificate with a private key exists. Create one under System › Certificates › Generate, then reload.',
    ]);
  });

  it('a key type reported the pre-2025.12 way (private_key_type) is read too', () => {
    const old = key('authentik Self-signed Certificate', { key_type: undefined, private_key_type: 'rsa' } as Partial<CertificateKeyPair>);
    expect(resolveContext(definition, { ...fresh, signingKeys: [old] }, {}).context?.signingKey?.name).toBe('authentik Self-signed Certificate');
  });
});

describe('mappings by managed id', () => {
  const samlNeeds = needs({ scopeMappings: [], samlMappings: ['goauthentik.io/providers/saml/upn', 'goauthentik.io/providers/saml/email'] });
  const samlMapping = (id: string) => ({ pk: `pk-${id}`, name: id, managed: `goauthentik.io/providers/saml/${id}` }) as SAMLPropertyMapping;

  it('SAML mappings are found by managed id, and a missing one names the blueprint to apply', () => {
    const found = { ...fresh, samlMappings: [samlMapping('upn'), samlMapping('name')] };
    const { context, problems } = resolveContext(samlNeeds, found, {});
    expect(context).toBeNull();
    expect(problems).toEqual([
      "The SAML property mapping goauthentik.io/providers/saml/email is missing. Restore authentik's default blueprints (Customization › Blueprints › “System - SAML Provider - Mappings” › Apply), then reload.",
    ]);
    const complete = resolveContext(samlNeeds, { ...found, samlMappings: [samlMapping('upn'), samlMapping('email')] }, {});
    expect(Object.entries(complete.context?.samlMappings ?? {}).map(([id, mapping]) => [id, mapping.pk])).toEqual([
      ['goauthentik.io/providers/saml/upn', 'pk-upn'],
      ['goauthentik.io/providers/saml/email', 'pk-email'],
    ]);
  });
});

describe('the app’s own property mappings', () => {
  const need = (name: string, expression: string) => ({ kind: 'saml', name, expression, body: {}, describe: `attribute ${name}` }) as const;
  const withCustom = needs({ customMappings: [need('App: Email', 'return request.user.email'), need('App: Name', 'return request.user.name')] });

  it('missing ones are announced as created first, before the pair', () => {
    const { context, notes } = resolveContext(withCustom, fresh, {});
    expect(context?.customMappings).toEqual({});
    expect(notes).toEqual([
      'Created first, before the pair: the attribute App: Email mapping “App: Email”, the attribute App: Name mapping “App: Name”.',
    ]);
  });

  it('an identical one is reused by pk, and only the other is announced', () => {
    const { context, notes } = resolveContext(
      withCustom,
      { ...fresh, customMappings: [{ name: 'App: Email', pk: 'pk-email', expression: 'return request.user.email' }] },
      {},
    );
    expect(context?.customMappings).toEqual({ 'App: Email': 'pk-email' });
    expect(notes).toEqual(['Created first, before the pair: the attribute App: Name mapping “App: Name”.']);
  });

  it('one with the same name but another expression blocks creating, and is not announced as created', () => {
    const { context, problems, notes } = resolveContext(
      withCustom,
      { ...fresh, customMappings: [{ name: 'App: Email', pk: 'pk-email', expression: 'return "someone else"' }] },
      {},
    );
    expect(context).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^A property mapping named “App: Email” already exists with another expression/);
    expect(notes).toEqual(['Created first, before the pair: the attribute App: Name mapping “App: Name”.']);
  });
});

describe('the context carries the connection it was resolved for', () => {
  it('release and base go along, so the request is built for that authentik', () => {
    const { context } = resolveContext(definition, fresh, {}, { base: 'https://authentik.company' });
    expect(context?.base).toBe('https://authentik.company');
  });
});
