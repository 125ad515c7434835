/** YouTrack prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address YouTrack runs at, including a sub-path such as /youtrack if it has one. You can paste any YouTrack page; the wizard keeps only the base address.',
  fingerprint: 'SHA-256 fingerprint of the signing certificate. Update it here whenever you renew or change that certificate.',
  roundTrip:
    'After you click Create, YouTrack shows the new auth module with its ACS URL and SP entity ID. Paste both here: they replace the placeholder ACS URL and fill the Audience of the authentik provider.',
};

export const notes = {
  create: {
    tone: 'info',
    text: 'Click Create. YouTrack then shows the SP entity ID and the ACS URL: copy both into the next step, then enable the module and use Test login.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  entityId: 'YouTrack rejects every response whose issuer differs from the IdP entity ID entered in the auth module.',
  certificate: 'YouTrack checks each signature against the fingerprint entered in the auth module; another certificate fails every login.',
};

export const manualTest: ManualTest = {
  steps: [
    'In YouTrack, open Administration › Access Management › Auth Modules and open the authentik module.',
    'Check that the module is enabled, then click Test login.',
    'Sign in at authentik with a user who also has (or may get) a YouTrack account.',
  ],
  success:
    'YouTrack reports that the test login worked and names the account it signed in. The login page then offers authentik as a way to sign in.',
  errors: [
    {
      message: 'The browser ends up at temp.temp, placeholder.com or a “replace-with-the-acs-url-youtrack-shows” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy the ACS URL and SP entity ID from YouTrack in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'Can’t restore state',
      meaning: 'The provider sends a default relay state that is not on YouTrack’s own host. Leave it empty.',
      checkId: 'relay-state',
    },
    {
      message: 'An error about the signature or the certificate fingerprint',
      meaning:
        'The fingerprint in the auth module is not the one of the certificate authentik signs with, or the certificate was changed. Copy it again from the configuration screen.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'An error about the issuer or the IdP entity ID',
      meaning: 'The IdP entity ID in the auth module differs from authentik’s issuer. Copy it again from the configuration screen.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'authentik shows “Permission denied” or “Access denied”',
      meaning: 'authentik’s policies do not allow this user to open the YouTrack application.',
      checkId: 'application-access',
    },
    {
      message: 'YouTrack creates a second account for someone who already had one',
      meaning: 'The authentik username differs from the one YouTrack knows, for example after a rename.',
      checkId: 'username-changes',
    },
  ],
};
