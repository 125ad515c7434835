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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/vikunja/',
    vendor: 'https://vikunja.io/docs/openid/',
  },
  inputs: { url: 'https://vikunja.company', provider: 'authentik' },
  launchUrl: 'https://vikunja.company',
  oidc: {
    redirectUris: [{ url: 'https://vikunja.company/auth/openid/authentik' }],
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
});
