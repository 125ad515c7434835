/** Mastodon prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of your Mastodon server (LOCAL_DOMAIN or WEB_DOMAIN). You can paste any Mastodon page; the wizard keeps only the address.',
  scope: 'Separated by commas, not spaces: Mastodon splits this value at commas.',
  uid: 'The claim that identifies the account. preferred_username makes new Mastodon usernames match authentik usernames; sub (authentik’s stable id) survives renames.',
  verified: 'Without it Mastodon asks every new user to confirm their email address by mail.',
};

export const notes = {
  usernames: {
    tone: 'warning',
    text: 'With OIDC_UID_FIELD=preferred_username, turn off “Allow users to change username” in authentik (System › Settings): a renamed user could no longer sign in to their Mastodon account.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Mastodon sends OIDC_REDIRECT_URI exactly; authentik refuses any other string with “Redirect URI Error”.',
  usernames: 'Mastodon links accounts by preferred_username (OIDC_UID_FIELD), so a renamed authentik user would arrive as someone new.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart the Mastodon web service and open Mastodon in a private window.',
    'Click “authentik” on the login page and sign in at authentik.',
    'On the first login, confirm the username Mastodon suggests if it asks.',
  ],
  success: 'You are back in Mastodon, signed in; the first login creates the account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'OIDC_REDIRECT_URI differs from the registered callback (http, another host, or a slash).',
      checkId: 'redirect-errors',
    },
    { message: 'There is no “authentik” button on the login page', meaning: 'OIDC_ENABLED is not true, or the web service was not restarted.' },
    {
      message: 'Could not authenticate you from OpenIDConnect because “…”',
      meaning: 'OmniAuth failed: a wrong OIDC_ISSUER or client secret, an unreachable discovery document, or an ID token it could not verify.',
      checkId: 'discovery',
    },
    { message: 'A new user must confirm the email address before signing in', meaning: 'OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED is not true.' },
  ],
};
