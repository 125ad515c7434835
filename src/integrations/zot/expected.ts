/**
 * zot: values copied from https://integrations.goauthentik.io/infrastructure/zot/ (sections "Create an
 * application and provider" and "zot configuration") and from the vendor:
 * https://zotregistry.dev/v2.1.18/articles/authn-authz/#social-login-using-openidoauth2 with zot's
 * source (github.com/project-zot/zot, pkg/api/constants/consts.go: AppNamespacePath "/zot",
 * CallbackBasePath = "/zot/auth/callback", to which zot appends the provider key), for the example
 * inputs below. The guide and the vendor agree: provider key "oidc", scopes openid profile email.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/zot/',
    vendor: 'https://zotregistry.dev/v2.1.18/articles/authn-authz/#social-login-using-openidoauth2',
  },
  inputs: { url: 'https://zot.company' },
  launchUrl: 'https://zot.company',
  oidc: {
    redirectUris: [{ url: 'https://zot.company/zot/auth/callback/oidc' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
  },
  appSide: {
    externalUrl: 'https://zot.company',
    credentialsFile: '/etc/zot/oidc-credentials.json',
    issuer: 'https://authentik.company/application/o/zot/',
    scopes: 'openid profile email',
  },
});
