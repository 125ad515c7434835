/**
 * osTicket signs agents and end users in through its "Authentication :: Oauth2" plugin (instance
 * type "OAuth2 - Other"). The plugin calls back to `<osTicket URL>/api/auth/oauth2` and reads the
 * user from authentik's userinfo endpoint, matching agents by email address.
 */
import { z } from 'zod';
import type {
  ConfigNote,
  CreatedPair,
  OAuth2Provider,
  OAuth2ProviderRequest,
} from '../../features/wizard/engine/types';
import { expectProtocol, mappingPks, parseHttpsBaseUrl, validatedText, type TextParse } from '../../features/wizard/engine/definition-helpers';
import { defineIntegration } from '../../features/wizard/engine/types';
import { applicationAccessCheck, providerAssignedCheck } from '../../features/wizard/engine/checks/common';
import { redirectErrorsCheck } from '../../features/wizard/engine/checks/events';
import { discoveryCheck, emailClaimCheck, grantTypesCheck, redirectUriCheck } from '../../features/wizard/engine/checks/oauth2';

const MODEL = 'authentik_providers_oauth2.oauth2provider' as const;
/** The plugin's callback path below the osTicket base URL. */
const CALLBACK_PATH = '/api/auth/oauth2';

const SCOPES = [
  'goauthentik.io/providers/oauth2/scope-openid',
  'goauthentik.io/providers/oauth2/scope-email',
  'goauthentik.io/providers/oauth2/scope-profile',
];

const URL_MISSING = 'Enter the address of your osTicket, for example https://helpdesk.company or https://company.com/osticket.';
/**
 * Parts of a pasted browser address that are osTicket pages, not the install path: the staff
 * panel (/scp/…), the API (/api/…, including the OAuth2 callback), knowledge base and pages.
 */
const OSTICKET_PAGES = /\/(?:scp|api|kb|pages)(?:\/.*)?$/i;
const PHP_PAGE = /\/[^/]+\.php$/i;

/** `helpdesk.company`, `https://company.com/osticket/scp/index.php?x=1` → `https://…[/osticket]`. */
function parseOsTicketUrl(raw: string): TextParse {
  return parseHttpsBaseUrl(raw, {
    missing: URL_MISSING,
    example: 'https://helpdesk.company',
    httpReason: 'Use the https:// address of osTicket: sign-in codes must not travel over plain http. Set up TLS for osTicket first if it has none.',
    pages: [OSTICKET_PAGES, PHP_PAGE],
  });
}

const osticketUrl = validatedText(URL_MISSING, parseOsTicketUrl);

/** The Redirect URI osTicket fills in: its base URL (the application's launch URL) plus the callback path. */
function expectedRedirect(pair: CreatedPair): string | null {
  const base = pair.application.meta_launch_url?.trim().replace(/\/+$/, '') ?? '';
  return base ? `${base}${CALLBACK_PATH}` : null;
}

function loginRedirect(provider: OAuth2Provider) {
  return provider.redirect_uris.find((uri) => uri.redirect_uri_type === 'authorization');
}

function providerWarnings(provider: OAuth2Provider): ConfigNote[] {
  const notes: ConfigNote[] = [];
  const redirect = loginRedirect(provider);
  if (!redirect) {
    notes.push({
      tone: 'warning',
      text: `The provider has no login redirect URI. Add <osTicket URL>${CALLBACK_PATH} (Strict, Authorization) in the provider.`,
    });
  } else if (redirect.matching_mode === 'regex') {
    notes.push({
      tone: 'warning',
      text: 'The provider\'s redirect URI is a regular expression. Replace it with the exact Redirect URI osTicket shows (Strict).',
    });
  } else if (!redirect.url.endsWith(CALLBACK_PATH)) {
    notes.push({
      tone: 'warning',
      text: `osTicket only accepts a Redirect URI ending in ${CALLBACK_PATH}; the provider has ${redirect.url}. Correct it in the provider.`,
    });
  }
  if (!(provider.grant_types ?? []).includes('authorization_code')) {
    notes.push({
      tone: 'warning',
      text: 'The provider does not allow the authorization code grant, so every login fails. Enable "authorization_code" under the provider\'s grant types.',
    });
  }
  return notes;
}

export const osticket = defineIntegration({
  id: 'osticket',
  name: 'osTicket',
  logo: '/logos/osticket.svg',
  protocol: 'oidc',
  providerModel: MODEL,
  summary: 'Let osTicket agents and end users sign in with authentik through the osTicket OAuth2 plugin.',
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
    vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
  },
  inputs: z.object({ url: osticketUrl }),
  inputUi: {
    url: {
      label: 'osTicket URL',
      help: 'The address osTicket runs at, including a sub-folder if it is installed in one (for example /osticket). You can paste any osTicket page; the wizard keeps only the base address.',
      example: 'https://helpdesk.company',
      preview: (value) => {
        const result = parseOsTicketUrl(value);
        return result.ok ? `Redirect URI: ${result.value}${CALLBACK_PATH}` : null;
      },
    },
  },
  identity: () => ({ name: 'osTicket', slug: 'osticket' }),
  errorOwners: { 'provider.redirect_uris': 'url', 'app.meta_launch_url': 'url' },
  discovery: { signingKey: 'optional', scopeMappings: SCOPES },
  build: ({ url }, identity, ctx) => {
    const provider: OAuth2ProviderRequest = {
      provider_model: MODEL,
      name: `Provider for ${identity.name}`,
      authorization_flow: ctx.authorizationFlow.pk,
      invalidation_flow: ctx.invalidationFlow.pk,
      client_type: 'confidential',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: [{ matching_mode: 'strict', url: `${url}${CALLBACK_PATH}`, redirect_uri_type: 'authorization' }],
      signing_key: ctx.signingKey?.pk ?? null,
      encryption_key: null,
      include_claims_in_id_token: true,
      issuer_mode: 'per_provider',
      sub_mode: 'user_email',
      property_mappings: mappingPks(ctx.scopeMappings, SCOPES, 'scope'),
      access_code_validity: 'minutes=1',
      access_token_validity: 'minutes=5',
      refresh_token_validity: 'days=30',
    };
    return {
      app: {
        name: identity.name,
        slug: identity.slug,
        meta_launch_url: url,
        open_in_new_tab: false,
        policy_engine_mode: 'any',
      },
      provider_model: MODEL,
      provider,
    };
  },
  configure: (created) => {
    const { provider, setupUrls } = expectProtocol(created, 'oidc', 'osTicket');
    const redirect = loginRedirect(provider)?.url ?? '';
    return [
      {
        title: 'Instance',
        location: 'Admin Panel › Manage › Plugins › Authentication :: Oauth2 › Instances › Add New Instance › OAuth2 - Other',
        fields: [
          { label: 'Name', value: 'authentik' },
          { label: 'Status', value: 'Enabled' },
        ],
        notes: [
          {
            tone: 'info',
            text: 'Needs osTicket 1.17 or later with the plugin installed: put it in include/plugins, add it under Admin Panel › Manage › Plugins › Add New Plugin and set its status to Active.',
          },
        ],
      },
      {
        title: 'Config › Settings',
        fields: [
          { label: 'Name', value: 'authentik' },
          {
            label: 'Authentication Target',
            value: 'Agents Only',
            help: 'Or End Users Only, or Agents and End Users. "None (Disabled)" shows no sign-in button.',
          },
          { label: 'Authentication Label', value: 'authentik', help: 'The button then reads "Sign in with authentik".' },
        ],
      },
      {
        title: 'Config › IdP details',
        fields: [
          { label: 'Type', value: 'Authentication', help: 'Preset by osTicket; leave it.' },
          {
            label: 'Redirect URI',
            value: redirect,
            help: 'osTicket fills this in from its own address. It must be exactly this value: authentik compares it character by character.',
          },
          { label: 'Client Id', value: provider.client_id ?? '' },
          { label: 'Client Secret', value: provider.client_secret ?? '', secret: true },
          { label: 'Authorization Endpoint', value: setupUrls.authorize },
          { label: 'Token Endpoint', value: setupUrls.token },
          { label: 'Resource Details Endpoint', value: setupUrls.user_info },
          {
            label: 'Scopes',
            value: 'openid email profile',
            help: 'Separated by spaces, not commas: authentik reads "openid,email,profile" as one unknown scope.',
          },
        ],
        notes: [
          ...providerWarnings(provider),
          { tone: 'info', text: 'Scopes: spaces, not commas.' },
          {
            tone: 'info',
            text: `The web server must pass ${CALLBACK_PATH} to osTicket's api/http.php (URL rewriting). If the login ends on a 404 page, that rule is missing.`,
          },
        ],
      },
      {
        title: 'Config › User Attributes Mapping',
        fields: [
          { label: 'User Identifier', value: 'email', help: 'osTicket finds agents and users by this attribute.' },
          { label: 'Given Name', value: 'name', help: 'authentik sends the full name in "name".' },
          { label: 'Surname', value: '', help: 'Leave empty: authentik sends no surname, and the preset "surname" does not exist.' },
          { label: 'Email Address', value: 'email' },
        ],
        notes: [{ tone: 'info', text: 'Click Add Instance (or Save Changes) to store the instance.' }],
      },
      {
        title: 'Agents',
        location: 'Admin Panel › Agents › (each agent)',
        fields: [
          {
            label: 'Authentication Backend',
            value: 'Use any available backend',
            help: 'Lets the agent sign in with authentik and keeps the local password as a fallback.',
          },
        ],
        notes: [
          {
            tone: 'warning',
            text: 'osTicket does not create agents on sign-in: each agent must already exist in osTicket with the same email address as in authentik. Otherwise the login stops with "Have your administrator create a local account".',
          },
        ],
      },
    ];
  },
  checks: () => [
    providerAssignedCheck(),
    applicationAccessCheck({ why: 'If authentik’s policies refuse you, “Sign in with authentik” ends on an authentik error page.' }),
    redirectUriCheck({
      title: 'The redirect URI is osTicket’s callback',
      why: `osTicket sends its own address followed by ${CALLBACK_PATH}; authentik refuses any other string with “Redirect URI Error”.`,
      expected: expectedRedirect,
      pattern: /\/api\/auth\/oauth2$/,
      shape: `<osTicket URL>${CALLBACK_PATH}`,
    }),
    grantTypesCheck({ why: 'The osTicket plugin signs users in with the authorization code flow.' }),
    emailClaimCheck({
      source: 'userinfo',
      why: 'osTicket finds the agent by the email address authentik sends; without one it says “Have your administrator create a local account”.',
    }),
    discoveryCheck({ why: 'The endpoints entered in osTicket must be the ones authentik announces for this provider.' }),
    redirectErrorsCheck({ why: 'When a login hits “Redirect URI Error”, authentik records the Redirect URI osTicket really sent.' }),
  ],
  manualTest: {
    steps: [
      'Open osTicket’s staff login page: your osTicket address followed by /scp/.',
      'Click “Sign in with authentik”.',
      'Sign in at authentik with a user whose email address belongs to an existing osTicket agent.',
      'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
    ],
    success: 'You land in the osTicket staff panel, signed in as the agent with that email address.',
    errors: [
      {
        message: 'There is no “Sign in with authentik” button',
        meaning: 'The plugin instance is disabled, or its Authentication Target is “None (Disabled)”.',
      },
      {
        message: 'Redirect URI Error (on an authentik page)',
        meaning: 'osTicket sent another Redirect URI than the provider lists: a sub-folder, http instead of https, or a trailing slash.',
        checkId: 'redirect-errors',
      },
      {
        message: 'Have your administrator create a local account (…)',
        meaning: 'authentik signed the user in, but no osTicket agent has that email address, or the login carried none. Create the agent with the same email address.',
        checkId: 'email-claim',
      },
      {
        message: `A “not found” page at …${CALLBACK_PATH}`,
        meaning: `The web server does not pass ${CALLBACK_PATH} to osTicket’s api/http.php. Add the URL rewriting rule; this cannot be checked from here.`,
      },
      {
        message: 'Back on the login page without any message',
        meaning: 'osTicket lost its session during the login (open it at exactly its configured address) or the token exchange failed (check the Client Secret and Token Endpoint).',
      },
      {
        message: 'unauthorized_client / Invalid grant_type for provider',
        meaning: 'The provider does not allow the authorization code grant.',
        checkId: 'grant-types',
      },
    ],
  },
});
