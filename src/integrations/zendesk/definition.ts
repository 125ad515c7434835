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
      preview: 'Redirect URI: https://{sub}.zendesk.com/access/oidc/callback',
    },
  },
  launchUrl: 'https://{sub}.zendesk.com',
  provider: { protocol: 'oidc', redirectUris: [{ url: 'https://{sub}.zendesk.com/access/oidc/callback' }], signingKey: 'any' },
  screen: [
    {
      title: 'Create OpenID Connect configuration',
      location: 'Admin Center › Account › Security › Single sign-on › Create SSO configuration › OpenID Connect',
      fields: [
        { label: 'Configuration name', value: 'authentik' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Scopes', value: 'openid,email,profile', help: help.scopes },
        { label: 'Turn on auto discovery', value: 'On' },
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Authentication mode', value: 'PKCE', help: help.mode },
        { label: 'Show button when users sign in', value: 'On' },
        { label: 'Button text', value: 'authentik', help: help.button },
      ],
      notes: [notes.email, notes.saml],
    },
    {
      title: 'Team member authentication',
      location: 'Admin Center › Account › Security › Team member authentication',
      fields: [
        { label: 'External authentication', value: 'On' },
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
});
