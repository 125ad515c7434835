import { describe, expect, it } from 'vitest';
import type { components } from '../../../../lib/authentik/schema.gen';
import { acceptsRedirect, evaluateRedirectFailures, redirectErrorsCheck, redirectFailures } from './events';
import { admin, fakeContext, oidcPair } from '../../engine/checks/test-fixtures';

type AuthentikEvent = components['schemas']['Event'];

const strict = (url: string) => ({ matching_mode: 'strict' as const, url, redirect_uri_type: 'authorization' as const });

function configurationError(used: string, created: string, providerPk = 42, clientId = 'client-1'): AuthentikEvent {
  return {
    pk: crypto.randomUUID(),
    action: 'configuration_error',
    app: 'authentik.providers.oauth2.views.authorize',
    created,
    context: {
      message: `Invalid redirect URI was used. Client used '${used}'. Allowed redirect URIs are https://app.example.com/callback/`,
      provider: { pk: providerPk, app: 'authentik_providers_oauth2', name: 'p', model_name: 'oauth2provider' },
      http_request: { args: { client_id: clientId, redirect_uri: used }, path: '/application/o/authorize/', method: 'GET' },
    },
  };
}

describe('redirect URI errors authentik recorded', () => {
  const provider = { pk: 42, client_id: 'client-1' };

  it('finds the failures of this provider, newest first', () => {
    const events = [
      configurationError('https://old.example.com/cb', '2026-09-01T10:00:00.000000Z'),
      configurationError('https://other.example.com/cb', '2026-09-01T12:00:00.000000Z', 7, 'client-7'),
      configurationError('https://new.example.com/cb', '2026-09-01T11:00:00.000000Z'),
    ];
    expect(redirectFailures(events, provider).map((failure) => failure.uri)).toEqual(['https://new.example.com/cb', 'https://old.example.com/cb']);
  });

  it('passes when nothing was recorded', () => {
    expect(evaluateRedirectFailures([], [strict('https://a/cb')], admin)).toMatchObject({ status: 'pass', actual: 'No failed logins recorded' });
  });

  it('fails with the URI the client really sent', () => {
    const result = evaluateRedirectFailures(
      [{ uri: 'https://app.example.com/callback', created: '2026-09-01T11:00:00Z' }],
      [strict('https://app.example.com/callback/')],
      admin,
    );
    expect(result).toMatchObject({ status: 'fail', actual: 'https://app.example.com/callback', expected: 'https://app.example.com/callback/' });
    expect(result.detail).toMatch(/2026-09-01 11:00 UTC/);
  });

  it('passes once the provider accepts the URI that failed', () => {
    const result = evaluateRedirectFailures(
      [{ uri: 'https://app.example.com/callback', created: '2026-09-01T11:00:00Z' }],
      [strict('https://app.example.com/callback')],
      admin,
    );
    expect(result.status).toBe('pass');
    expect(result.detail).toMatch(/accepts now/);
  });

  it('matches regex redirect URIs in full', () => {
    const regex = [{ matching_mode: 'regex' as const, url: 'https://[a-z]+\\.example\\.com/cb', redirect_uri_type: 'authorization' as const }];
    expect(acceptsRedirect(regex, 'https://acme.example.com/cb')).toBe(true);
    expect(acceptsRedirect(regex, 'https://acme.example.com/cb/x')).toBe(false);
  });

  it('asks authentik for recent configuration errors', async () => {
    const pair = oidcPair({ redirect_uris: [strict('https://app.example.com/callback/')] });
    const { ctx, calls } = fakeContext(pair, {
      api: {
        '/events/events/': { pagination: {}, results: [configurationError('https://app.example.com/callback', '2026-09-01T11:00:00.000000Z')] },
      },
    });
    expect((await redirectErrorsCheck().run(ctx)).actual).toBe('https://app.example.com/callback');
    expect(calls[0]?.query).toEqual({ action: 'configuration_error', ordering: '-created', page_size: 20 });
  });
});
