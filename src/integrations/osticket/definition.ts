/**
 * osTicket signs agents and end users in through its "Authentication :: Oauth2" plugin (instance
 * type "OAuth2 - Other"), which calls back to `<osTicket URL>/api/auth/oauth2` and matches agents
 * by the email address from authentik's userinfo endpoint.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
    vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'osTicket URL',
      help: help.url,
      example: 'https://helpdesk.company',
      preview: 'Redirect URI: {url}/api/auth/oauth2',
      httpReason: 'Use the https:// address of osTicket: sign-in codes must not travel over plain http. Set up TLS for osTicket first if it has none.',
      // Staff panel, API (with the callback), knowledge base, pages and *.php: not the install path.
      pages: ['scp', 'api', 'kb', 'pages', '*.php'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/api/auth/oauth2' }], signingKey: 'any', signingKeyOptional: true, subject: 'user_email' },
  screen: [
    {
      title: 'Instance',
      location: 'Admin Panel › Manage › Plugins › Authentication :: Oauth2 › Instances › Add New Instance › OAuth2 - Other',
      fields: [{ label: 'Name', value: 'authentik' }, { label: 'Status', value: 'Enabled' }],
      notes: [notes.plugin],
    },
    { title: 'Config › Settings', fields: help.settings },
    {
      title: 'Config › IdP details',
      fields: [
        { label: 'Type', value: 'Authentication', help: 'Preset by osTicket; leave it.' },
        { label: 'Redirect URI', value: '{redirect_uri}', help: help.redirect },
        { label: 'Client Id', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Authorization Endpoint', value: '{authorize_url}' },
        { label: 'Token Endpoint', value: '{token_url}' },
        { label: 'Resource Details Endpoint', value: '{userinfo_url}' },
        { label: 'Scopes', value: 'openid email profile', help: help.scopes },
      ],
      notes: [{ tone: 'info', text: 'Scopes: spaces, not commas.' }, notes.rewrite],
    },
    { title: 'Config › User Attributes Mapping', fields: help.attributes, notes: [{ tone: 'info', text: 'Click Add Instance (or Save Changes) to store the instance.' }] },
    { title: 'Agents', location: 'Admin Panel › Agents › (each agent)', fields: [{ label: 'Authentication Backend', value: 'Use any available backend', help: help.backend }], notes: [notes.agents] },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is osTicket’s callback', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the Redirect URI osTicket really sent.' },
  },
  manualTest,
});
