/** osTicket's “Authentication :: Oauth2” plugin (instance type “OAuth2 - Other”): it calls back to <url>/api/auth/oauth2 and finds agents by email. */
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
      help: 'The address osTicket runs at, including a sub-folder if it is installed in one (for example /osticket). You can paste any osTicket page; the wizard keeps only the base address.',
      example: 'https://helpdesk.company',
      preview: 'Redirect URI: {url}/api/auth/oauth2',
      httpReason:
        'Use the https:// address of osTicket: sign-in codes must not travel over plain http. Set up TLS for osTicket first if it has none.',
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
      fields: [
        { label: 'Name', value: 'authentik' },
        { label: 'Status', value: 'Enabled', choice: true },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Needs osTicket 1.17 or later with the plugin installed: put it in include/plugins, add it under Admin Panel › Manage › Plugins › Add New Plugin and set its status to Active.',
        },
      ],
    },
    {
      title: 'Config › Settings',
      fields: [
        { label: 'Name', value: 'authentik' },
        {
          label: 'Authentication Target',
          value: 'Agents Only',
          choice: true,
          help: 'Or End Users Only, or Agents and End Users. "None (Disabled)" shows no sign-in button.',
        },
        { label: 'Authentication Label', value: 'authentik', help: 'The button then reads "Sign in with authentik".' },
      ],
    },
    {
      title: 'Config › IdP details',
      fields: [
        { label: 'Type', value: 'Authentication', choice: true, help: 'Preset by osTicket; leave it.' },
        {
          label: 'Redirect URI',
          value: '{redirect_uri}',
          help: 'osTicket fills this in from its own address. It must be exactly this value: authentik compares it character by character.',
        },
        { label: 'Client Id', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Authorization Endpoint', value: '{authorize_url}' },
        { label: 'Token Endpoint', value: '{token_url}' },
        { label: 'Resource Details Endpoint', value: '{userinfo_url}' },
        {
          label: 'Scopes',
          value: 'openid email profile',
          help: 'Separated by spaces, not commas: authentik reads "openid,email,profile" as one unknown scope.',
        },
      ],
      notes: [
        { tone: 'info', text: 'Scopes: spaces, not commas.' },
        {
          tone: 'info',
          text: "The web server must pass /api/auth/oauth2 to osTicket's api/http.php (URL rewriting). If the login ends on a 404 page, that rule is missing.",
        },
      ],
    },
    {
      title: 'Config › User Attributes Mapping',
      fields: [
        { label: 'User Identifier', value: 'email', help: 'osTicket finds agents and users by this attribute.' },
        { label: 'Given Name', value: 'name', help: 'authentik sends the full name in "name".' },
        { label: 'Surname', value: '', help: 'Leave empty: authentik sends no surname, and the preset "surname" does not exist.' },
        { label: 'Email Address', value: 'email' },
      ],
      notes: [{ tone: 'info', text: 'Click Add Instance (or Save Changes) to store the instance.' }],
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
          text: 'osTicket does not create agents on sign-in: each agent must already exist in osTicket with the same email address as in authentik. Otherwise the login stops with "Have your administrator create a local account".',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is osTicket’s callback',
      why: 'osTicket sends its own address followed by /api/auth/oauth2; authentik refuses any other string with “Redirect URI Error”.',
    },
    'email-claim': {
      source: 'userinfo',
      why: 'osTicket finds the agent by the email address authentik sends; without one it says “Have your administrator create a local account”.',
    },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the Redirect URI osTicket really sent.' },
  },
  manualTest: {
    steps: [
      'Open osTicket’s staff login page: your osTicket address followed by /scp/.',
      'Click “Sign in with authentik”.',
      'Sign in at authentik with a user whose email address belongs to an existing osTicket agent.',
      'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
    ],
    success: 'You land in the osTicket staff panel, signed in as the agent with that email address.',
    errors: [
      {
        message: 'There is no “Sign in with authentik” button',
        meaning: 'The plugin instance is disabled, or its Authentication Target is “None (Disabled)”.',
      },
      {
        message: 'Redirect URI Error (on an authentik page)',
        meaning: 'osTicket sent another Redirect URI than the provider lists: a sub-folder, http instead of https, or a trailing slash.',
        checkId: 'redirect-errors',
      },
      {
        message: 'Have your administrator create a local account (…)',
        meaning:
          'authentik signed the user in, but no osTicket agent has that email address, or the login carried none. Create the agent with the same email address.',
        checkId: 'email-claim',
      },
      {
        message: 'A “not found” page at …/api/auth/oauth2',
        meaning:
          'The web server does not pass /api/auth/oauth2 to osTicket’s api/http.php. Add the URL rewriting rule; this cannot be checked from here.',
      },
      {
        message: 'Back on the login page without any message',
        meaning:
          'osTicket lost its session during the login (open it at exactly its configured address) or the token exchange failed (check the Client Secret and Token Endpoint).',
      },
      {
        message: 'unauthorized_client / Invalid grant_type for provider',
        meaning: 'The provider does not allow the authorization code grant.',
        checkId: 'grant-types',
      },
    ],
  },
  /**
   * osTicket: values copied from https://integrations.goauthentik.io/infrastructure/osticket/
   * (sections "Create an application and provider" and "osTicket configuration") and from the vendor:
   * https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html ("Setting Up The Plugin") with the
   * OAuth2 plugin source (github.com/osTicket/osTicket-plugins, auth-oauth2/auth.php `callback_url()` =
   * base URL + `api/auth/oauth2`; auth-oauth2/config.php field labels and attribute defaults), for the
   * example inputs below.
   * Where they disagree: the plugin's config form labels the callback field "Callback Endpoint" (hint
   * "Redirect Uri"); the guide calls it "Redirect URI". Same value, the guide's label is kept.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
      vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
    },
    inputs: { url: 'https://helpdesk.company' },
    oidc: {
      redirectUris: [{ url: 'https://helpdesk.company/api/auth/oauth2' }],
      scopes: ['openid', 'email', 'profile'],
      // The plugin (league/oauth2-client GenericProvider) reads the userinfo endpoint and never verifies an ID token.
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
