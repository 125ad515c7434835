/**
 * Discourse: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/discourse/
 * ("Create an application and provider": Strict redirect URI https://discourse.company/auth/oidc/callback;
 * "Configure OpenID Connect": openid connect discovery document
 * …/application/o/<application_slug>/.well-known/openid-configuration, openid connect authorize scope
 * `openid email profile`) and the vendor: https://meta.discourse.org/t/discourse-openid-connect-oidc/103632
 * with the plugin's source (github.com/discourse/discourse-openid-connect: authenticator name "oidc", so
 * omniauth's callback /auth/oidc/callback; config/settings.yml default openid_connect_authorize_scope
 * "openid"; lib/omniauth_open_id_connect.rb decodes the id_token with verification off and reads
 * name/email from userinfo; lib/openid_connect_authenticator.rb trusts the email only if email_verified
 * is true or absent), for the example inputs below.
 * Where they disagree: nothing on the values. The guide keeps authentik's default email mapping, which
 * (since 2025.10) sends email_verified false, and the plugin then treats the address as unverified; the
 * vendor's rule is followed with a verified-email scope mapping, which does not change the scopes asked.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/discourse/',
    vendor: 'https://meta.discourse.org/t/discourse-openid-connect-oidc/103632',
    followed: 'vendor source for email_verified (the plugin distrusts an unverified address); otherwise both agree',
  },
  inputs: { url: 'https://discourse.company' },
  launchUrl: 'https://discourse.company',
  oidc: {
    redirectUris: [{ url: 'https://discourse.company/auth/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'email_verified', 'name', 'preferred_username'],
  },
  appSide: {
    'openid connect discovery document': 'https://authentik.company/application/o/discourse/.well-known/openid-configuration',
    'openid connect authorize scope': 'openid email profile',
  },
});
