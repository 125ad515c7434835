/**
 * Harbor: values copied from https://integrations.goauthentik.io/infrastructure/harbor/ (sections "Create an
 * application and provider" and "Harbor configuration") and Harbor's
 * https://goharbor.io/docs/2.14.0/administration/configure-authentication/oidc-auth/ ("Configure OIDC
 * Provider Settings in Harbor": redirect URI `https://<harbor_host>/c/oidc/callback`; OIDC Endpoint is the
 * provider's issuer; OIDC Scope comma-separated with openid, and offline_access for refresh tokens; Group
 * Claim Name; Automatic onboarding with Username Claim), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/harbor/',
    vendor: 'https://goharbor.io/docs/2.14.0/administration/configure-authentication/oidc-auth/',
  },
  inputs: { url: 'https://harbor.company' },
  launchUrl: 'https://harbor.company',
  oidc: {
    redirectUris: [{ url: 'https://harbor.company/c/oidc/callback' }],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    signing: 'any',
    claims: ['preferred_username', 'groups', 'email'],
  },
  appSide: {
    'Auth Mode': 'OIDC',
    'OIDC Provider Name': 'authentik',
    'OIDC Endpoint': 'https://authentik.company/application/o/harbor/',
    'Group Claim Name': 'groups',
    'OIDC Scope': 'openid,profile,email,offline_access',
    'Username Claim': 'preferred_username',
  },
});
