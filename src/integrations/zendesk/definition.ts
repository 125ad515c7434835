/**
 * Zendesk (the guide's default tab, OpenID Connect) signs users in through an OIDC SSO configuration in
 * Admin Center. It discovers authentik's endpoints from the issuer, calls back to
 * https://<subdomain>.zendesk.com/access/oidc/callback and matches users by email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zendesk/',
    vendor: 'https://support.zendesk.com/hc/en-us/articles/7957465432474-Setting-up-single-sign-on-with-OpenID-Connect-OIDC',
  },
  inputs: {
    sub: {
      type: 'subdomain',
      domain: 'zendesk.com',
      where: 'your Zendesk address (the part before .zendesk.com)',
      label: 'Zendesk subdomain',
      help: help.sub,
      example: 'company',
    },
  },
  launchUrl: 'https://{sub}.zendesk.com',
  provider: { protocol: 'oidc', redirectUris: ['https://{sub}.zendesk.com/access/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Create OpenID Connect configuration',
      location: 'Admin Center › Account › Security › Single sign-on › Create SSO configuration › OpenID Connect',
      fields: [
        { label: 'Configuration name', value: 'authentik' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Scopes', value: 'openid,email,profile', help: help.scopes },
        { label: 'Turn on auto discovery', value: 'On', choice: true },
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Authentication mode', value: 'PKCE', choice: true, help: help.mode },
        { label: 'Show button when users sign in', value: 'On', choice: true },
        { label: 'Button text', value: 'authentik', help: help.button },
      ],
      notes: [notes.email, notes.saml],
    },
    {
      title: 'Team member authentication',
      location: 'Admin Center › Account › Security › Team member authentication',
      fields: [
        { label: 'External authentication', value: 'On', choice: true },
        { label: 'Single sign-on', value: 'authentik', help: help.assign },
      ],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is your Zendesk /access/oidc/callback', why: why.redirect },
    'email-claim': { source: 'id_token', why: why.email },
    discovery: { why: 'With auto discovery on, Zendesk reads every endpoint from the Issuer URL’s discovery document.' },
  },
  manualTest,
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
  expected: {
    sources: {
      vendor: 'https://support.zendesk.com/hc/en-us/articles/7957465432474',
      followed:
        'vendor for the host (<subdomain>.zendesk.com) and the comma-separated Scopes field; guide for PKCE, the button text and the scopes themselves',
    },
    inputs: { sub: 'company' },
    launchUrl: 'https://company.zendesk.com',
    oidc: {
      redirectUris: ['https://company.zendesk.com/access/oidc/callback'],
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
  },
});
