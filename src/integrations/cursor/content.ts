/** Cursor prose: the attribute mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const MAPPINGS: readonly CustomSamlMappingSpec[] = [
  { name: 'Cursor: id', attribute: 'id', expression: 'return str(request.user.uuid)' },
  { name: 'Cursor: email', attribute: 'email', expression: 'return request.user.email' },
  {
    name: 'Cursor: firstName',
    attribute: 'firstName',
    expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username',
  },
  { name: 'Cursor: lastName', attribute: 'lastName', expression: 'return request.user.name.rsplit(" ", 1)[-1] if " " in request.user.name else " "' },
];

export const help = {
  acs: 'Cursor dashboard › Settings › Single Sign-On (SSO) › SSO Provider Connection settings: the setup wizard shows it when you create the SAML connection. Copy it exactly.',
  acsRule: 'Paste the ACS URL the Cursor setup wizard shows: an https:// address without spaces.',
  entity: 'Shown next to the ACS URL in the same step. Copy it exactly.',
  entityRule: 'Paste the SP Entity ID the Cursor setup wizard shows, without spaces.',
  metadata: 'When the wizard asks for identity provider information, paste this metadata URL.',
};

export const notes = {
  open: {
    tone: 'info',
    text: 'Keep the Cursor setup wizard open: after the attributes, run its SSO test, finish the wizard, then verify your email domain and configure SSO enforcement.',
  },
  plan: { tone: 'warning', text: 'Cursor SSO needs a Team or Enterprise plan, an organization admin and a verified email domain.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In the Cursor setup wizard, run the SSO test and sign in at authentik.',
    'Later, sign out of Cursor and sign in again with an email address on the verified domain.',
  ],
  success: 'The wizard reports a successful test; signing in later takes you through authentik back into Cursor.',
  errors: [
    {
      message: 'The SSO test fails with a SAML response or signature error',
      meaning:
        'The metadata URL given to the wizard is not this provider’s, or the ACS URL / SP Entity ID in authentik is not what the wizard showed.',
      checkId: 'audience',
    },
    {
      message: 'The SSO test reports missing attributes',
      meaning: 'The id, email, firstName or lastName attribute is not sent, or mapped to the wrong field in the wizard.',
      checkId: 'custom-mappings',
    },
    { message: 'Cursor does not send you to authentik', meaning: 'Your email domain is not verified for SSO in Cursor yet.' },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Cursor application.',
      checkId: 'application-access',
    },
  ],
};
