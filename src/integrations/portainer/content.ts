/** Portainer prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Portainer at, with its port if it has one (9443 without a proxy). You can paste any Portainer page; the wizard keeps only the address.',
  redirect: 'Portainer sends exactly what is typed here. It must equal the provider’s redirect URI, trailing slash included.',
  identifier: 'Portainer names users by this claim. preferred_username is the authentik username; email also works.',
  scopes: 'Separated by spaces: Portainer sends a comma-separated value as one unknown scope.',
  authStyle: 'Leave Auto detect: authentik accepts the secret in the header and in the body.',
};

export const notes = {
  sso: {
    tone: 'info',
    text: 'Turn on “Use SSO” and “Automatic user provisioning”, and pick the Custom provider before filling in the fields. Click Save settings at the end.',
  },
  everyone: {
    tone: 'warning',
    text: 'Portainer creates an account for everyone authentik lets through: restrict who may open the application with authentik bindings.',
  },
  teams: { tone: 'info', text: 'Automatic team membership and admin mapping by claim exist in Portainer Business Edition only.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Portainer sends its Redirect URL field verbatim; authentik compares it character by character, so the trailing slash must be on both sides.',
  username: 'Portainer identifies users by preferred_username, so a renamed authentik user would be provisioned as a new Portainer user.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Portainer and click “Login with OAuth” on the login page.',
    'Sign in at authentik.',
    'As an administrator, check Users for the new account.',
  ],
  success: 'You are back in Portainer, signed in; with automatic provisioning the user now appears under Users.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Redirect URL in Portainer differs from the provider’s: a missing trailing slash or port.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failure Unauthorized / Unable to login via OAuth',
      meaning: 'The token or userinfo call failed: a wrong Client secret, comma-separated Scopes, or no claim for the User identifier.',
    },
    {
      message: 'Not Found (on an authentik page) after clicking login',
      meaning: 'The Authorization URL is not authentik’s global /application/o/authorize/ endpoint.',
      checkId: 'discovery',
    },
  ],
};
