import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolveContext, type Discovered } from './resolve-context';
import type { CertificateKeyPair, Flow, IntegrationDefinition, ScopeMapping } from './types';

const flow = (slug: string, designation: Flow['designation']): Flow => ({ pk: `pk-${slug}`, slug, name: slug, designation }) as Flow;
const key = (name: string, extra: Partial<CertificateKeyPair> = {}): CertificateKeyPair =>
  ({ pk: `pk-${name}`, name, private_key_available: true, key_type: 'rsa', managed: null, ...extra }) as CertificateKeyPair;
const scope = (name: string): ScopeMapping => ({ pk: `pk-${name}`, name, managed: `goauthentik.io/providers/oauth2/scope-${name}`, scope_name: name }) as ScopeMapping;

const fresh: Discovered = {
  authorizationFlows: [flow('default-provider-authorization-explicit-consent', 'authorization'), flow('default-provider-authorization-implicit-consent', 'authorization')],
  invalidationFlows: [flow('default-invalidation-flow', 'invalidation'), flow('default-provider-invalidation-flow', 'invalidation')],
  signingKeys: [key('authentik Internal JWT Certificate', { managed: 'goauthentik.io/crypto/jwt-managed' }), key('authentik Self-signed Certificate')],
  scopeMappings: [scope('openid'), scope('email'), scope('profile')],
  samlMappings: [],
};

const definition = {
  discovery: { signingKey: 'required', keyType: null, scopeMappings: ['goauthentik.io/providers/oauth2/scope-openid', 'goauthentik.io/providers/oauth2/scope-email'], samlMappings: [], customMappings: [] },
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
    const { context } = resolveContext(definition, fresh, { authorizationFlow: 'default-provider-authorization-explicit-consent', signingKey: 'authentik Internal JWT Certificate' });
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
    const bare: Discovered = { ...fresh, signingKeys: [key('cert-only', { private_key_available: false }), key('dsa', { key_type: 'dsa' })], scopeMappings: [scope('openid')] };
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
