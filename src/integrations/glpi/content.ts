/** GLPI prose: the name mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const GIVEN_NAME: CustomSamlMappingSpec = {
  name: 'GLPI: givenname',
  attribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  expression: 'return request.user.name.split(" ", 1)[0]',
};

export const SURNAME: CustomSamlMappingSpec = {
  name: 'GLPI: surname',
  attribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
  expression: 'return request.user.name.split(" ", 1)[-1]',
};

export const help = {
  url: 'GLPI’s URL (Setup › General › URL of the application), with a sub-folder if it has one. You can paste any GLPI page; the wizard keeps only the base address.',
  roundTrip:
    'After you save the configuration, its Service Provider tab shows the AcsUrl (…/samlsso/front/acs/<id>; /plugins/ or /marketplace/ depending on where the plugin lives). Paste it here: it replaces the placeholder ACS URL of the authentik provider.',
};

export const notes = {
  save: {
    tone: 'info',
    text: 'Click Save, then open the authentik configuration again for the next tabs. For GLPI 10 use the older glpisaml plugin of the same author.',
  },
  slo: {
    tone: 'info',
    text: 'Optional, in authentik: set the provider’s SLS URL to the SloUrl from the Service Provider tab, so a GLPI logout also ends the authentik session.',
  },
  rules: { tone: 'info', text: 'Setup › samlSSO › JIT import rules can give new users profiles, groups and entities.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'samlSSO receives the login only at the AcsUrl of this configuration (with its id); with STRICT on it also compares the Destination with it.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of GLPI and click the authentik button on the login page.',
    'Sign in at authentik.',
    'Check under Administration › Users that the user has your email address and name.',
  ],
  success: 'You are signed in to GLPI as the user with your authentik email address; on the first login JIT creates it.',
  errors: [
    {
      message: 'The browser ends up at a “replace-with-the-acsurl-glpi-shows” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy the AcsUrl from GLPI in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'SamlResponse should have at least 1 valid email address for GLPI to find the corresponding GLPI user…',
      meaning: 'The NameID is not the email address and the emailaddress claim is missing: the user has no email in authentik.',
    },
    {
      message: 'An error about the signature, the issuer or the audience (php-saml)',
      meaning: 'The X509 CERTIFICATE, the ENTITY ID or the audience differs from what authentik sends; copy them again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the GLPI application.',
      checkId: 'application-access',
    },
  ],
};
