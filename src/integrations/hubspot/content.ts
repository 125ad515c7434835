/** HubSpot prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  roundTrip:
    'HubSpot shows its Audience URI and ACS URL in the same SSO setup panel. Paste both here: they replace the placeholder ACS URL and fill the Audience of the authentik provider. Then click Verify in HubSpot.',
  certificate: 'The whole PEM, with the BEGIN and END lines.',
};

export const notes = {
  panel: {
    tone: 'info',
    text: 'Settings › Security › Login: click Setup Portal Login Settings (or Set up under Configure single sign-on (SSO)), then open the All Other Identity Providers tab. Keep the panel open: copy the Audience URI and ACS URL into the next step, then click Verify.',
  },
  plan: {
    tone: 'warning',
    text: 'HubSpot SSO needs a Professional or Enterprise account (or trial) and a Super Admin. HubSpot identifies users by email: each user’s authentik email must be their HubSpot email.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In HubSpot’s SSO setup panel, click Verify and sign in at authentik.',
    'In a private window open HubSpot’s login page, click Log in with SSO and enter the email address of a HubSpot user who also exists in authentik.',
  ],
  success:
    'HubSpot reports that the verification succeeded; in the private window you are in the HubSpot account as the user with your authentik email.',
  errors: [
    {
      message: 'The browser ends up at a “replace-with-the-acs-url-hubspot-shows” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy the ACS URL and Audience URI from HubSpot in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'HubSpot’s verification fails with a SAML or certificate error',
      meaning: 'The X.509 Certificate or the Identity Provider Identifier in HubSpot is not authentik’s; copy both again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'HubSpot says the user cannot be found or has no access',
      meaning: 'The NameID (the authentik email) is not the email address of a user in this HubSpot account.',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the HubSpot application.',
      checkId: 'application-access',
    },
  ],
};
