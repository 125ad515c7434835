/** Dropbox Sign prose: the name mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const FIRST_NAME: CustomSamlMappingSpec = {
  name: 'Dropbox Sign: FirstName',
  attribute: 'FirstName',
  expression: ['name = request.user.name or request.user.username', 'return name.split(" ", 1)[0]'].join('\n'),
};

export const LAST_NAME: CustomSamlMappingSpec = {
  name: 'Dropbox Sign: LastName',
  attribute: 'LastName',
  expression: ['name = request.user.name or request.user.username', 'return name.rsplit(" ", 1)[-1] if " " in name else ""'].join('\n'),
};

export const help = {
  cert: 'The certificate without the BEGIN and END lines and without line breaks, as shown here.',
  standard: 'Keep it on while you test, so admins can still sign in with their password; turn it off once SSO works.',
};

export const notes = {
  save: { tone: 'info', text: 'Click Save. Then open Dropbox Sign from the authentik application list to test: the login starts at authentik.' },
  plan: {
    tone: 'warning',
    text: 'SAML SSO needs a Dropbox Sign Premium plan. Members must exist in the team with the same email address as in authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Dropbox Sign accepts logins only at https://app.hellosign.com/account/ssoLogIn (capitalisation matters).',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Dropbox Sign.',
    'In the authentik user interface, open the Dropbox Sign application.',
    'Repeat with a test member account before turning off “Allow standard logins for admins”.',
  ],
  success: 'Dropbox Sign opens, signed in as the account with your authentik email address.',
  errors: [
    {
      message: 'Dropbox Sign shows its login page or an SSO error instead of your account',
      meaning:
        'The response did not match: the Identity Provider Issuer, the X.509 Certificate (with header lines or breaks) or the audience differs.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'Dropbox Sign cannot find your account',
      meaning: 'No team member has your authentik email address, which authentik sends as the NameID.',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Dropbox Sign application.',
      checkId: 'application-access',
    },
  ],
};
