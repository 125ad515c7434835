import { describe, expect, it } from 'vitest';
import { explainProblem } from './problem-messages';
import { flattenFieldErrors, problemFromResponse, problemFromThrown, type ApiProblem } from './problem';

const JSON_TYPE = 'application/json';

describe('authentik failures become one problem the UI can explain', () => {
  it('tells a missing token from an invalid one and from a lacking permission', () => {
    expect(problemFromResponse(403, JSON_TYPE, { detail: 'Authentication credentials were not provided.' })).toEqual({ kind: 'missing-token' });
    expect(problemFromResponse(403, JSON_TYPE, { detail: 'Token invalid/expired' })).toEqual({ kind: 'invalid-token' });
    expect(problemFromResponse(403, JSON_TYPE, { detail: 'Malformed header' })).toEqual({ kind: 'malformed-token' });
    expect(problemFromResponse(403, JSON_TYPE, { detail: 'You do not have permission to perform this action.' })).toEqual({
      kind: 'permission',
      detail: 'You do not have permission to perform this action.',
    });
  });

  it('reads the transactional endpoint’s permission answer keyed by provider', () => {
    expect(problemFromResponse(403, JSON_TYPE, { provider: 'User lacks permission to create authentik_providers_saml.samlprovider' })).toEqual({
      kind: 'permission',
      detail: 'User lacks permission to create authentik_providers_saml.samlprovider',
    });
  });

  it('keys 400 field errors by app/provider field paths', () => {
    const problem = problemFromResponse(400, JSON_TYPE, {
      app: { slug: ['Application with this slug already exists.'] },
      provider: { authorization_flow: ['“x” is not a valid UUID.'], redirect_uris: [{}, { url: ['This field may not be blank.'] }] },
      non_field_errors: ['Something general'],
    });
    expect(problem).toEqual({
      kind: 'validation',
      fields: {
        'app.slug': ['Application with this slug already exists.'],
        'provider.authorization_flow': ['“x” is not a valid UUID.'],
        'provider.redirect_uris.1.url': ['This field may not be blank.'],
      },
      nonField: ['Something general'],
    });
  });

  it('flattens a top-level query error', () => {
    expect(flattenFieldErrors({ for_user: 'User not found' })).toEqual({ for_user: ['User not found'] });
  });

  it('treats 5xx as a server error and HTML as “not authentik”', () => {
    expect(problemFromResponse(500, 'text/html', undefined)).toEqual({ kind: 'server', status: 500 });
    expect(problemFromResponse(404, 'text/html', undefined)).toEqual({ kind: 'not-authentik', status: 404, contentType: 'text/html' });
    expect(problemFromResponse(404, JSON_TYPE, { detail: 'Not found.' })).toEqual({ kind: 'not-found', detail: 'Not found.' });
  });

  it('recognises the local proxy’s own refusals and upstream failures', () => {
    expect(problemFromResponse(400, JSON_TYPE, { wizard_proxy_error: { code: 'target_insecure', message: 'Use https.' } })).toEqual({
      kind: 'proxy-refused',
      code: 'target_insecure',
      message: 'Use https.',
    });
    expect(
      problemFromResponse(502, JSON_TYPE, { wizard_proxy_error: { code: 'upstream_unreachable', cause: 'refused', message: 'Connection refused.' } }),
    ).toEqual({ kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'refused', message: 'Connection refused.' });
  });

  it('maps what fetch throws by mode: network/CORS directly, proxy down behind the proxy, timeouts and cancels', () => {
    expect(problemFromThrown(new TypeError('Failed to fetch'), 'direct', false)).toEqual({ kind: 'network', mode: 'direct' });
    expect(problemFromThrown(new TypeError('Failed to fetch'), 'proxy', false)).toEqual({ kind: 'proxy-unreachable' });
    expect(problemFromThrown(new DOMException('aborted', 'AbortError'), 'proxy', true)).toEqual({ kind: 'timeout' });
    expect(problemFromThrown(new DOMException('aborted', 'AbortError'), 'proxy', false)).toEqual({ kind: 'cancelled' });
    expect(problemFromThrown(new SyntaxError('Unexpected token <'), 'proxy', false).kind).toBe('not-authentik');
  });

  it('has a distinct, actionable explanation for every kind of problem', () => {
    const all: ApiProblem[] = [
      { kind: 'network', mode: 'direct' },
      { kind: 'network', mode: 'same-origin' },
      { kind: 'proxy-unreachable' },
      { kind: 'proxy-refused', code: 'target_insecure', message: 'Only https.' },
      { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'dns', message: 'x' },
      { kind: 'upstream-unreachable', code: 'upstream_timeout', cause: null, message: 'x' },
      { kind: 'missing-token' },
      { kind: 'invalid-token' },
      { kind: 'malformed-token' },
      { kind: 'permission', detail: 'nope' },
      { kind: 'validation', fields: { 'app.slug': ['taken'] }, nonField: [] },
      { kind: 'not-found', detail: null },
      { kind: 'server', status: 503 },
      { kind: 'timeout' },
      { kind: 'cancelled' },
      { kind: 'not-authentik', status: 200, contentType: 'text/html' },
    ];
    const titles = all.map((p) => explainProblem(p, 'authentik.company'));
    for (const t of titles) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.action.length).toBeGreaterThan(10);
    }
    expect(new Set(titles.map((t) => `${t.title}|${t.detail}`)).size).toBe(all.length);
  });
});
