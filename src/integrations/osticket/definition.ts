/** osTicket's “Authentication :: Oauth2” plugin (instance type “OAuth2 - Other”): it calls back to <url>/api/auth/oauth2, finds agents by email. */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
    vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'osTicket URL',
      help: 'Where osTicket runs, with its sub-folder if it is installed in one (for example /osticket). You can paste any osTicket page.',
      example: 'https://helpdesk.company',
      pages: ['scp', 'api', 'kb', 'pages', '*.php'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/auth/oauth2'], signingKey: 'any', signingKeyOptional: true, subject: 'user_email' },
  screen: [
    {
      title: 'Instance',
      location: 'Admin Panel › Manage › Plugins › Authentication :: Oauth2 › Instances › Add New Instance › OAuth2 - Other',
      fields: [['Name', 'authentik'], { label: 'Status', value: 'Enabled', choice: true }],
      notes: ['Needs osTicket 1.17 or later with the plugin in include/plugins, added under Admin Panel › Manage › Plugins and set to Active.'],
    },
    {
      title: 'Config › Settings',
      fields: [
        ['Name', 'authentik'],
        { label: 'Authentication Target', value: 'Agents Only', choice: true, help: 'Or End Users Only, or Agents and End Users.' },
        ['Authentication Label', 'authentik', 'The button then reads "Sign in with authentik".'],
      ],
    },
    {
      title: 'Config › IdP details',
      fields: [
        { label: 'Type', value: 'Authentication', choice: true, help: 'Preset by osTicket; leave it.' },
        ['Redirect URI', '{redirect_uri}', 'osTicket fills this in from its own address; authentik accepts exactly this value.'],
        ['Client Id', '{client_id}'],
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        ['Authorization Endpoint', '{authorize_url}'],
        ['Token Endpoint', '{token_url}'],
        ['Resource Details Endpoint', '{userinfo_url}'],
        ['Scopes', 'openid email profile', 'Separated by spaces, not commas: authentik reads "openid,email,profile" as one unknown scope.'],
      ],
      notes: ['The web server must pass /api/auth/oauth2 to api/http.php (URL rewriting); without that rule the login ends on a 404 page.'],
    },
    {
      title: 'Config › User Attributes Mapping',
      fields: [
        ['User Identifier', 'email', 'osTicket finds agents and users by this attribute.'],
        ['Given Name', 'name', 'authentik sends the full name in "name".'],
        ['Surname', '', 'Leave empty: authentik sends no surname, and the preset "surname" does not exist.'],
        ['Email Address', 'email'],
      ],
    },
    {
      title: 'Agents',
      location: 'Admin Panel › Agents › (each agent)',
      fields: [{ label: 'Authentication Backend', value: 'Use any available backend', choice: true, help: 'Keeps the local password too.' }],
      notes: [
        { tone: 'warning', text: 'osTicket creates no agents at sign-in: each must already exist with the same email address as in authentik.' },
      ],
    },
  ],
  checks: { 'email-claim': { source: 'userinfo', why: 'osTicket finds the agent by its email address, which it reads from userinfo.' } },
  manualTest: {
    steps: [
      'Open osTicket’s staff login page: its address followed by /scp/.',
      'Click “Sign in with authentik”.',
      'Sign in at authentik as a user whose email address belongs to an osTicket agent.',
    ],
    success: 'You land in the osTicket staff panel, signed in as the agent with that email address.',
    errors: [
      ['There is no “Sign in with authentik” button', 'The plugin instance is disabled, or its Authentication Target is “None (Disabled)”.'],
      ['Have your administrator create a local account (…)', 'No osTicket agent has the email address authentik sent.', 'email-claim'],
      ['A “not found” page at …/api/auth/oauth2', 'The web server does not pass /api/auth/oauth2 to api/http.php: add the rewrite rule.'],
      ['Back on the login page without any message', 'A lost session (use osTicket’s exact address), or a wrong Client Secret or Token Endpoint.'],
    ],
  },
  // The authentik guide (“osTicket configuration”) and the vendor's OAuth2 guide; the plugin (osTicket-plugins auth-oauth2/auth.php, callback_url()
  // = base + api/auth/oauth2) agrees, but labels the field “Callback Endpoint”: the guide's “Redirect URI” is kept. It reads userinfo, never an ID token.
  expected: {
    inputs: { url: 'https://helpdesk.company' },
    oidc: {
      redirectUris: ['https://helpdesk.company/api/auth/oauth2'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      subject: 'user_email',
      claims: ['email', 'name'],
    },
    appSide: {
      'Config › Settings › Name': 'authentik',
      'Authentication Label': 'authentik',
      'Redirect URI': 'https://helpdesk.company/api/auth/oauth2',
      'Authorization Endpoint': 'https://authentik.company/application/o/authorize/',
      'Token Endpoint': 'https://authentik.company/application/o/token/',
      'Resource Details Endpoint': 'https://authentik.company/application/o/userinfo/',
      Scopes: 'openid email profile',
      'Given Name': 'name',
      Surname: '',
      'Authentication Backend': 'Use any available backend',
    },
  },
});
