import { describe, expect, it } from 'vitest';
import type { OAuth2ProviderRequest, TransactionApplicationRequest } from '../../features/wizard/engine/types';
import { loadContract } from '../../server/contract/openapi-contract';
import { authentikSettings, createdOidcPair, discoveredContext, ecKey, GENERATED_CLIENT_ID, GENERATED_CLIENT_SECRET, rsaKey, scopeMappings } from '../test-context';
import { cloudflareAccess } from './definition';

function teamError(value: unknown): string | undefined {
  const result = cloudflareAccess.inputs.safeParse({ team: value });
  return result.success ? undefined : result.error.issues[0]?.message;
}

function buildFor(team = 'acme', ctx = discoveredContext()): TransactionApplicationRequest {
  const inputs = cloudflareAccess.inputs.parse({ team });
  return cloudflareAccess.build(inputs, cloudflareAccess.identity(inputs), ctx);
}

function oauthProvider(request: TransactionApplicationRequest): OAuth2ProviderRequest {
  expect(request.provider.provider_model).toBe('authentik_providers_oauth2.oauth2provider');
  return request.provider as OAuth2ProviderRequest;
}

describe('Cloudflare Access: the admin enters the Zero Trust team name', () => {
  it.each([
    ['acme', 'acme'],
    ['  ACME  ', 'acme'],
    ['acme.cloudflareaccess.com', 'acme'],
    ['https://acme.cloudflareaccess.com/', 'acme'],
    ['https://Acme.CloudflareAccess.com/cdn-cgi/access/callback', 'acme'],
    ['acme-eu-2', 'acme-eu-2'],
    ['a'.repeat(63), 'a'.repeat(63)],
  ])('accepts %j as team %j', (value, team) => {
    expect(cloudflareAccess.inputs.parse({ team })).toEqual({ team });
    expect(cloudflareAccess.inputs.parse({ team: value })).toEqual({ team });
  });

  it('keeps the normalised name stable when it comes back through a share link', () => {
    const once = cloudflareAccess.inputs.parse({ team: 'https://acme.cloudflareaccess.com/x' });
    expect(cloudflareAccess.inputs.parse(once)).toEqual(once);
  });

  it('asks for the team name when it is empty or missing', () => {
    expect(teamError('')).toMatch(/Enter your Zero Trust team name/);
    expect(teamError('   ')).toMatch(/Enter your Zero Trust team name/);
    expect(teamError(undefined)).toMatch(/Enter your Zero Trust team name/);
    expect(teamError('.cloudflareaccess.com')).toMatch(/Enter your Zero Trust team name/);
  });

  it('explains that another domain is not a team domain', () => {
    expect(teamError('acme.example.com')).toMatch(/acme\.example\.com is not a Cloudflare team domain.*part before \.cloudflareaccess\.com/);
    expect(teamError('https://one.dash.cloudflare.com/abc/access')).toMatch(/not a Cloudflare team domain/);
  });

  it('rejects names that are not a DNS label, saying which characters are allowed', () => {
    for (const bad of ['-acme', 'acme-', 'ac me', 'acme_eu', 'äcme']) {
      expect(teamError(bad)).toMatch(/only letters, digits and hyphens.*does not start or end with a hyphen/);
    }
    expect(teamError('a'.repeat(64))).toMatch(/at most 63 characters/);
  });

  it('shows the team domain as a preview, also for a pasted address', () => {
    const ui = cloudflareAccess.inputUi.team;
    expect(ui.suffix).toBe('.cloudflareaccess.com');
    expect(ui.preview?.('acme')).toBe('Team domain: acme.cloudflareaccess.com');
    expect(ui.preview?.('https://acme.cloudflareaccess.com/')).toBe('Team domain: acme.cloudflareaccess.com');
    expect(ui.preview?.('-bad')).toBeNull();
    expect(ui.help).toMatch(/Settings › Team name/);
  });

  it('names the application Cloudflare Access', () => {
    expect(cloudflareAccess.identity({ team: 'acme' })).toEqual({ name: 'Cloudflare Access', slug: 'cloudflare-access' });
  });
});

describe('Cloudflare Access: the wizard creates the OAuth2 provider', () => {
  it('sends a request the official authentik schema accepts', () => {
    const request = buildFor();
    expect(
      loadContract().validateRequest({ method: 'PUT', apiPath: '/core/transactional/applications/', query: new URLSearchParams(), body: request }),
    ).toEqual({ ok: true });
  });

  it('registers the exact Cloudflare callback, strict and without a trailing slash', () => {
    const provider = oauthProvider(buildFor('acme'));
    expect(provider.redirect_uris).toEqual([
      { matching_mode: 'strict', url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback', redirect_uri_type: 'authorization' },
    ]);
  });

  it('allows the authorization code and refresh token grants (the 2026.5+ API default is none)', () => {
    expect(oauthProvider(buildFor()).grant_types).toEqual(['authorization_code', 'refresh_token']);
  });

  it('signs ID tokens with the chosen key, does not encrypt them and puts the claims in them', () => {
    const provider = oauthProvider(buildFor());
    expect(provider.signing_key).toBe(rsaKey.pk);
    expect(provider.encryption_key).toBeNull();
    expect(provider.include_claims_in_id_token).toBe(true);
    expect(provider.client_type).toBe('confidential');
    expect(provider.issuer_mode).toBe('per_provider');
    expect(provider.sub_mode).toBe('hashed_user_id');
    expect(oauthProvider(buildFor('acme', discoveredContext({ signingKey: ecKey }))).signing_key).toBe(ecKey.pk);
  });

  it('lets authentik generate the client credentials', () => {
    const provider = oauthProvider(buildFor());
    expect(provider).not.toHaveProperty('client_id');
    expect(provider).not.toHaveProperty('client_secret');
  });

  it('grants the openid, email and profile scopes', () => {
    const provider = oauthProvider(buildFor());
    expect(provider.property_mappings).toEqual(
      ['openid', 'email', 'profile'].map((scope) => scopeMappings[`goauthentik.io/providers/oauth2/scope-${scope}`]?.pk),
    );
    expect(cloudflareAccess.discovery).toEqual({
      signingKey: 'required',
      scopeMappings: [
        'goauthentik.io/providers/oauth2/scope-openid',
        'goauthentik.io/providers/oauth2/scope-email',
        'goauthentik.io/providers/oauth2/scope-profile',
      ],
    });
  });

  it('uses the discovered flows, the provider name and the admin wizard validities', () => {
    const request = buildFor();
    const provider = oauthProvider(request);
    const ctx = discoveredContext();
    expect(provider.name).toBe('Provider for Cloudflare Access');
    expect(provider.authorization_flow).toBe(ctx.authorizationFlow.pk);
    expect(provider.invalidation_flow).toBe(ctx.invalidationFlow.pk);
    expect([provider.access_code_validity, provider.access_token_validity, provider.refresh_token_validity]).toEqual([
      'minutes=1',
      'minutes=5',
      'days=30',
    ]);
    expect(request.provider_model).toBe('authentik_providers_oauth2.oauth2provider');
    expect(request.app).toEqual({ name: 'Cloudflare Access', slug: 'cloudflare-access', open_in_new_tab: false, policy_engine_mode: 'any' });
  });

  it('refuses to build without a signing key, saying how to get one', () => {
    expect(() => buildFor('acme', discoveredContext({ signingKey: null }))).toThrow(/needs a signing key.*System › Certificates/);
  });

  it('names a missing managed scope mapping instead of sending an incomplete provider', () => {
    const { ['goauthentik.io/providers/oauth2/scope-email']: _email, ...rest } = scopeMappings;
    expect(() => buildFor('acme', discoveredContext({ scopeMappings: rest }))).toThrow(/scope-email/);
  });
});

describe('Cloudflare Access: the admin copies the values into Cloudflare One', () => {
  const pair = createdOidcPair(buildFor('acme'));

  it('lists the OpenID Connect form fields in Cloudflare\'s order and labels', () => {
    const [section, ...rest] = cloudflareAccess.configure(pair);
    expect(rest).toEqual([]);
    expect(section?.location).toBe('Cloudflare One › Integrations › Identity providers › Add new identity provider › OpenID Connect');
    expect(section?.fields.map((field) => field.label)).toEqual([
      'Name',
      'App ID',
      'Client secret',
      'Auth URL',
      'Token URL',
      'Certificate URL',
      'Proof Key for Code Exchange (PKCE)',
      'OIDC Claims (optional)',
      'Email claim (optional)',
    ]);
  });

  it('takes every value from what authentik reported', () => {
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const values = Object.fromEntries(cloudflareAccess.configure(pair)[0]!.fields.map((field) => [field.label, field]));
    expect(values['Name']?.value).toBe('authentik');
    expect(values['App ID']?.value).toBe(GENERATED_CLIENT_ID);
    expect(values['Client secret']).toMatchObject({ value: GENERATED_CLIENT_SECRET, secret: true });
    expect(values['Auth URL']?.value).toBe(pair.setupUrls.authorize);
    expect(values['Token URL']?.value).toBe(pair.setupUrls.token);
    expect(values['Certificate URL']?.value).toBe(pair.setupUrls.jwks);
    expect(values['Certificate URL']?.value).toBe('https://authentik.company/application/o/cloudflare-access/jwks/');
    expect(values['Proof Key for Code Exchange (PKCE)']?.value).toBe('On');
    expect(values['OIDC Claims (optional)']?.value).toBe('groups');
    expect(values['Email claim (optional)']?.value).toBe('email');
  });

  it('reminds about the redirect URI on team renames, public reachability and the Test button', () => {
    const notes = cloudflareAccess.configure(pair)[0]!.notes ?? [];
    const text = notes.map((note) => note.text).join('\n');
    expect(text).toMatch(/https:\/\/acme\.cloudflareaccess\.com\/cdn-cgi\/access\/callback.*rename your Cloudflare team/);
    expect(text).toMatch(/publicly reachable over https/);
    expect(text).toMatch(/Test/);
    expect(notes.filter((note) => note.tone === 'warning')).toHaveLength(1);
  });

  it('reads the team from the provider, not from what was typed, when the pair is opened later', () => {
    const later = createdOidcPair(buildFor('other-team'), authentikSettings());
    const text = (cloudflareAccess.configure(later)[0]!.notes ?? []).map((note) => note.text).join('\n');
    expect(text).toContain('https://other-team.cloudflareaccess.com/cdn-cgi/access/callback');
  });

  it('warns about an existing provider that Cloudflare cannot use', () => {
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const broken = {
      ...pair,
      provider: {
        ...pair.provider,
        signing_key: null,
        encryption_key: rsaKey.pk,
        grant_types: [],
        redirect_uris: [{ matching_mode: 'strict' as const, url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback/', redirect_uri_type: 'authorization' as const }],
      },
    };
    const warnings = (cloudflareAccess.configure(broken)[0]!.notes ?? []).filter((note) => note.tone === 'warning').map((note) => note.text);
    expect(warnings.join('\n')).toMatch(/no signing key/);
    expect(warnings.join('\n')).toMatch(/encryption key/);
    expect(warnings.join('\n')).toMatch(/authorization code grant/);
    expect(warnings.join('\n')).toMatch(/ends with a slash/);
  });

  it('has no follow-up: Cloudflare needs nothing written back', () => {
    expect(cloudflareAccess.followUp).toBeUndefined();
  });

  it('uses the simulated read-back that matches the official response schema', () => {
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const contract = loadContract();
    expect(contract.validateComponent('OAuth2Provider', pair.provider).errors).toEqual([]);
    expect(contract.validateComponent('Application', pair.application).errors).toEqual([]);
    expect(contract.validateComponent('OAuth2ProviderSetupURLs', pair.setupUrls).errors).toEqual([]);
  });
});
