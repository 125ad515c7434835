/** Tandoor prose: the provider JSON, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** One line, in single quotes: docker compose's .env parser takes no multi-line values. */
export const PROVIDERS = `'{"openid_connect":{"APPS":[{"provider_id":"authentik","name":"authentik","client_id":"{client_id}","secret":"{client_secret}","settings":{"server_url":"{discovery_url}"}}]}}'`;

export const help = {
  url: 'The address Tandoor runs at. You can paste any Tandoor page; the wizard keeps only the base address.',
  providers: 'provider_id "authentik" is part of the callback URL, so keep it; name is the text on the login button.',
};

export const notes = {
  oneLine: { tone: 'info', text: 'Keep SOCIALACCOUNT_PROVIDERS on one line and in single quotes, exactly as shown.' },
  space: {
    tone: 'info',
    text: 'A new social-login user belongs to no space yet: invite or assign them in Tandoor after their first login, or review Tandoor’s default access settings for social logins first.',
  },
  proxy: {
    tone: 'warning',
    text: 'allauth builds the callback from the request: behind a reverse proxy, pass the Host header and X-Forwarded-Proto https, or authentik receives an http:// callback.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'allauth sends Tandoor’s address followed by /accounts/oidc/authentik/login/callback/, with the trailing slash; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Tandoor, sign out and open the login page.',
    'Click “Sign in using authentik” and sign in at authentik.',
    'On the first login, let an admin add the new user to a space.',
  ],
  success: 'You are signed in to Tandoor with the account created for your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Tandoor sent another callback: http instead of https behind a proxy, another host, or another provider_id.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Third-Party Login Failure (older releases: Social Network Login Failure)',
      meaning: 'allauth could not complete the login: check the client secret and the server_url, and Tandoor’s log for the cause.',
      checkId: 'discovery',
    },
    {
      message: 'There is no “Sign in using authentik” button',
      meaning: 'SOCIAL_PROVIDERS is missing, or SOCIALACCOUNT_PROVIDERS is not valid one-line JSON.',
    },
  ],
};
