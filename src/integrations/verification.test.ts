import { describe, expect, it } from 'vitest';
import { fakeContext } from '../features/wizard/engine/checks/test-fixtures';
import type { Check } from '../features/wizard/engine/checks/types';
import type { CreatedPair, TransactionApplicationRequest } from '../features/wizard/engine/types';
import { cloudflareAccess } from './cloudflare-access/definition';
import { osticket } from './osticket/definition';
import { integrations } from './registry';
import { createdOidcPair, createdSamlPair, discoveredContext, patchedSamlPair } from './test-context';
import { youtrack } from './youtrack/definition';

function pairFor(id: string): CreatedPair {
  const definition = integrations.find((entry) => entry.id === id);
  if (!definition) throw new Error(id);
  const inputs = definition.inputs.parse({ team: 'acme', url: 'https://app.example.com/sub' });
  const request: TransactionApplicationRequest = definition.build(inputs, definition.identity(inputs), discoveredContext());
  return definition.protocol === 'saml' ? createdSamlPair(request) : createdOidcPair(request);
}

function check(checks: Check[], id: string): Check {
  const found = checks.find((entry) => entry.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe('every integration declares its verification', () => {
  it.each(integrations.map((definition) => [definition.id, definition] as const))('%s: unique checks, a manual test, known check references', (id, definition) => {
    const checks = definition.checks?.(pairFor(id)) ?? [];
    expect(checks.length).toBeGreaterThan(3);
    const ids = checks.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of checks) expect(entry.why).toMatch(/\.$/);
    expect(definition.manualTest?.steps.length).toBeGreaterThan(1);
    for (const error of definition.manualTest?.errors ?? []) {
      if (error.checkId) expect(ids).toContain(error.checkId);
    }
  });
});

describe('the integrations parameterise the generic checks', () => {
  it('Cloudflare Access: the callback without a trailing slash passes, with one fails with a fix', async () => {
    const pair = pairFor('cloudflare-access');
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const redirect = check(cloudflareAccess.checks!(pair), 'redirect-uri');
    expect((await redirect.run(fakeContext(pair).ctx)).status).toBe('pass');
    const slashed = { ...pair, provider: { ...pair.provider, redirect_uris: [{ ...pair.provider.redirect_uris[0]!, url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback/' }] } };
    const result = await redirect.run(fakeContext(slashed).ctx);
    expect(result.status).toBe('fail');
    expect(result.fix?.describe[0]?.after).toBe('https://acme.cloudflareaccess.com/cdn-cgi/access/callback');
  });

  it('osTicket: the expected redirect URI comes from the application’s launch URL', async () => {
    const pair = pairFor('osticket');
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const redirect = check(osticket.checks!(pair), 'redirect-uri');
    expect(await redirect.run(fakeContext(pair).ctx)).toMatchObject({ status: 'pass', expected: 'https://app.example.com/sub/api/auth/oauth2' });
    const moved = { ...pair, provider: { ...pair.provider, redirect_uris: [{ ...pair.provider.redirect_uris[0]!, url: 'https://app.example.com/api/auth/oauth2' }] } };
    expect((await redirect.run(fakeContext(moved).ctx)).status).toBe('fail');
  });

  it('YouTrack: the placeholder ACS URL fails until YouTrack’s values are written back', async () => {
    const pair = pairFor('youtrack');
    const acs = check(youtrack.checks!(pair), 'acs-url');
    expect((await acs.run(fakeContext(pair).ctx)).status).toBe('fail');
    const done = patchedSamlPair(pair, { acs_url: 'https://app.example.com/hub/api/rest/saml2/acs', audience: 'https://app.example.com/hub' });
    expect((await acs.run(fakeContext(done).ctx)).status).toBe('pass');
    const elsewhere = patchedSamlPair(pair, { acs_url: 'https://other.example.com/acs' });
    expect((await acs.run(fakeContext(elsewhere).ctx)).status).toBe('fail');
  });
});
