/** Amazon Business prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  acs: 'Business Settings › System integrations › Single Sign-On (SSO) › Other: download Amazon_SP_Metadata.xml from the connection data page and copy the Location of its <AssertionConsumerService>.',
  acsRule: 'Paste the AssertionConsumerService Location from Amazon_SP_Metadata.xml: an https:// address without spaces.',
  entity: 'The entityID at the top of Amazon_SP_Metadata.xml, e.g. https://www.amazon.com for the US store.',
  entityRule: 'Paste the entityID from Amazon_SP_Metadata.xml, without spaces.',
  metadata: 'Upload the file this URL serves (save it as authentik.xml) under Connection data.',
};

export const notes = {
  jit: {
    tone: 'info',
    text: 'Before downloading the SP metadata, Amazon Business asks for the default group and buying role of users it creates on their first login (Just-In-Time).',
  },
  activate: {
    tone: 'info',
    text: 'Confirm that the Amazon metadata is configured in authentik, click Start testing, and Activate only after a test login worked.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In Amazon Business’s SSO setup, click Start testing; in the new window sign in at authentik.',
    'After Activate, open Amazon Business and sign in with an email address of the SSO-enabled account.',
  ],
  success: 'The test succeeds, and Amazon Business opens the business account after the authentik login.',
  errors: [
    {
      message: 'Assertions could not be parsed from the request. Ensure the assertions are being sent and are encrypted by the IDP.',
      meaning: 'Encrypted SAML assertions is On in Amazon Business; authentik sends them unencrypted. Set it to Off.',
    },
    {
      message: 'The test reports a missing email or unique identifier',
      meaning: 'The attribute mapping in Amazon Business does not use authentik’s emailaddress claim name, or the user has no email.',
    },
    {
      message: 'Amazon reports an invalid response, audience or destination',
      meaning: 'The ACS URL or Entity ID in authentik is not the one in Amazon_SP_Metadata.xml, or the response is not signed.',
      checkId: 'audience',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Amazon Business application.',
      checkId: 'application-access',
    },
  ],
};
