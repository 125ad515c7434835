/** Roundcube prose: the scope mapping, the two config blocks, help texts, notes, reasons and the manual test. */
import type { CustomScopeSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The guide's dovecotprofile scope: the profile claims plus "active": true, which Dovecot checks. */
export const DOVECOT_PROFILE: CustomScopeSpec = {
  name: 'Roundcube: dovecotprofile',
  scope: 'dovecotprofile',
  description: 'Profile claims and the active flag Dovecot checks',
  expression: [
    'return {',
    '    "name": request.user.name,',
    '    "given_name": request.user.name,',
    '    "family_name": "",',
    '    "preferred_username": request.user.username,',
    '    "nickname": request.user.username,',
    '    "active": True,',
    '}',
  ].join('\n'),
};

export const roundcube = `$config['oauth_provider'] = 'generic';
$config['oauth_provider_name'] = 'authentik';
$config['oauth_client_id'] = '{client_id}';
$config['oauth_client_secret'] = '{client_secret}';
$config['oauth_auth_uri'] = '{authorize_url}';
$config['oauth_token_uri'] = '{token_url}';
$config['oauth_identity_uri'] = '{userinfo_url}';
$config['oauth_scope'] = 'email openid dovecotprofile offline_access';
$config['oauth_identity_fields'] = ['email'];
$config['oauth_cache'] = 'db';`;

export const dovecot = `auth_mechanisms {
  oauthbearer = yes
  xoauth2 = yes
}

oauth2 {
  tokeninfo_url = {userinfo_url}?access_token=
  # Put the client ID and secret after https:// here: https://<client ID>:<client secret>@<authentik host>/application/o/introspect/
  introspection_url = {ak}/application/o/introspect/
  introspection_mode = post
  force_introspection = yes
  active_attribute = active
  active_value = true
  username_attribute = email
  ssl_client_ca_file = /etc/ssl/certs/ca-certificates.crt
}`;

export const help = {
  url: 'The address Roundcube runs at, including a sub-folder such as /roundcube if it has one. You can paste any Roundcube page; the wizard keeps only the base address.',
  scope:
    'Separated by spaces. dovecotprofile is the custom scope the wizard adds to the provider; offline_access lets Roundcube refresh the mail token.',
  identity: 'Roundcube logs in to IMAP with the email address from the userinfo answer.',
  introspection:
    'Dovecot authenticates to this endpoint with the provider’s client ID and secret written into the URL: https://<client ID>:<client secret>@ followed by authentik’s host and this path.',
};

export const notes = {
  debug: { tone: 'info', text: "To see the OAuth exchange in Roundcube’s log, add $config['oauth_debug'] = true; to config.inc.php." },
  credentials: {
    tone: 'warning',
    text: 'Edit introspection_url before you save: put {client_id}:<client secret>@ right after https:// (the secret is the one on the authentik screen). Without them authentik refuses the introspection and every IMAP login fails.',
  },
  mailserver: {
    tone: 'warning',
    text: 'Every mail server Roundcube talks to must accept XOAUTH2: Dovecot for IMAP, and Postfix through Dovecot SASL for SMTP. Dovecot 2.3 uses the older passdb { driver = oauth2 } form with the same keys in dovecot-oauth2.conf.ext.',
  },
  logout: {
    tone: 'info',
    text: 'Optional, in authentik: on the provider, Advanced protocol settings › Logout URI {url}/index.php/login/backchannel with Logout Method Back-channel, so that signing out of authentik also ends the Roundcube session.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Roundcube sends its own address followed by /index.php/login/oauth; authentik refuses any other string with “Redirect URI Error”.',
  email: 'Roundcube takes the mail login from the email claim of the userinfo answer; without it the login stops.',
  profile: 'Roundcube asks for the dovecotprofile scope, and Dovecot accepts the token only when the answer says "active": true.',
};

export const manualTest: ManualTest = {
  steps: [
    'Reload Dovecot, then open Roundcube in a private window.',
    'Click “Login with authentik” and sign in at authentik with a user whose email address is a mailbox on the mail server.',
    'Open the inbox and send yourself a test message.',
  ],
  success: 'The mailbox opens and the test message is sent and received.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Roundcube sent another address than the provider lists: a sub-folder, http instead of https, or no index.php.',
      checkId: 'redirect-errors',
    },
    {
      message: 'OAuth login failed. Please try again.',
      meaning: 'The token exchange or the userinfo request failed: check the client secret and the three endpoint URLs, and turn on oauth_debug.',
    },
    {
      message: 'Login failed.',
      meaning:
        'authentik signed you in, but Dovecot refused the token: introspection_url lacks the client credentials, the dovecotprofile scope is missing (no "active"), or the email address is not a mailbox.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Authorization server or the user denied the request.',
      meaning: 'authentik refused the login, for example because a policy does not allow this user.',
      checkId: 'application-access',
    },
  ],
};
