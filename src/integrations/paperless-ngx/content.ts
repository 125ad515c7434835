/** Paperless-ngx prose: the providers JSON, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** One line of JSON: .env and paperless.conf take no line breaks. PKCE as a boolean, as allauth reads it. */
export const providers =
  '{"openid_connect":{"OAUTH_PKCE_ENABLED":true,"SCOPE":["openid","profile","email"],"APPS":[{"provider_id":"{pid}","name":"authentik","client_id":"{client_id}","secret":"{client_secret}","settings":{"server_url":"{discovery_url}","fetch_userinfo":true}}]}}';

export const help = {
  url: 'The address people open Paperless-ngx at. You can paste any Paperless page; the wizard keeps only the address.',
  pid: 'The provider_id in PAPERLESS_SOCIALACCOUNT_PROVIDERS. It is also a segment of the callback URL, so both must stay the same.',
  json: 'Keep it on one line. In a compose file, wrap the value in single quotes.',
  signup: 'Creates users on their first login; the vendor default is false, which shows allauth’s sign-up form instead.',
};

export const notes = {
  recreate: {
    tone: 'info',
    text: 'Recreate the container afterwards (docker compose up -d --force-recreate): a restart does not read new variables.',
  },
  link: { tone: 'info', text: 'Existing users connect their account under My Profile › Connect new social account.' },
  regular: { tone: 'info', text: 'Only after SSO works: PAPERLESS_DISABLE_REGULAR_LOGIN=true (it does not close /admin/ or API passwords).' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'allauth sends the Paperless address followed by /accounts/oidc/<provider_id>/login/callback/, with the trailing slash; anything else gets “Redirect URI Error”.',
  signing: 'allauth verifies the ID token with the keys authentik publishes.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the Paperless-ngx login page and click “authentik” under the login form.',
    'Sign in at authentik.',
    'Log out: you should pass authentik’s logout page.',
  ],
  success: 'You land in Paperless-ngx, signed in (or on allauth’s sign-up page when auto sign-up is off).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Paperless sent another callback: http instead of https, another host, or another provider_id.',
      checkId: 'redirect-errors',
    },
    { message: 'No authentik button on the login page', meaning: 'PAPERLESS_APPS is missing or the providers JSON is not valid JSON.' },
    {
      message: 'Third-Party Login Failure',
      meaning: 'The token exchange or discovery failed: the client secret, or Paperless cannot reach the server_url.',
      checkId: 'discovery',
    },
    { message: 'Sign Up Closed', meaning: 'Sign-ups are disabled and no Paperless account is linked to this user yet.' },
  ],
};
