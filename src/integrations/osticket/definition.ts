/** osTicket's “Authentication :: Oauth2” plugin (instance type “OAuth2 - Other”): it calls back to <url>/api/auth/oauth2 and finds agents by email. */
import { defineIntegration } from '../../features/wizard/definition/format';

const docs = {
  authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
  vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
};

export default defineIntegration({
  docs,
  inputs: {
    url: {
      type: 'url',
      label: 'osTicket URL',
      help: 'Where osTicket runs, with its sub-folder if it is installed in one (for example /osticket). You can paste any osTicket page.',
      example: 'https://helpdesk.company',
      preview: 'Redirect URI: {url}/api/auth/oauth2',
      pages: ['scp', 'api', 'kb', 'pages', '*.php'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/api/auth/oauth2' }],
    signingKey: 'any',
    signingKeyOptional: true,
    subject: 'user_email',
  },
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
        {
          label: 'Authentication Target',
          value: 'Agents Only',
          choice: true,
          help: 'Or End Users Only, or Agents and End Users. "None (Disabled)" shows no sign-in button.',
        },
        ['Authentication Label', 'authentik', 'The button then reads "Sign in with authentik".'],
      ],
    },
    {
      title: 'Config › IdP details',
      fields: [
        { label: 'Type', value: 'Authentication', choice: true, help: 'Preset by osTicket; leave it.' },
        [
          'Redirect URI',
          '{redirect_uri}',
          'osTicket fills this in from its own address; authentik accepts exactly this value, character by character.',
        ],
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
      notes: ['Click Add Instance (or Save Changes) to store the instance.'],
    },
    {
      title: 'Agents',
      location: 'Admin Panel › Agents › (each agent)',
      fields: [
        {
          label: 'Authentication Backend',
          value: 'Use any available backend',
          choice: true,
          help: 'Lets the agent sign in with authentik and keeps the local password as a fallback.',
        },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'osTicket creates no agents at sign-in: each agent must already exist in osTicket with the same email address as in authentik.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      why: 'osTicket sends its own address followed by /api/auth/oauth2; authentik refuses any other string with “Redirect URI Error”.',
    },
    'email-claim': {
      source: 'userinfo',
      why: 'osTicket finds the agent by its email address; without one it says “Have your administrator create a local account”.',
    },
  },
  manualTest: {
    steps: [
      'Open osTicket’s staff login page: your osTicket address followed by /scp/.',
      'Click “Sign in with authentik”.',
      'Sign in at authentik with a user whose email address belongs to an existing osTicket agent.',
    ],
    success: 'You land in the osTicket staff panel, signed in as the agent with that email address.',
    errors: [
      {
        message: 'There is no “Sign in with authentik” button',
        meaning: 'The plugin instance is disabled, or its Authentication Target is “None (Disabled)”.',
      },
      {
        message: 'Have your administrator create a local account (…)',
        meaning: 'No osTicket agent has the email address authentik sent: create the agent with that address.',
        checkId: 'email-claim',
      },
      {
        message: 'A “not found” page at …/api/auth/oauth2',
        meaning: 'The web server does not pass /api/auth/oauth2 to osTicket’s api/http.php: add the URL rewriting rule.',
      },
      {
        message: 'Back on the login page without any message',
        meaning: 'osTicket lost its session (open it at exactly its address), or the Client Secret or Token Endpoint is wrong.',
      },
    ],
  },
  // Literal values from the authentik guide (“osTicket configuration”) and the vendor's OAuth2 guide for the example input; the plugin source
  // (osTicket-plugins auth-oauth2/auth.php: callback_url() = base + api/auth/oauth2) agrees. It labels the callback field “Callback Endpoint”,
  // the guide “Redirect URI”: the guide's label is kept. The plugin reads userinfo and never verifies an ID token (signing: any).
  expected: {
    sources: docs,
    inputs: { url: 'https://helpdesk.company' },
    oidc: {
      redirectUris: [{ url: 'https://helpdesk.company/api/auth/oauth2' }],
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
