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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/photoprism/',
    vendor: 'https://docs.photoprism.app/getting-started/advanced/openid-connect/',
    followed: 'The guide’s scopes “openid email profile”: the vendor default adds “address”, which authentik does not offer.',
  },
  inputs: { url: 'https://photoprism.company' },
  launchUrl: 'https://photoprism.company',
  oidc: {
    redirectUris: [{ url: 'https://photoprism.company/api/v1/oidc/redirect' }],
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
});
