/** Seafile prose: the seahub_settings.py block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `CSRF_TRUSTED_ORIGINS = ["{url}"]

ENABLE_OAUTH = True

OAUTH_CLIENT_ID = "{client_id}"
OAUTH_CLIENT_SECRET = "{client_secret}"

OAUTH_REDIRECT_URL = "{redirect_uri}"
OAUTH_PROVIDER = "authentik"
OAUTH_PROVIDER_DOMAIN = "authentik"
OAUTH_AUTHORIZATION_URL = "{authorize_url}"
OAUTH_TOKEN_URL = "{token_url}"
OAUTH_USER_INFO_URL = "{userinfo_url}"
OAUTH_SCOPE = ["openid", "profile", "email"]

OAUTH_ATTRIBUTE_MAP = {
    "sub": (True, "uid"),
    "name": (False, "name"),
    "email": (False, "contact_email"),
}`;

export const help = {
  url: 'Seafile’s SERVICE_URL: the address people open Seafile at. You can paste any Seafile page; the wizard keeps only the address.',
};

export const notes = {
  attributes: {
    tone: 'info',
    text: 'OAUTH_ATTRIBUTE_MAP keys accounts on authentik’s sub (its stable user id) and takes the name and contact email from userinfo. Seafile before 11.0 used another map (email as the unique key).',
  },
  sso: {
    tone: 'info',
    text: 'Optional: LOGIN_URL = "{url}/oauth/login/" sends everyone straight to authentik; CLIENT_SSO_VIA_LOCAL_BROWSER = True lets desktop clients sign in through the system browser.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Seafile sends OAUTH_REDIRECT_URL exactly, ending in /oauth/callback/ with a slash; authentik refuses any other string with “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Seahub and open Seafile’s login page in a private window.',
    'Click “Single Sign-On” and sign in at authentik.',
    'As an administrator, check System Admin › Users: the new user’s contact email is the authentik address.',
  ],
  success: 'You land on the Seafile dashboard, signed in; the first login creates the account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'OAUTH_REDIRECT_URL differs from the registered one, often by the trailing slash.',
      checkId: 'redirect-errors',
    },
    { message: 'There is no “Single Sign-On” button', meaning: 'ENABLE_OAUTH is not True, or Seahub was not restarted.' },
    {
      message: 'Error, please contact administrator (after authentik)',
      meaning:
        'Seahub failed the token exchange or the userinfo call: check the client secret and the three endpoint URLs; seahub.log has the details.',
    },
    { message: 'CSRF verification failed. Request aborted.', meaning: 'CSRF_TRUSTED_ORIGINS does not list the Seafile address.' },
  ],
};
