/** Placetel prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domains: 'The email domains whose users sign in through authentik, e.g. company.com. Add every domain that should use SSO.',
  metadata: 'Under Import, upload the file this URL serves (save it as authentik.xml): Placetel fills the IdP values from it.',
  spEntity: 'Exactly this, with no trailing slash: it must equal the provider’s Audience.',
};

export const notes = {
  activate: {
    tone: 'warning',
    text: 'Leave Activate Single Sign On unchecked when you first save. Check it and save again only when you are ready to switch Placetel sign-ins to SSO.',
  },
  users: {
    tone: 'info',
    text: 'Placetel creates no users through authentik: each user needs an existing Placetel account with their authentik email address.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open https://accounts.webex.placetel.de and enter the email address of an existing Placetel user.',
    'Click Login and sign in at authentik.',
  ],
  success: 'The Placetel portal opens as the user with your authentik email address.',
  errors: [
    {
      message: 'The login link on the Placetel homepage does not lead to authentik',
      meaning: 'Known limitation: start at https://accounts.webex.placetel.de instead.',
    },
    {
      message: 'Placetel asks for a password instead of sending you to authentik',
      meaning: 'Activate Single Sign On is not checked yet, or your email domain is not listed under Domains.',
    },
    {
      message: 'Placetel reports that the SAML response is invalid',
      meaning: 'The response or assertion is not signed, or the SP Entity ID in Placetel is not https://web.placetel.de.',
      checkId: 'saml-signing',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Placetel application.',
      checkId: 'application-access',
    },
  ],
};
