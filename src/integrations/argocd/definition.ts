/**
 * Argo CD signs users in through its own OpenID Connect client (`oidc.config` in argocd-cm), which
 * calls back to `<Argo CD URL>/auth/callback`; `argocd login --sso` runs the same flow with a
 * callback on localhost. Groups from the ID token map to roles in argocd-rbac-cm.
 *
 * One mode only: the direct `oidc.config`, not the bundled Dex of authentik's guide. Argo CD's
 * docs recommend the direct client for any IdP that speaks OIDC; it spares Dex as a second hop,
 * and the redirect URIs below are the ones Argo CD itself sends (the guide's /api/dex/callback
 * only exists when Dex runs).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippets, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/argocd/',
    vendor: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#existing-oidc-provider',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Argo CD URL',
      help: help.url,
      example: 'https://argocd.company',
      preview: 'Redirect URI: {url}/auth/callback',
      httpReason: 'Use the https:// address of Argo CD (the url in argocd-cm): sign-in codes must not travel over plain http.',
      pages: ['applications', 'settings', 'user-info', 'help', 'login', 'auth', 'api'],
    },
    group: { type: 'text', label: 'Admin group', help: help.group, example: 'Argo CD Admins', pattern: '^[\\w .-]+$', message: help.groupRule },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    // The CLI's default --sso-port is 8085; it listens on plain http on the admin's own machine.
    redirectUris: [{ url: '{url}/auth/callback' }, { url: 'http://localhost:8085/auth/callback' }],
    signingKey: 'any',
  },
  accepts: [
    {
      // Argo CD's bundled Dex receives the login on /api/dex/callback (argo-cd common/common.go:
      // ArgoCDDefaultDexOAuthRedirectPath); a pair set up that way is valid, not a wrong redirect.
      redirectUris: ['{url}/api/dex/callback'],
      why: 'Argo CD signs in through its bundled Dex, which receives the login on /api/dex/callback.',
      source: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#dex',
    },
  ],
  screen: [
    { title: 'argocd-secret', location: 'ConfigMap and Secret in the argocd namespace', format: 'file', snippet: snippets.secret, fields: [{ label: 'oidc.authentik.clientSecret', value: '{client_secret}', secret: true }], notes: [notes.secret] },
    {
      title: 'argocd-cm',
      format: 'file',
      snippet: snippets.cm,
      fields: [
        { label: 'url', value: '{url}', help: 'Argo CD builds its callback from this value.' },
        { label: 'issuer', value: '{issuer}', help: 'Keep the trailing slash: it must equal the issuer in the tokens.' },
        { label: 'clientID', value: '{client_id}' },
      ],
      notes: [notes.cli],
    },
    { title: 'argocd-rbac-cm', format: 'file', snippet: snippets.rbac, fields: [{ label: 'policy.csv', value: 'g, {group}, role:admin' }], notes: [notes.groups] },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document under the issuer, and Argo CD cannot start.' },
    'redirect-uri': { title: 'The redirect URI is Argo CD’s callback', why: why.redirect },
    'grant-types': { why: 'Argo CD and its CLI sign users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: 'Argo CD verifies the ID token with the keys authentik publishes; an unsigned (HS256) token is refused.' },
    'encryption-key': {},
    'id-token-claims': { why: 'Argo CD reads the groups claim for its RBAC from the ID token.' },
    'email-claim': { source: 'id_token', why: 'Argo CD shows and logs the user by the email claim of the ID token.' },
    discovery: { why: 'Argo CD reads the endpoints from the discovery document below the issuer; it must be served and match.' },
  },
  manualTest,
  /**
   * Argo CD: values copied from https://integrations.goauthentik.io/infrastructure/argocd/ (sections
   * "Create an application and provider", "Create the groups", "Configure Dex" and "Map the groups")
   * and https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/ (sections "SSO" and
   * "Existing OIDC Provider": callback `https://argocd.example.com/auth/callback`, requestedScopes
   * default ["openid", "profile", "email", "groups"]), with Argo CD's source
   * (cmd/argocd/commands/login.go: the CLI's redirect `http://localhost:<sso-port>/auth/callback`,
   * DefaultSSOLocalPort 8085 in cmd/argocd/commands/common.go; util/oidc/provider.go verifies with
   * go-oidc and the algorithms of the discovery document), for the example inputs below.
   * Where they disagree: the guide configures the bundled Dex (redirect URI
   * `https://argocd.company/api/dex/callback`, a Dex connector with scopes openid profile email);
   * the vendor's "Existing OIDC Provider" section is followed, because the vendor points OIDC
   * identity providers to it and there Argo CD itself sends `/auth/callback` (web) and
   * `http://localhost:8085/auth/callback` (CLI). The scopes are the guide's three: Argo CD's default
   * also asks for `groups`, which only works if requestedScopes is overridden or authentik offers a
   * `groups` scope.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/infrastructure/argocd/',
      vendor: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#existing-oidc-provider',
      followed:
        'The vendor’s “Existing OIDC Provider” mode (redirect URIs /auth/callback and http://localhost:8085/auth/callback) instead of the guide’s bundled Dex (/api/dex/callback); scopes as in the guide, which requires requestedScopes ["openid", "profile", "email"] in oidc.config.',
    },
    inputs: { url: 'https://argocd.company', group: 'Argo CD Admins' },
    launchUrl: 'https://argocd.company',
    oidc: {
      redirectUris: [{ url: 'https://argocd.company/auth/callback' }, { url: 'http://localhost:8085/auth/callback' }],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['groups'],
    },
    appSide: {
      url: 'https://argocd.company',
      issuer: 'https://authentik.company/application/o/argocd/',
      'policy.csv': 'g, Argo CD Admins, role:admin',
    },
  },
});
