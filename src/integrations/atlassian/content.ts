/** Atlassian Cloud prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain: 'A domain verified in admin.atlassian.com (Settings › Domains). Users whose Atlassian email is on it sign in through authentik.',
  entityId: 'Exactly this value. Older versions of authentik’s guide say “authentik”; since authentik 2026.5 the issuer is the metadata URL.',
  policy: 'In the authentication policy for the authentik directory: Add policy, then Edit › Enforce single sign-on › Update.',
  roundTrip:
    'After you click Add, Atlassian shows the Service provider entity URL and the Service provider assertion consumer service URL. Paste both here: they fill the Audience and replace the placeholder ACS URL of the authentik provider.',
};

export const notes = {
  add: {
    tone: 'info',
    text: 'Choose Other provider, name the directory authentik, click Add and enter these values. Atlassian then shows its SP values: copy both into the next step before you continue.',
  },
  guard: {
    tone: 'warning',
    text: 'SAML single sign-on needs an Atlassian Guard subscription. Each user’s authentik email must equal their Atlassian account email.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  entityId: 'Atlassian rejects every response whose issuer differs from the Identity provider Entity ID it was given.',
  certificate: 'Atlassian verifies each signature with the public x509 certificate it was given; another certificate fails every login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Atlassian and open https://id.atlassian.com/login in a private window.',
    'Enter the email of a user on the linked domain and continue; sign in at authentik.',
  ],
  success: 'You land in your Atlassian site signed in as that user; authentik’s events show a successful SAML login for the application.',
  errors: [
    {
      message: 'The browser ends up at a “replace-with-the-acs-url-atlassian-shows” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy both SP values from Atlassian in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'Hmm… We’re having trouble logging you in (authentication-policy-strategy-mismatch)',
      meaning: 'The NameID is not the Atlassian account email, or no policy enforces SSO for this user.',
    },
    {
      message: 'The email address you entered can’t be used to log in here.',
      meaning: 'authentik sent another email than the Atlassian account has, or the domain is not linked.',
    },
    {
      message: 'An error about the issuer or the signature',
      meaning: 'The Identity provider Entity ID or certificate in Atlassian differs from authentik’s. Copy them again.',
      checkId: 'metadata-entity-id',
    },
  ],
};
