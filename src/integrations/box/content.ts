/** Box prose: the attribute mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const MAPPINGS: readonly CustomSamlMappingSpec[] = [
  { name: 'Box: email', attribute: 'email', expression: 'return request.user.email' },
  {
    name: 'Box: firstName',
    attribute: 'firstName',
    expression: ['name = request.user.name.strip()', 'return name.split(" ", 1)[0] if name else ""'].join('\n'),
  },
  {
    name: 'Box: lastName',
    attribute: 'lastName',
    expression: ['name = request.user.name.strip()', 'return name.rsplit(" ", 1)[1] if " " in name else ""'].join('\n'),
  },
];

export const help = {
  metadata: 'Attach the file this URL serves (or the URL itself) to the Box SSO Setup Support Form: Box support configures the connection from it.',
  entityId: 'Box calls it Entity ID, Connection ID or External Key: authentik’s issuer.',
  redirect: 'authentik’s SAML endpoint, where Box sends users to sign in.',
};

export const notes = {
  form: {
    tone: 'info',
    text: 'Box does not take these values in the Admin Console: open Enterprise Settings › User Settings › Configure Single Sign-On (SSO) for All Users › Configure, submit the Box SSO Setup Support Form and give Box these values with the metadata. Box confirms when the connection is ready.',
  },
  required: {
    tone: 'warning',
    text: 'Test with SSO Test Mode first. Enable SSO Required only after a test login worked: it limits managed users to SSO, and Box treats it as a critical administrator action.',
  },
  plan: {
    tone: 'warning',
    text: 'Box SSO needs a Business or Enterprise account. Every user needs an email address in authentik, and a first and last name if Box creates accounts on the fly.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In the Box Admin Console, open Enterprise Settings › User Settings and enable SSO Test Mode.',
    'In a private window open Box, click Sign In with SSO and enter the email address of a managed Box user.',
    'Sign in at authentik; once it works, disable SSO Test Mode and enable SSO Required.',
  ],
  success: 'Box opens the managed user’s account after the authentik login.',
  errors: [
    {
      message: 'Box says SSO is not configured or stays on its own password form',
      meaning: 'Box support has not finished the configuration from the support form yet, or SSO Test Mode is off.',
    },
    {
      message: 'Box reports an invalid SAML response or signature',
      meaning: 'The certificate Box holds is not the one authentik signs with, or the issuer differs from the Entity ID given to Box.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'Box reports that the audience or recipient is wrong',
      meaning: 'The provider’s Audience is not box.net or its ACS URL is not Box’s.',
      checkId: 'audience',
    },
    {
      message: 'Box cannot find or create the user',
      meaning:
        'The NameID (the authentik email) matches no managed Box user and on-the-fly registration is off, or the user has no first or last name.',
      checkId: 'custom-mappings',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Box application.',
      checkId: 'application-access',
    },
  ],
};
