/** phpIPAM's prose: help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The two attributes phpIPAM requires for just-in-time provisioning. */
export const MAPPINGS: CustomSamlMappingSpec[] = [
  { name: 'phpIPAM: display_name', attribute: 'display_name', expression: 'return request.user.name' },
  { name: 'phpIPAM: email', attribute: 'email', expression: 'return request.user.email' },
];

export const help = {
  url: 'The address phpIPAM runs at, including a sub-folder if it is installed in one. You can paste any phpIPAM page; the wizard keeps only the base address.',
  clientId: 'phpIPAM’s SP entity ID. It must equal the provider’s Audience, with the trailing slash.',
  jit: 'Creates and updates phpIPAM users from display_name and email on each login.',
  logout: 'authentik’s single logout endpoint.',
  cert: 'The provider’s signing certificate; phpIPAM verifies every assertion with it.',
};

export const notes = {
  roles: {
    tone: 'info',
    text: 'Users created this way are normal users without groups. To set roles from authentik, add SAML mappings for is_admin (true/false), groups (comma-separated phpIPAM group names) and modules (for example *:1 for read access everywhere), as phpIPAM’s SAML2 documentation describes.',
  },
  pretty: {
    tone: 'warning',
    text: 'The ACS URL uses index.php?page=saml2. If you turned on Strict mode, phpIPAM also needs “Prettify links” and then expects /saml2/: leave Strict mode off, or change the provider’s ACS URL to the address phpIPAM uses.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Sign out of phpIPAM and open its login page.',
    'Click the SAML2 login link (it carries the Description you entered).',
    'Sign in at authentik.',
  ],
  success: 'You land on the phpIPAM dashboard, signed in as the authentik username; a new user appears under Administration › Users.',
  errors: [
    {
      message: 'Invalid issuer in the Assertion/Response',
      meaning: 'The IDP Issuer in phpIPAM is not the provider’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Signature validation failed. SAML Response rejected',
      meaning: 'The IDP X.509 public cert is not the provider’s signing certificate.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'The response was received at … instead of …',
      meaning: 'phpIPAM (Strict mode) expects another ACS URL than the provider’s, usually /saml2/ with Prettify links.',
      checkId: 'acs-url',
    },
    {
      message: 'Invalid username or password (after returning from authentik)',
      meaning: 'Enable JIT is off and no phpIPAM user has this username, or display_name or email arrived empty.',
      checkId: 'custom-mappings',
    },
  ],
};
