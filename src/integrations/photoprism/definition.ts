/**
 * PhotoPrism signs users in with OpenID Connect configured by PHOTOPRISM_OIDC_* environment
 * variables. It calls back to https://<site host>/api/v1/oidc/redirect, verifies the ID token and
 * names new users after preferred_username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/photoprism/',
    vendor: 'https://docs.photoprism.app/getting-started/advanced/openid-connect/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'PhotoPrism URL',
      help: help.url,
      example: 'https://photoprism.company',
      preview: 'Redirect URI: {url}/api/v1/oidc/redirect',
      httpReason: 'Use the https:// address of PhotoPrism: PhotoPrism enables single sign-on only over HTTPS.',
      pages: ['library', 'api', 'auth', 'static', 's', 'i', 'c', 'v'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/api/v1/oidc/redirect' }], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment: (then restart PhotoPrism)',
      format: 'env',
      fields: [
        { label: 'PHOTOPRISM_SITE_URL', value: '{url}/', help: help.site },
        { label: 'PHOTOPRISM_OIDC_URI', value: '{issuer}', help: help.uri },
        { label: 'PHOTOPRISM_OIDC_CLIENT', value: '{client_id}' },
        { label: 'PHOTOPRISM_OIDC_SECRET', value: '{client_secret}', secret: true },
        { label: 'PHOTOPRISM_OIDC_SCOPES', value: 'openid email profile', help: help.scopes },
        { label: 'PHOTOPRISM_OIDC_PROVIDER', value: 'authentik' },
        { label: 'PHOTOPRISM_OIDC_REGISTER', value: 'true', help: help.register },
      ],
      notes: [notes.https, notes.restart],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is PhotoPrism’s /api/v1/oidc/redirect', why: why.redirect },
    'username-changes': { why: 'PhotoPrism names new accounts after preferred_username (PHOTOPRISM_OIDC_USERNAME).' },
  },
  manualTest,
});
