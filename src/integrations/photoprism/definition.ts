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
      httpReason: 'Use the https:// address of PhotoPrism: PhotoPrism enables single sign-on only over HTTPS.',
      pages: ['library', 'api', 'auth', 'static', 's', 'i', 'c', 'v'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/v1/oidc/redirect'], signingKey: 'any' },
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
  /**
   * PhotoPrism: values copied from https://integrations.goauthentik.io/media/photoprism/ (sections
   * "Create an application and provider" and "PhotoPrism configuration") and PhotoPrism's
   * https://docs.photoprism.app/getting-started/advanced/openid-connect/ ("Config Options": PHOTOPRISM_OIDC_URI
   * is the issuer URI, PHOTOPRISM_OIDC_SCOPES defaults to "openid email profile address",
   * PHOTOPRISM_OIDC_USERNAME defaults to preferred_username; "Redirect URL":
   * https://{hostname}/api/v1/oidc/redirect with the host of PHOTOPRISM_SITE_URL; HTTPS and valid
   * certificates required), for the example inputs below.
   * Where they disagree: the vendor's default scopes add "address", which authentik has no mapping for;
   * the guide's PHOTOPRISM_OIDC_SCOPES=openid email profile is followed.
   */
  expected: {
    sources: { followed: 'The guide’s scopes “openid email profile”: the vendor default adds “address”, which authentik does not offer.' },
    inputs: { url: 'https://photoprism.company' },
    launchUrl: 'https://photoprism.company',
    oidc: {
      redirectUris: ['https://photoprism.company/api/v1/oidc/redirect'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['preferred_username', 'email', 'name'],
    },
    appSide: {
      PHOTOPRISM_SITE_URL: 'https://photoprism.company/',
      PHOTOPRISM_OIDC_URI: 'https://authentik.company/application/o/photoprism/',
      PHOTOPRISM_OIDC_SCOPES: 'openid email profile',
      PHOTOPRISM_OIDC_PROVIDER: 'authentik',
      PHOTOPRISM_OIDC_REGISTER: 'true',
    },
  },
});
