/**
 * Argo CD signs users in through its own OpenID Connect client (`oidc.config` in argocd-cm), which
 * calls back to `<Argo CD URL>/auth/callback`; `argocd login --sso` runs the same flow with a
 * callback on localhost. Groups from the ID token map to roles in argocd-rbac-cm.
 *
 * Two setups. By default the direct `oidc.config`: Argo CD's docs recommend the direct client for
 * any IdP that speaks OIDC; it spares Dex as a second hop, and the redirect URIs are the ones Argo CD
 * itself sends. Variant `dex` (/argocd-dex) is what authentik's guide sets up: Argo CD's bundled Dex
 * with an OIDC connector, which calls back to `<Argo CD URL>/api/dex/callback` for the web UI and the
 * CLI alike.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { dex, help, manualTest, notes, snippets, why } from './content';

/** Both setups ask for the same value; each previews its own callback (the protocol's default). */
const url = {
  type: 'url',
  label: 'Argo CD URL',
  help: help.url,
  example: 'https://argocd.company',
  httpReason: 'Use the https:// address of Argo CD (the url in argocd-cm): sign-in codes must not travel over plain http.',
  pages: ['applications', 'settings', 'user-info', 'help', 'login', 'auth', 'api'],
} as const;
/**
 * The guide's admin group ("Create the groups": `Argo CD Admins`), mapped by `g, <group>, role:admin`
 * in argocd-rbac-cm. policy.csv is read with Go's encoding/csv (argo-cd util/rbac/rbac.go,
 * loadPolicyLine), so a name with a comma is written as a quoted field.
 */
const roleGroups = { admins: { name: 'Argo CD Admins', role: 'role:admin', quote: 'csv' } } as const;

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/argocd/',
    vendor: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#existing-oidc-provider',
  },
  inputs: { url },
  roleGroups,
  provider: {
    protocol: 'oidc',
    // The CLI's default --sso-port is 8085; it listens on plain http on the admin's own machine.
    redirectUris: ['{url}/auth/callback', 'http://localhost:8085/auth/callback'],
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
    {
      title: 'argocd-secret',
      location: 'ConfigMap and Secret in the argocd namespace',
      format: 'file',
      snippet: snippets.secret,
      fields: [{ label: 'oidc.authentik.clientSecret', value: '{client_secret}', secret: true }],
      notes: [notes.secret],
    },
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
    {
      title: 'argocd-rbac-cm',
      format: 'file',
      snippet: snippets.rbac,
      fields: [{ label: 'policy.csv', value: 'g, {admins}, role:admin', help: help.group }],
      notes: [notes.groups],
    },
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
      followed:
        'The vendor’s “Existing OIDC Provider” mode (redirect URIs /auth/callback and http://localhost:8085/auth/callback) instead of the guide’s bundled Dex (/api/dex/callback); scopes as in the guide, which requires requestedScopes ["openid", "profile", "email"] in oidc.config.',
    },
    inputs: { url: 'https://argocd.company' },
    roleGroups: { admins: 'Argo CD Admins' },
    launchUrl: 'https://argocd.company',
    oidc: {
      redirectUris: ['https://argocd.company/auth/callback', 'http://localhost:8085/auth/callback'],
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
  variants: {
    dex: {
      docs: {
        authentik: 'https://integrations.goauthentik.io/infrastructure/argocd/',
        vendor: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#dex',
      },
      roleGroups,
      // Dex is the client: it calls back to its own issuer (<url>/api/dex) + /callback, for the UI and the CLI.
      provider: { protocol: 'oidc', redirectUris: ['{url}/api/dex/callback'], signingKey: 'any' },
      screen: [
        {
          title: 'argocd-secret',
          location: 'ConfigMap and Secret in the argocd namespace',
          format: 'file',
          snippet: dex.secret,
          fields: [{ label: 'dex.authentik.clientSecret', value: '{client_secret}', secret: true }],
          notes: [notes.secret],
        },
        {
          title: 'argocd-cm',
          format: 'file',
          snippet: dex.cm,
          fields: [
            { label: 'url', value: '{url}', help: 'Dex runs below this address (/api/dex) and builds its callback from it.' },
            { label: 'issuer', value: '{issuer}', help: 'Keep the trailing slash: it must equal the issuer in the tokens.' },
            { label: 'clientID', value: '{client_id}' },
          ],
          notes: [dex.note],
        },
        {
          title: 'argocd-rbac-cm',
          format: 'file',
          snippet: snippets.rbac,
          fields: [{ label: 'policy.csv', value: 'g, {admins}, role:admin', help: help.group }],
          notes: [notes.groups],
        },
      ],
      checks: {
        'provider-assigned': { why: 'Without the link authentik serves no discovery document under the issuer, and Dex cannot start its connector.' },
        'redirect-uri': { title: 'The redirect URI is the callback of Argo CD’s Dex', why: dex.redirect },
        'grant-types': { why: 'Dex signs users in with the authorization code flow.' },
        'signing-key': { why: 'Dex verifies the ID token with the keys authentik publishes; an unsigned (HS256) token is refused.' },
        'encryption-key': {},
        'id-token-claims': { why: 'With insecureEnableGroups, Dex passes the groups claim of the ID token on to Argo CD’s RBAC.' },
        'email-claim': { source: 'id_token', why: 'Dex takes the user’s email from the ID token and passes it on to Argo CD.' },
        discovery: { why: 'Dex reads the endpoints from the discovery document below the issuer; it must be served and match.' },
      },
      manualTest: dex.manualTest,
      /**
       * Argo CD through Dex: values copied from https://integrations.goauthentik.io/infrastructure/argocd/
       * (sections "Create an application and provider": Redirect URI `Strict` `Authorization`
       * `https://argocd.company/api/dex/callback`, any signing key; "Configure Dex": issuer
       * `https://authentik.company/application/o/<application_slug>/`, `insecureEnableGroups: true`,
       * scopes openid profile email; "Map the groups": `g, Argo CD Admins, role:admin`) and from
       * https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#dex ("Dex", connector
       * in `dex.config`, secret referenced as `$dex.<name>.clientSecret`) with
       * https://dexidp.io/docs/connectors/oidc/ (the connector's redirect is Dex's issuer + /callback).
       * Guide and vendor agree.
       */
      expected: {
        inputs: { url: 'https://argocd.company' },
        roleGroups: { admins: 'Argo CD Admins' },
        launchUrl: 'https://argocd.company',
        oidc: {
          redirectUris: ['https://argocd.company/api/dex/callback'],
          scopes: ['openid', 'profile', 'email'],
          signing: 'any',
          claims: ['groups'],
        },
        appSide: {
          url: 'https://argocd.company',
          issuer: 'https://authentik.company/application/o/argocd-dex/',
          'policy.csv': 'g, Argo CD Admins, role:admin',
        },
      },
    },
  },
});
