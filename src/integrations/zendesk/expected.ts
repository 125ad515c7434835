/**
 * Zendesk (OIDC tab, the guide's default): values copied from
 * https://integrations.goauthentik.io/chat-communication-collaboration/zendesk/ ("Log in with OIDC":
 * "Create an application and provider in authentik" — Strict redirect URI
 * https://zendesk.company/access/oidc/callback — and "Zendesk configuration": Configuration name
 * authentik, Scopes `openid profile email`, Issuer / Issuer url …/application/o/<application_slug>/,
 * Authentication mode PKCE, Button text authentik) and Zendesk's
 * https://support.zendesk.com/hc/en-us/articles/7957465432474 (OIDC SSO: Admin Center › Account ›
 * Security › Single sign-on › Create SSO configuration › OpenID Connect; fields Configuration name,
 * Client ID, Client secret, Scopes "separated with a comma, for example openid,email,phone", Issuer
 * URL with auto discovery; every user needs an email address), for the example subdomain "company".
 * The callback's vendor-side shape https://yoursubdomain.zendesk.com/access/oidc/callback is from
 * docs.mojoauth.com/support-integrations/zendesk (Zendesk's own article shows it only in the form).
 * Where they disagree: (1) host: the guide's placeholder zendesk.company vs Zendesk's
 * <subdomain>.zendesk.com; the vendor's host is followed (Zendesk is SaaS). (2) Scopes: the guide
 * writes them space separated, Zendesk's form takes them comma separated; the vendor is followed.
 * (3) The guide lists both "Issuer" and "Issuer url"; Zendesk's form has one Issuer URL field.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zendesk/',
    vendor: 'https://support.zendesk.com/hc/en-us/articles/7957465432474',
    followed: 'vendor for the host (<subdomain>.zendesk.com) and the comma-separated Scopes field; guide for PKCE, the button text and the scopes themselves',
  },
  inputs: { sub: 'company' },
  launchUrl: 'https://company.zendesk.com',
  oidc: {
    redirectUris: [{ url: 'https://company.zendesk.com/access/oidc/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email', 'name'],
  },
  appSide: {
    'Configuration name': 'authentik',
    Scopes: 'openid,email,profile',
    'Issuer URL': 'https://authentik.company/application/o/zendesk/',
    'Authentication mode': 'PKCE',
    'Button text': 'authentik',
  },
});
