/**
 * The review screen: what the admin reads before "Create" must name the objects authentik will use
 * (not their pks), and the curl command must be runnable without ever containing the token.
 */
import { describe, expect, it } from 'vitest';
import { discoveredContext, ecKey, invalidationFlow, rsaKey, samlMappings, scopeMappings } from '../../../integrations/test-context';
import { curlCommand, describeRequest } from './describe-request';
import type { TransactionApplicationRequest } from './types';

const openid = scopeMappings['goauthentik.io/providers/oauth2/scope-openid']!;
const email = scopeMappings['goauthentik.io/providers/oauth2/scope-email']!;
const [firstSaml, secondSaml] = Object.values(samlMappings);

function oidcRequest(provider: Record<string, unknown> = {}, launch?: string): TransactionApplicationRequest {
  return {
    app: { name: 'osTicket', slug: 'osticket', ...(launch === undefined ? {} : { meta_launch_url: launch }) },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: { name: 'Provider for osTicket', signing_key: rsaKey.pk, property_mappings: [openid.pk, email.pk], ...provider },
  } as unknown as TransactionApplicationRequest;
}

const value = (items: { label: string; value: string }[], label: string) => items.find((item) => item.label === label)?.value;

describe('the review screen describes the request in plain words', () => {
  it('names the application, its slug and its launch URL', () => {
    const { application } = describeRequest(oidcRequest({}, 'https://help.example.com'), discoveredContext());
    expect(application).toEqual([
      { label: 'Name users see', value: 'osTicket', term: 'Name' },
      { label: 'Short name in addresses', value: 'osticket', term: 'Slug' },
      { label: 'Opens from the dashboard', value: 'https://help.example.com', term: 'Launch URL' },
    ]);
  });

  it('leaves out the launch URL row when there is none', () => {
    expect(describeRequest(oidcRequest({}, ''), discoveredContext()).application.map((item) => item.term)).toEqual(['Name', 'Slug']);
    expect(describeRequest(oidcRequest(), discoveredContext()).application.map((item) => item.term)).toEqual(['Name', 'Slug']);
  });

  it('names the provider and the flows by their names and slugs, then the protocol’s own rows', () => {
    const context = discoveredContext();
    const { provider } = describeRequest(oidcRequest(), context);
    expect(provider.slice(0, 3)).toEqual([
      { label: 'Provider name', value: 'Provider for osTicket', term: 'Name' },
      { label: 'Sign-in steps', value: `${context.authorizationFlow.name} (${context.authorizationFlow.slug})`, term: 'Authorization flow' },
      { label: 'Sign-out steps', value: `Logout (${invalidationFlow.slug})`, term: 'Invalidation flow' },
    ]);
    expect(value(provider, 'Scopes')).toBe('openid email');
  });

  it('names a signing key by its name, not its pk', () => {
    expect(value(describeRequest(oidcRequest(), discoveredContext()).provider, 'Signing key')).toBe(rsaKey.name);
    expect(value(describeRequest(oidcRequest({ signing_key: ecKey.pk }), discoveredContext({ signingKey: ecKey })).provider, 'Signing key')).toBe(
      ecKey.name,
    );
  });

  it('says "none" when no key is sent, and shows an unknown pk as it is rather than a wrong name', () => {
    expect(value(describeRequest(oidcRequest({ signing_key: null }), discoveredContext({ signingKey: null })).provider, 'Signing key')).toBe('none');
    expect(value(describeRequest(oidcRequest({ signing_key: 'pk-unknown' }), discoveredContext()).provider, 'Signing key')).toBe('pk-unknown');
    // The key was chosen, but the context holds none: its pk is not looked up among other objects.
    expect(value(describeRequest(oidcRequest({ signing_key: rsaKey.pk }), discoveredContext({ signingKey: null })).provider, 'Signing key')).toBe(
      rsaKey.pk,
    );
  });

  it('names the flows and mappings the SAML provider uses', () => {
    const request = {
      app: { name: 'YouTrack', slug: 'youtrack' },
      provider_model: 'authentik_providers_saml.samlprovider',
      provider: {
        name: 'Provider for YouTrack',
        acs_url: 'https://yt.example.com/acs',
        signing_kp: rsaKey.pk,
        name_id_mapping: firstSaml!.pk,
        property_mappings: [firstSaml!.pk, secondSaml!.pk],
        invalidation_flow: invalidationFlow.pk,
      },
    } as unknown as TransactionApplicationRequest;
    const { provider } = describeRequest(request, discoveredContext());
    expect(value(provider, 'Signing certificate')).toBe(rsaKey.name);
    expect(value(provider, 'NameID property mapping')).toBe(firstSaml!.name);
    expect(value(provider, 'Property mappings')).toBe(`${firstSaml!.name}, ${secondSaml!.name}`);
  });

  it('a provider type without a protocol module still gets the generic rows', () => {
    const request = { ...oidcRequest(), provider_model: 'authentik_providers_ldap.ldapprovider' } as TransactionApplicationRequest;
    expect(describeRequest(request, discoveredContext()).provider.map((item) => item.term)).toEqual([
      'Name',
      'Authorization flow',
      'Invalidation flow',
    ]);
  });
});

describe('the curl command on the review screen', () => {
  const request = oidcRequest({ client_secret: undefined });
  const command = curlCommand('https://authentik.company/auth', request);

  it('PUTs the exact request to the transactional endpoint under the base, failing loudly', () => {
    const lines = command.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      "curl --fail-with-body -X PUT 'https://authentik.company/auth/api/v3/core/transactional/applications/' \\",
      '  -H "Authorization: Bearer $AUTHENTIK_TOKEN" \\',
      "  -H 'Content-Type: application/json' \\",
      "  --data-binary @- <<'JSON'",
    ]);
    expect(lines.at(-1)).toBe('JSON');
    expect(JSON.parse(lines.slice(4, -1).join('\n'))).toEqual(JSON.parse(JSON.stringify(request)));
    expect(lines.slice(4, -1).join('\n')).toBe(JSON.stringify(request, null, 2));
  });

  it('leaves the token to an environment variable the shell expands, never to the page', () => {
    expect(command).toContain('$AUTHENTIK_TOKEN');
    expect(command).not.toMatch(/Bearer [^$]/);
  });
});
