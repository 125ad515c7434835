/**
 * GlitchTip: values copied from https://integrations.goauthentik.io/monitoring/glitchtip/ (sections
 * "Create an application and provider in authentik" and "GlitchTip configuration") and GlitchTip's
 * https://glitchtip.com/documentation/install/#django-admin with its source (glitchtip/urls.py:
 * `path("accounts/", include("allauth.urls"))`) and django-allauth (openid_connect provider: callback
 * `oidc/<provider_id>/login/callback/`, settings.server_url, default scope openid profile email;
 * SocialApp field labels "provider", "provider ID", "name", "client id", "secret key", "settings"),
 * for the example inputs below.
 * Where they disagree: the guide calls two Django Admin fields "Provider Name" and "Client ID"; Django
 * Admin shows allauth's labels "Name" and "Client id". The vendor's labels are followed.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/glitchtip/',
    vendor: 'https://glitchtip.com/documentation/install/#django-admin',
    followed: 'The vendor’s (django-allauth’s) field labels “Name” and “Client id”, where the guide writes “Provider Name” and “Client ID”.',
  },
  inputs: { url: 'https://glitchtip.company', pid: 'authentik' },
  launchUrl: 'https://glitchtip.company',
  oidc: {
    redirectUris: [{ url: 'https://glitchtip.company/accounts/oidc/authentik/login/callback/' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Provider: 'OpenID Connect',
    'Provider ID': 'authentik',
    Name: 'authentik',
    Settings: '{"server_url": "https://authentik.company/application/o/glitchtip/"}',
  },
});
