/** PowerDNS-Admin's prose: help texts, notes, reasons and the manual test. */
import type { FieldSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address PowerDNS-Admin runs at. You can paste any PowerDNS-Admin page; the wizard keeps only the base address.',
  metadata: 'PowerDNS-Admin reads authentik’s SSO URL, issuer and certificate from this address at start-up.',
  entity: 'PowerDNS-Admin’s SP entity ID; it must equal the provider’s Audience.',
  admin:
    'Optional: members of the authentik group with this name become PowerDNS-Admin administrators. Leave it empty to manage roles in PowerDNS-Admin.',
  cert: 'The path inside the container where you mount the provider’s signing certificate (download it from the provider page in authentik).',
};

export const attributes: FieldSpec[] = [
  { label: 'SAML_ATTRIBUTE_USERNAME', value: 'http://schemas.goauthentik.io/2021/02/saml/username' },
  { label: 'SAML_ATTRIBUTE_NAME', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' },
  { label: 'SAML_ATTRIBUTE_EMAIL', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
  { label: 'SAML_ATTRIBUTE_GROUP', value: 'http://schemas.xmlsoap.org/claims/Group' },
];

export const notes = {
  mount: {
    tone: 'info',
    text: 'Mount the signing certificate into the container, for example ./saml.crt:/saml.crt:ro under volumes in docker-compose.yml, then restart PowerDNS-Admin.',
  },
  admin: { tone: 'info', text: 'SAML_GROUP_ADMIN_NAME is optional; set it to an authentik group name to make its members administrators.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Sign out of PowerDNS-Admin and open its login page.', 'Click the SAML login button.', 'Sign in at authentik.'],
  success: 'You are signed in to PowerDNS-Admin as the authentik username; a new user appears under Users.',
  errors: [
    { message: 'There is no SAML login button', meaning: 'SAML_ENABLED is not True, or PowerDNS-Admin was not restarted after the change.' },
    {
      message: 'Internal Server Error at start-up or on the login page',
      meaning:
        'PowerDNS-Admin could not fetch SAML_METADATA_URL: authentik is unreachable from the container, or the application slug in the URL is wrong.',
      checkId: 'provider-assigned',
    },
    {
      message: 'Invalid issuer in the Assertion/Response',
      meaning: 'The metadata came from another provider; check SAML_METADATA_URL.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Signature validation failed. SAML Response rejected',
      meaning: 'The certificate at SAML_CERT is not the provider’s signing certificate.',
      checkId: 'metadata-certificate',
    },
  ],
};
