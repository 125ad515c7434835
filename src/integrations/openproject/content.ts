/** OpenProject prose: the profile scope mapping, help texts, notes, reasons and the manual test. */
import type { CustomScopeSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The guide's profile mapping: OpenProject needs separate first and last names. */
export const PROFILE: CustomScopeSpec = {
  name: 'OpenProject Profile Scope',
  scope: 'profile',
  description: 'Profile with first_name and last_name for OpenProject',
  expression: `name = request.user.name or request.user.username
first_name, _, last_name = name.rpartition(" ")

return {
    "name": name,
    "given_name": first_name or name,
    "family_name": last_name or name,
    "preferred_username": request.user.username,
    "nickname": request.user.username,
    "groups": [group.name for group in request.user.groups.all()],
    "first_name": first_name or name,
    "last_name": last_name or name,
}`,
};

export const help = {
  url: 'OpenProject’s public address (its host name setting, with https). You can paste any OpenProject page; the wizard keeps only the base address.',
  display: 'OpenProject derives the callback from this name: authentik gives /auth/oidc-authentik/callback. Another name needs another redirect URI.',
  discovery: 'Choose “I have a discovery endpoint URL”. OpenProject then fills Advanced configuration › Metadata by itself.',
};

export const notes = {
  enterprise: {
    tone: 'warning',
    text: 'OpenID providers are an OpenProject Enterprise add-on (OpenProject 15 or later for custom providers). Without an active Enterprise token the + OpenID provider button is missing.',
  },
  finish: {
    tone: 'info',
    text: 'Click Finish setup. OpenProject shows the redirect URI in the side panel: it must read {url}/auth/oidc-authentik/callback.',
  },
  groups: {
    tone: 'info',
    text: 'Optional: “Synchronize groups” reads the groups claim this mapping sends. OpenProject then removes every group membership the claim does not list.',
  },
  logout: {
    tone: 'info',
    text: 'Optional back-channel logout, not set up by the wizard: in the provider set Logout URI {url}/auth/oidc-authentik/backchannel-logout and Logout Method Back-channel.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'OpenProject sends its address followed by /auth/oidc-<display name>/callback; with the display name authentik any other string gets “Redirect URI Error”.',
  mapping: 'OpenProject refuses to create users without a first and last name; authentik’s default profile mapping sends only the full name.',
  email: 'OpenProject creates and matches users by the email address from userinfo.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of OpenProject and open the login page.',
    'Click authentik and sign in at authentik.',
    'As an administrator, check Administration › Users for the new account and its names.',
  ],
  success: 'You are back in OpenProject, signed in; a first login creates the account with first name, last name and email from authentik.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The display name is not authentik, or OpenProject’s host name or protocol setting differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'First name can’t be blank / Last name can’t be blank',
      meaning:
        'The provider still uses authentik’s default profile mapping instead of the OpenProject one, or the attribute mapping is not first_name / last_name.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Email can’t be blank',
      meaning: 'The login carried no email address: the user has none, or the email scope is missing.',
      checkId: 'email-claim',
    },
  ],
};
