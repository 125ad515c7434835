/** Prose the two generic entries ("Another app") share. */
import type { ManualTest } from '../../features/wizard/definition/format';

/** https, a loopback http address (desktop apps, CLIs), or an app's own scheme (mobile apps). */
/** What a redirect URI may look like (a regular expression's source, case-insensitive). */
export const REDIRECT = '^(https:\\/\\/[^\\s/?#]+|http:\\/\\/(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?(\\/|$)|[a-z][a-z0-9+.-]*:\\/)\\S*$';

export const help = {
  name: 'How the application is called in authentik and on its launch page.',
  redirect: 'Also called callback URL or reply URL. Copy it from the app’s SSO settings exactly, including any trailing slash.',
  redirectMessage:
    'Paste the redirect URI exactly as the app shows it: https://…, http://localhost… for a desktop app, or the app’s own scheme (app://…).',
  acs: 'Assertion Consumer Service URL, also called reply URL or SSO callback: where the app receives the login.',
  acsMessage: 'Paste the https:// ACS URL the app shows (its SAML settings or SP metadata, AssertionConsumerService Location).',
  entity: 'The app’s own entity ID (or issuer, audience): in its SAML settings or the entityID of its SP metadata.',
  entityMessage: 'The entity ID has no spaces. Copy it from the app’s SAML settings or SP metadata.',
  issuer: 'Keep the trailing slash: authentik’s issuer ends with one.',
  discovery: 'Apps that support discovery need only this, the client ID and the secret.',
  metadata: 'Apps that import IdP metadata need only this URL.',
  nameId: 'authentik sends the user’s email address as the NameID.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the app in a private window and choose to sign in with authentik (or SSO).',
    'Sign in at authentik.',
    'If it fails, come back here and click Check again.',
  ],
  success: 'You are back in the app, signed in as your authentik user.',
  errors: [
    { message: 'Redirect URI Error (on an authentik page)', meaning: 'The app sent another redirect URI than the provider lists.' },
    {
      message: 'Permission denied / Access denied (on an authentik page)',
      meaning: 'authentik’s policies do not allow this user to open the application.',
      checkId: 'application-access',
    },
  ],
};
