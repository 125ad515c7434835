/** Notion prose: the attribute mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const MAPPINGS: readonly CustomSamlMappingSpec[] = [
  { name: 'Notion: emailAddress', attribute: 'emailAddress', expression: 'return request.user.email' },
  {
    name: 'Notion: firstName',
    attribute: 'firstName',
    expression: ['name = request.user.name.strip()', 'return name.split(" ", 1)[0] if name else request.user.username'].join('\n'),
  },
  {
    name: 'Notion: lastName',
    attribute: 'lastName',
    expression: ['name = request.user.name.strip()', 'return name.rsplit(" ", 1)[1] if " " in name else ""'].join('\n'),
  },
  {
    name: 'Notion: profilePhoto',
    attribute: 'profilePhoto',
    expression: ['avatar = request.user.avatar', 'if "://" not in avatar:', '    return ""', 'return avatar'].join('\n'),
  },
];

export const help = {
  idpUrl: 'authentik’s metadata URL: Notion reads the SSO URL, issuer and certificate from it.',
  roundTrip:
    'Notion shows the Assertion Consumer Service (ACS) URL of your workspace in the SAML SSO Configuration dialog. Paste it here: it replaces the placeholder ACS URL of the authentik provider.',
};

export const notes = {
  domains: {
    tone: 'warning',
    text: 'Notion enables SAML SSO only after a workspace owner has verified your email domain. On the Business plan, empty Allowed email domains first if all access should go through authentik.',
  },
  copy: {
    tone: 'info',
    text: 'Copy the Assertion Consumer Service (ACS) URL from the dialog into the next step, then save the SAML SSO configuration.',
  },
  scim: {
    tone: 'info',
    text: 'Provisioning users and groups with SCIM (Enterprise plan) is a separate authentik SCIM provider, not made by this wizard.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Notion receives the login only at the ACS URL of your workspace; the placeholder never reaches Notion.',
};

export const manualTest: ManualTest = {
  steps: [
    'In a private window open https://www.notion.so/login and choose to continue with SAML SSO.',
    'Enter your email address on the verified domain and sign in at authentik.',
  ],
  success: 'You are in your Notion workspace, signed in as the member with your authentik email address.',
  errors: [
    {
      message: 'The browser ends up at a “replace-with-the-acs-url-notion-shows” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy the ACS URL from Notion in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'Notion does not offer SAML SSO for your email address',
      meaning: 'The domain is not verified in Notion, or SAML SSO is not enabled yet.',
    },
    {
      message: 'Notion reports a SAML error after authentik',
      meaning: 'The response does not match what Notion expects: the audience, the NameID (your email address) or the certificate in the metadata.',
      checkId: 'audience',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Notion application.',
      checkId: 'application-access',
    },
  ],
};
