/**
 * Vikunja signs users in through an OpenID provider entry in config.yml (or VIKUNJA_AUTH_OPENID_*
 * variables). The entry's key is part of the callback, <Vikunja address>/auth/openid/<key>;
 * Vikunja discovers authentik from `authurl` (the issuer, compared exactly) and verifies the ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/vikunja/', vendor: 'https://vikunja.io/docs/openid/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Vikunja public URL',
      help: help.url,
      example: 'https://vikunja.company',
      preview: 'Vikunja: {url}',
      pages: [
        'tasks',
        'projects',
        'login',
        'register',
        'user',
        'teams',
        'labels',
        'auth',
        'api',
        'share',
        'upcoming',
        'settings',
        'filters',
        'migrate',
        'get-password-reset',
        'password-reset',
      ],
    },
    provider: {
      type: 'text',
      label: 'Provider key',
      help: help.key,
      example: 'authentik',
      pattern: '^[a-z0-9]+$',
      message: 'Use lowercase letters and digits only: Vikunja lowercases the key, and it must also work in environment variable names.',
      preview: 'Redirect URI: …/auth/openid/{provider}',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/openid/{provider}'], signingKey: 'any' },
  screen: [
    {
      title: 'config.yml',
      location: 'Vikunja’s config.yml (then restart the Vikunja API)',
      format: 'file',
      snippet,
      fields: [
        { label: 'providers key', value: '{provider}' },
        { label: 'name', value: 'authentik Login' },
        { label: 'authurl', value: '{issuer}', help: help.authurl },
        { label: 'clientid', value: '{client_id}' },
        { label: 'clientsecret', value: '{client_secret}', secret: true },
        { label: 'scope', value: 'openid email profile' },
      ],
      notes: [notes.publicUrl, notes.env, notes.desktop],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Vikunja’s /auth/openid/<provider key>', why: why.redirect },
    'id-token-claims': { why: 'Vikunja takes the username, name and email address from the ID token (and userinfo).' },
    discovery: { why: 'Vikunja reads every endpoint from authurl and insists that the issuer matches it exactly.' },
  },
  manualTest,
  /**
   * Vikunja: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/vikunja/
   * (sections "Create an application and provider in authentik" and "Vikunja configuration", default tab
   * "Config File") and from the vendor: https://vikunja.io/docs/openid/ with Vikunja's source
   * (github.com/go-vikunja/vikunja, pkg/modules/auth/openid/providers.go: providers are a map keyed by the
   * provider key; required name, authurl, clientsecret, clientid; scope defaults to "openid profile email";
   * go-oidc discovers from authurl, which must equal the issuer), for the example inputs below. The
   * redirect `https://vikunja.company/auth/openid/authentik` is the guide's; the frontend builds it from
   * its own address and the key.
   * They agree. The guide's optional Regex redirect for the desktop app is left out (optional, by hand).
   */
  expected: {
    inputs: { url: 'https://vikunja.company', provider: 'authentik' },
    launchUrl: 'https://vikunja.company',
    oidc: {
      redirectUris: ['https://vikunja.company/auth/openid/authentik'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'name', 'preferred_username'],
    },
    appSide: {
      'providers key': 'authentik',
      name: 'authentik Login',
      authurl: 'https://authentik.company/application/o/vikunja/',
      scope: 'openid email profile',
    },
  },
});
