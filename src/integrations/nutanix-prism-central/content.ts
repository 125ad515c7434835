/** Prism Central's prose: help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** Prism Central reads plain `username` and `email` attributes; the NameID carries the email. */
export const MAPPINGS: CustomSamlMappingSpec[] = [
  { name: 'Nutanix username', attribute: 'username', expression: 'return request.user.username' },
  { name: 'Nutanix email', attribute: 'email', expression: 'return request.user.email' },
];

export const help = {
  url: 'The address of Prism Central with its port, usually https://<host>:9440. You can paste any Prism Central page; the wizard keeps only the base address.',
  name: 'Shown on the Prism Central login screen as the button to sign in with.',
  metadata: 'Download the metadata from this address (or from the provider page in authentik) and upload the file with Import Metadata.',
};

export const notes = {
  chain: {
    tone: 'warning',
    text: 'Prism Central does not accept a signing certificate with a chain: the provider’s certificate must be a single certificate.',
  },
  policy: {
    tone: 'warning',
    text: 'SAML users get no permission by default. In Admin Center › IAM › Authorization Policies, create a policy, choose a role and scope, and under Assign Users switch Local User to the authentik identity provider and add users by email address (before pc.2024.1: Roles › Manage Assignment).',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Prism Central and open its login page.',
    'Click the authentik button (the Configuration Name).',
    'Sign in at authentik with a user who has an authorization policy.',
  ],
  success: 'Prism Central opens with the role the authorization policy grants.',
  errors: [
    {
      message: 'There is no authentik button on the login screen',
      meaning: 'The identity provider was not saved in Admin Center › IAM › IdP Configuration.',
    },
    {
      message: 'Signed in, but Prism Central shows no entities or “not authorized”',
      meaning: 'No authorization policy assigns a role to this user’s email address.',
    },
    {
      message: 'An error page of Prism Central right after authentik',
      meaning:
        'Prism Central rejected the response: its metadata is from another provider, the certificate has a chain, or the ACS URL or Audience lacks :9440.',
      checkId: 'acs-url',
    },
    {
      message: 'The user appears with an empty name or email',
      meaning:
        'The Nutanix username and Nutanix email mappings are not on the provider, or the Username and Email Attribute fields differ from username and email.',
      checkId: 'custom-mappings',
    },
  ],
};
