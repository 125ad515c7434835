/** Productive prose: the attribute mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const MAPPINGS: readonly CustomSamlMappingSpec[] = [
  {
    name: 'Productive: first_name',
    attribute: 'first_name',
    expression: ['name = request.user.name or request.user.username', 'return name.split(" ", 1)[0]'].join('\n'),
  },
  {
    name: 'Productive: last_name',
    attribute: 'last_name',
    expression: ['name = request.user.name or request.user.username', 'return name.rsplit(" ", 1)[-1] if " " in name else ""'].join('\n'),
  },
];

export const help = {
  acs: 'Productive › Settings › SSO and SCIM shows it as Single Sign-On URL. Copy it exactly.',
  acsRule: 'Paste the Single Sign-On URL Productive shows: an https:// address without spaces.',
  entity: 'Shown as Audience URI on the same page. Copy it exactly.',
  entityRule: 'Paste the Audience URI Productive shows, without spaces.',
};

export const notes = {
  plan: {
    tone: 'info',
    text: 'SSO works on every Productive plan; enforcing SSO and SCIM need the Ultimate plan. Every user needs an email address, and a first and last name if Productive creates the account.',
  },
  scim: { tone: 'info', text: 'SCIM provisioning (optional) is a separate authentik SCIM provider, not made by this wizard.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['In a private window open https://app.productive.io/ and click Use Single Sign-On (SSO).', 'Sign in at authentik.'],
  success: 'Productive opens as the user with your authentik email address.',
  errors: [
    {
      message: 'Productive reports that the SAML response is not signed or invalid',
      meaning: 'The provider does not sign the response, or the metadata Productive read is not this provider’s.',
      checkId: 'saml-signing',
    },
    {
      message: 'Productive reports an audience or destination error',
      meaning: 'The ACS URL or Audience in authentik is not the Single Sign-On URL / Audience URI Productive shows.',
      checkId: 'audience',
    },
    {
      message: 'Productive creates the user without a name',
      meaning: 'first_name and last_name are not sent, or the authentik user has no full name.',
      checkId: 'custom-mappings',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Productive application.',
      checkId: 'application-access',
    },
  ],
};
