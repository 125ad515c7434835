/**
 * Cloudflare Access (Cloudflare One / Zero Trust) signs users in through authentik as a generic
 * OpenID Connect identity provider. Cloudflare calls authentik's token and JWKS endpoints from the
 * internet and verifies the ID token signature, so the provider needs an RSA or EC signing key and
 * no encryption key.
 */
import { z } from 'zod';
import type {
  ConfigNote,
  OAuth2Provider,
  OAuth2ProviderRequest,
} from '../../features/wizard/engine/types';
import { expectProtocol, mappingPks, validatedText } from '../../features/wizard/engine/definition-helpers';
import { defineIntegration } from '../../features/wizard/engine/types';
import { applicationAccessCheck, providerAssignedCheck } from '../../features/wizard/engine/checks/common';
import { redirectErrorsCheck } from '../../features/wizard/engine/checks/events';
import {
  discoveryCheck,
  emailClaimCheck,
  encryptionKeyCheck,
  grantTypesCheck,
  idTokenClaimsCheck,
  redirectUriCheck,
  signingKeyCheck,
} from '../../features/wizard/engine/checks/oauth2';

const MODEL = 'authentik_providers_oauth2.oauth2provider' as const;
const TEAM_DOMAIN_SUFFIX = '.cloudflareaccess.com';
/** A DNS label: lower-case letters, digits, hyphens; no hyphen at either end; at most 63 characters. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The callback Cloudflare sends, exactly: no trailing slash. */
const CALLBACK = /^https:\/\/[a-z0-9-]+\.cloudflareaccess\.com\/cdn-cgi\/access\/callback$/;
/** Signature algorithms Cloudflare accepts for ID tokens (not HS256). */
const CLOUDFLARE_ALGORITHMS = ['RS256', 'RS512', 'PS512', 'ES256', 'ES384', 'ES512'];

const SCOPES = [
  'goauthentik.io/providers/oauth2/scope-openid',
  'goauthentik.io/providers/oauth2/scope-email',
  'goauthentik.io/providers/oauth2/scope-profile',
];

const TEAM_MISSING = 'Enter your Zero Trust team name, for example acme (from acme.cloudflareaccess.com).';

type TeamResult = { ok: true; team: string } | { ok: false; message: string };

/** Accepts `acme`, `acme.cloudflareaccess.com` or a pasted `https://acme.cloudflareaccess.com/…`. */
function parseTeamName(raw: string): TeamResult {
  let value = raw.trim().toLowerCase();
  if (value === '') return { ok: false, message: TEAM_MISSING };
  value = value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
  if (value.endsWith(TEAM_DOMAIN_SUFFIX)) {
    value = value.slice(0, -TEAM_DOMAIN_SUFFIX.length);
  } else if (value.includes('.')) {
    return {
      ok: false,
      message: `${value} is not a Cloudflare team domain. Enter only the team name, the part before .cloudflareaccess.com, for example acme.`,
    };
  }
  if (value === '') return { ok: false, message: TEAM_MISSING };
  if (value.length > 63) return { ok: false, message: 'A team name has at most 63 characters. Check it under Settings › Team name in Cloudflare One.' };
  if (!DNS_LABEL.test(value)) {
    return {
      ok: false,
      message: 'A team name has only letters, digits and hyphens (no spaces or dots) and does not start or end with a hyphen. Copy it from Settings › Team name in Cloudflare One.',
    };
  }
  return { ok: true, team: value };
}

const team = validatedText(TEAM_MISSING, (raw) => {
  const result = parseTeamName(raw);
  return result.ok ? { ok: true, value: result.team } : result;
});

/** The redirect URI authentik accepts for logins (authoritative: read from the provider). */
function loginRedirect(provider: OAuth2Provider): string {
  return provider.redirect_uris.find((uri) => uri.redirect_uri_type === 'authorization')?.url ?? '';
}

/** Warnings about provider settings that make Cloudflare logins fail (for pairs opened later). */
function providerWarnings(provider: OAuth2Provider): ConfigNote[] {
  const notes: ConfigNote[] = [];
  if (!provider.signing_key) {
    notes.push({
      tone: 'warning',
      text: 'The provider has no signing key, so authentik signs with HS256 and publishes no keys: Cloudflare cannot verify the login. Select an RSA or EC signing key in the provider.',
    });
  }
  if (provider.encryption_key) {
    notes.push({
      tone: 'warning',
      text: 'The provider has an encryption key, so ID tokens are encrypted and Cloudflare rejects them. Clear the encryption key in the provider.',
    });
  }
  if (!(provider.grant_types ?? []).includes('authorization_code')) {
    notes.push({
      tone: 'warning',
      text: 'The provider does not allow the authorization code grant, so every login fails. Enable "authorization_code" under the provider\'s grant types.',
    });
  }
  const redirect = loginRedirect(provider);
  if (redirect === '') {
    notes.push({
      tone: 'warning',
      text: 'The provider has no login redirect URI. Add https://<team>.cloudflareaccess.com/cdn-cgi/access/callback (Strict, Authorization) in the provider.',
    });
  } else if (redirect.endsWith('/')) {
    notes.push({
      tone: 'warning',
      text: `The redirect URI ${redirect} ends with a slash, but Cloudflare sends it without one: remove the trailing slash in the provider.`,
    });
  }
  return notes;
}

export const cloudflareAccess = defineIntegration({
  id: 'cloudflare-access',
  name: 'Cloudflare Access',
  logo: '/logos/cloudflare-access.svg',
  protocol: 'oidc',
  providerModel: MODEL,
  summary: 'Sign in to Cloudflare Zero Trust applications with authentik as an OpenID Connect identity provider.',
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/cloudflare-access/',
    vendor: 'https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/generic-oidc/',
  },
  inputs: z.object({ team }),
  inputUi: {
    team: {
      label: 'Team name',
      help: 'Your Zero Trust team name, shown in Cloudflare One under Settings › Team name (older dashboards: Settings › Custom Pages). You can also paste the team domain.',
      example: 'acme',
      suffix: TEAM_DOMAIN_SUFFIX,
      preview: (value) => {
        const result = parseTeamName(value);
        return result.ok ? `Team domain: ${result.team}${TEAM_DOMAIN_SUFFIX}` : null;
      },
    },
  },
  identity: () => ({ name: 'Cloudflare Access', slug: 'cloudflare-access' }),
  errorOwners: { 'provider.redirect_uris': 'team' },
  discovery: { signingKey: 'required', scopeMappings: SCOPES },
  build: ({ team }, identity, ctx) => {
    const key = ctx.signingKey;
    if (!key) {
      throw new Error(
        'Cloudflare Access verifies logins with the keys authentik publishes, so the provider needs a signing key. Create or import an RSA or EC certificate with a private key in authentik (System › Certificates), then try again.',
      );
    }
    if (key.key_type !== null && key.key_type !== 'rsa' && key.key_type !== 'ec') {
      throw new Error(`Cloudflare Access accepts RSA or EC signatures only, and "${key.name}" is an ${key.key_type} key. Choose an RSA or EC keypair.`);
    }
    const provider: OAuth2ProviderRequest = {
      provider_model: MODEL,
      name: `Provider for ${identity.name}`,
      authorization_flow: ctx.authorizationFlow.pk,
      invalidation_flow: ctx.invalidationFlow.pk,
      client_type: 'confidential',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: [
        {
          matching_mode: 'strict',
          url: `https://${team}${TEAM_DOMAIN_SUFFIX}/cdn-cgi/access/callback`,
          redirect_uri_type: 'authorization',
        },
      ],
      signing_key: key.pk,
      encryption_key: null,
      include_claims_in_id_token: true,
      issuer_mode: 'per_provider',
      sub_mode: 'hashed_user_id',
      property_mappings: mappingPks(ctx.scopeMappings, SCOPES, 'scope'),
      access_code_validity: 'minutes=1',
      access_token_validity: 'minutes=5',
      refresh_token_validity: 'days=30',
    };
    return {
      app: {
        name: identity.name,
        slug: identity.slug,
        open_in_new_tab: false,
        policy_engine_mode: 'any',
      },
      provider_model: MODEL,
      provider,
    };
  },
  configure: (created) => {
    const { provider, setupUrls } = expectProtocol(created, 'oidc', 'Cloudflare Access');
    const redirect = loginRedirect(provider);
    const notes: ConfigNote[] = [
      ...providerWarnings(provider),
      {
        tone: 'warning',
        text: 'Cloudflare fetches tokens and keys from authentik over the internet: authentik must be publicly reachable over https with a certificate from a trusted authority.',
      },
      ...(redirect === ''
        ? []
        : [
            {
              tone: 'info' as const,
              text: `authentik accepts logins only for ${redirect}. If you rename your Cloudflare team, change this redirect URI in the authentik provider too.`,
            },
          ]),
      {
        tone: 'info',
        text: 'Click Save, then Test next to the new identity provider. A working setup shows the identity Cloudflare received, including the email address.',
      },
    ];
    return [
      {
        title: 'Add an OpenID Connect identity provider',
        location: 'Cloudflare One › Integrations › Identity providers › Add new identity provider › OpenID Connect',
        fields: [
          { label: 'Name', value: 'authentik', help: 'Shown on the Cloudflare login page; any name works.' },
          { label: 'App ID', value: provider.client_id ?? '' },
          { label: 'Client secret', value: provider.client_secret ?? '', secret: true },
          { label: 'Auth URL', value: setupUrls.authorize },
          { label: 'Token URL', value: setupUrls.token },
          { label: 'Certificate URL', value: setupUrls.jwks, help: "The provider's JWKS: the keys Cloudflare verifies ID tokens with." },
          {
            label: 'Proof Key for Code Exchange (PKCE)',
            value: 'On',
            help: 'Turn it on: authentik supports PKCE with S256.',
          },
          {
            label: 'OIDC Claims (optional)',
            value: 'groups',
            help: 'Add it to pass the user\'s authentik groups to Access policies. The profile scope also provides name and preferred_username; add each claim as its own entry.',
          },
          { label: 'Email claim (optional)', value: 'email', help: 'Cloudflare\'s default; authentik puts the email address in this claim.' },
        ],
        notes,
      },
    ];
  },
  checks: () => [
    providerAssignedCheck(),
    applicationAccessCheck({ why: 'If authentik’s policies refuse you, Cloudflare’s Test ends on an authentik error page.' }),
    redirectUriCheck({
      title: 'The redirect URI is Cloudflare’s callback, without a trailing slash',
      why: 'Cloudflare sends https://<team>.cloudflareaccess.com/cdn-cgi/access/callback exactly; any other string gets “Redirect URI Error”.',
      pattern: CALLBACK,
      shape: `https://<team>${TEAM_DOMAIN_SUFFIX}/cdn-cgi/access/callback`,
    }),
    grantTypesCheck({ why: 'Cloudflare signs users in with the authorization code flow.' }),
    signingKeyCheck({
      why: 'Cloudflare verifies the ID token with the keys at the Certificate URL and accepts RSA or EC signatures only.',
      algorithms: CLOUDFLARE_ALGORITHMS,
    }),
    encryptionKeyCheck({ why: 'Cloudflare cannot read an encrypted ID token and reports “Failed to verify oidc token with fresh keys”.' }),
    idTokenClaimsCheck({ why: 'Cloudflare reads the email address from the ID token, not from the userinfo endpoint.' }),
    emailClaimCheck({
      source: 'id_token',
      why: 'Without an email claim Cloudflare reports “Failed to fetch user/group information from the identity provider”.',
    }),
    discoveryCheck({ why: 'The URLs entered in Cloudflare must be the ones authentik announces for this provider.' }),
    redirectErrorsCheck({ why: 'When Cloudflare’s Test hits “Redirect URI Error”, authentik records the URL Cloudflare really sent.' }),
  ],
  manualTest: {
    steps: [
      'In Cloudflare One, open Integrations › Identity providers.',
      'Click Test next to the authentik identity provider.',
      'Sign in at authentik in the window that opens.',
      'Whatever the outcome, come back here and click Check again: a refused login leaves traces the checks read.',
    ],
    success: 'Cloudflare shows a success page with the identity it received: your email address and, under oidc_fields, the claims authentik sent.',
    errors: [
      {
        message: 'Redirect URI Error (on an authentik page)',
        meaning: 'Cloudflare sent a callback URL the provider does not list, typically because of a trailing slash or a changed team name.',
        checkId: 'redirect-errors',
      },
      {
        message: 'Failed to verify oidc token with fresh keys; undefined',
        meaning: 'Cloudflare cannot verify the ID token: it is encrypted, or signed with a key authentik does not publish.',
        checkId: 'encryption-key',
      },
      {
        message: 'Failed to fetch user/group information from the identity provider',
        meaning: 'The ID token carries no email address: claims are left out of the ID token, the email scope is missing, or the user has no email.',
        checkId: 'email-claim',
      },
      {
        message: 'Failed to exchange code for token. Make sure the client secret is correct.',
        meaning: 'The client secret or Token URL in Cloudflare is wrong, or Cloudflare cannot reach authentik over the internet. Copy both again; the secret itself cannot be checked from here.',
        checkId: 'discovery',
      },
      {
        message: 'unauthorized_client / Invalid grant_type for provider',
        meaning: 'The provider does not allow the authorization code grant.',
        checkId: 'grant-types',
      },
      {
        message: 'Invalid session. Please try logging in again',
        meaning: 'Cloudflare lost its own session cookie. Run the test again in one browser window; authentik is not involved.',
      },
    ],
  },
});
