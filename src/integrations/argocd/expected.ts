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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
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
});
