import { describe, expect, it } from 'vitest';
import { isAlreadyExists, ownerOf } from './error-owners';
import type { IntegrationDefinition } from './types';

const definition = {
  errorOwners: { 'provider.redirect_uris': 'url', 'app.meta_launch_url': 'url', 'provider.acs_url': 'acs' },
} as unknown as IntegrationDefinition;
const withoutOwners = {} as IntegrationDefinition;

describe('each field authentik refuses is shown where the admin can change it', () => {
  it.each([
    ['provider.redirect_uris', { kind: 'input', input: 'url' }],
    ['provider.redirect_uris.0.url', { kind: 'input', input: 'url' }],
    ['app.meta_launch_url', { kind: 'input', input: 'url' }],
    ['provider.acs_url', { kind: 'input', input: 'acs' }],
    ['app.slug', { kind: 'choice', choice: 'slug' }],
    ['app.name', { kind: 'choice', choice: 'appName' }],
    ['provider.name', { kind: 'choice', choice: 'appName' }],
    ['provider.authorization_flow', { kind: 'choice', choice: 'authorizationFlow' }],
    ['provider.invalidation_flow', { kind: 'choice', choice: 'invalidationFlow' }],
    ['provider.signing_key', { kind: 'choice', choice: 'signingKey' }],
    ['provider.signing_kp', { kind: 'choice', choice: 'signingKey' }],
    ['provider.signing_kp.0', { kind: 'choice', choice: 'signingKey' }],
  ])('%s → %j', (path, owner) => {
    expect(ownerOf(definition, path)).toEqual(owner);
  });

  it.each(['provider.redirect_uris_extra', 'app.slugs', 'provider', 'provider.client_type', 'app', 'non_field_errors', 'xprovider.name'])(
    '%s belongs to no field (shown in the general list)',
    (path) => {
      expect(ownerOf(definition, path)).toEqual({ kind: 'none' });
    },
  );

  it('an integration’s own owners win over the generic ones, and none is needed', () => {
    const claimsName = { errorOwners: { 'provider.name': 'team' } } as unknown as IntegrationDefinition;
    expect(ownerOf(claimsName, 'provider.name')).toEqual({ kind: 'input', input: 'team' });
    expect(ownerOf(withoutOwners, 'provider.redirect_uris')).toEqual({ kind: 'none' });
    expect(ownerOf(withoutOwners, 'app.slug')).toEqual({ kind: 'choice', choice: 'slug' });
  });
});

describe('authentik saying the slug or the provider name is taken', () => {
  it.each([
    [{ 'app.slug': ['Application with this slug already exists.'] }],
    [{ 'provider.name': ['OAuth2 Provider with this name already exists.'] }],
    [{ 'provider.name': ['Object exists already.'] }],
    [{ 'app.slug': ['MUST_CREATED'] }],
    [{ 'app.slug': ['ok', 'An object with this Slug ALREADY EXISTS'] }],
  ])('%j is a conflict', (fields) => {
    expect(isAlreadyExists(fields)).toBe(true);
  });

  it.each([
    [{}],
    [{ 'app.slug': ['Enter a valid slug.'] }],
    [{ 'app.name': ['Application with this name already exists.'] }],
    [{ 'provider.authorization_flow': ['already exists'] }],
  ])('%j is not', (fields) => {
    expect(isAlreadyExists(fields)).toBe(false);
  });
});
