/**
 * OpenProject: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/openproject/
 * ("Create a scope mapping": scope name profile with first_name/last_name; "Create an application and
 * provider": Strict redirect URI https://openproject.company/auth/oidc-authentik/callback, the default
 * profile mapping replaced by the custom one; "OpenProject configuration": Display Name authentik,
 * discovery endpoint …/application/o/<application_slug>/.well-known/openid-configuration, Mapping for:
 * Username preferred_username, Email email, First Name first_name, Last Name last_name) and the vendor:
 * https://www.openproject.org/docs/system-admin-guide/authentication/openid-providers/ ("Custom OpenID
 * Connect Provider", steps Display name, Discovery endpoint, Client details, attribute mapping from the
 * userinfo response; the redirect URI is <host>/auth/oidc-<display name>/callback, e.g.
 * /auth/oidc-microsoft-entra/callback for "Microsoft Entra"), for the example inputs below.
 * They agree. The guide's logout URI (…/auth/oidc-authentik/backchannel-logout, Back-channel) is optional
 * and not asserted.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/openproject/',
    vendor: 'https://www.openproject.org/docs/system-admin-guide/authentication/openid-providers/',
  },
  inputs: { url: 'https://openproject.company' },
  launchUrl: 'https://openproject.company',
  oidc: {
    redirectUris: [{ url: 'https://openproject.company/auth/oidc-authentik/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['preferred_username', 'email', 'first_name', 'last_name'],
  },
  appSide: {
    'Display Name': 'authentik',
    'Discovery endpoint URL': 'https://authentik.company/application/o/openproject/.well-known/openid-configuration',
    'Mapping for: Username': 'preferred_username',
    'Mapping for: Email': 'email',
    'Mapping for: First Name': 'first_name',
    'Mapping for: Last Name': 'last_name',
  },
});
