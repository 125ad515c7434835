/**
 * Gatus: values copied from https://integrations.goauthentik.io/monitoring/gatus/ (sections "Create an
 * application and provider in authentik" and "Gatus configuration") and Gatus's README
 * https://github.com/TwiN/gatus#oidc with its source (security/oidc.go: yaml keys issuer-url,
 * redirect-url, client-id, client-secret, scopes, allowed-subjects; redirect-url must end with
 * `/authorization-code/callback`; go-oidc NewProvider on issuer-url and Verifier with the discovery
 * document's algorithms; the session keeps idToken.Subject), for the example inputs below.
 * Where they disagree: the guide puts client-id and client-secret in .env and references them from
 * config.yaml; the values are the same, and the wizard shows them in place (its help explains the
 * environment variable form). Gatus asks only for the openid scope.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/gatus/',
    vendor: 'https://github.com/TwiN/gatus#oidc',
  },
  inputs: { url: 'https://gatus.company' },
  launchUrl: 'https://gatus.company',
  oidc: {
    redirectUris: [{ url: 'https://gatus.company/authorization-code/callback' }],
    scopes: ['openid'],
    signing: 'any',
    claims: ['sub'],
  },
  appSide: {
    'issuer-url': 'https://authentik.company/application/o/gatus/',
    'redirect-url': 'https://gatus.company/authorization-code/callback',
    scopes: '[openid]',
  },
});
