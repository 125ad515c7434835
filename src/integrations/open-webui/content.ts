/** Open WebUI prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Open WebUI at; it becomes WEBUI_URL. You can paste any Open WebUI page; the wizard keeps only the address.',
  provider: 'The full discovery URL, not the issuer.',
  merge: 'Links a first SSO login to an existing local account with the same email address. Keep it only if authentik’s email addresses are trusted.',
};

export const notes = {
  persistent: {
    tone: 'warning',
    text: 'Open WebUI stores these settings in its database on the first start and then ignores the environment. Set ENABLE_OAUTH_PERSISTENT_CONFIG=false, or change them under Admin Panel › Settings.',
  },
  names: {
    tone: 'info',
    text: 'Use exactly these names: OIDC_CONFIG, OPENID_CLIENT_ID and WEBUI_OIDC_CLIENT_ID do not exist. Restart Open WebUI afterwards.',
  },
  login: { tone: 'info', text: 'Once SSO works, ENABLE_LOGIN_FORM=false hides the local login form.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Open WebUI sends OPENID_REDIRECT_URI, its address followed by /oauth/oidc/callback; any other string gets “Redirect URI Error”.',
  encryption: 'The guide and authentik issue #16491: an encrypted ID token breaks the Open WebUI login after the redirect.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Open WebUI in a private window and click “Continue with authentik”.',
    'Sign in at authentik.',
    'As an administrator, check Admin Panel › Users for the new account.',
  ],
  success: 'You are back in Open WebUI, signed in; on the first login the account is created.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'WEBUI_URL or OPENID_REDIRECT_URI differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'A login loop or a 401 after the redirect',
      meaning: 'Wrong variable names, or the database still holds older OAuth settings (persistent config).',
    },
    {
      message: 'mismatching_state: CSRF Warning! State not equal in request and response',
      meaning: 'The session cookie was lost: use one WEBUI_SECRET_KEY for all replicas, or sticky sessions.',
    },
  ],
};
