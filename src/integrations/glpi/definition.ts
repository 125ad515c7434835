/**
 * GLPI 11 signs users in through the community samlSSO plugin. The plugin shows its ACS URL only
 * after the configuration exists (it carries the configuration's id), so the provider is created
 * with a recognisable placeholder ACS URL on the GLPI host and the round trip writes the real one
 * back. The SP entity ID is GLPI's base URL with a trailing slash. GLPI finds or creates users by
 * the email address and reads the given name and surname from the xmlsoap claims.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { GIVEN_NAME, SURNAME, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/glpi/',
    vendor: 'https://github.com/DonutsNL/samlsso',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'GLPI URL',
      help: help.url,
      example: 'https://glpi.company',
      preview: 'SP entity ID: {url}/',
      pages: ['front', 'plugins', 'marketplace', 'ajax', 'api', 'apirest.php', '*.php'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/replace-with-the-acsurl-glpi-shows',
    // samlSSO's SP entity ID (php-saml sp.entityId) is GLPI's url_base followed by "/".
    audience: '{url}/',
    signingKey: 'any',
    nameId: 'email',
    mappings: ['email'],
    customMappings: [GIVEN_NAME, SURNAME],
  },
  screen: [
    {
      title: 'General and Security',
      location: 'GLPI › Setup › samlSSO › Add (install and enable samlSSO under Setup › Plugins first)',
      fields: [
        { label: 'FRIENDLY NAME', value: 'authentik', help: 'The text of the login button.' },
        { label: 'IS ACTIVE', value: 'Yes' },
        { label: 'STRICT', value: 'Yes', help: 'On the Security tab, like the next one.' },
        { label: 'JIT USER CREATION', value: 'Yes', help: 'Creates the GLPI user on the first login.' },
      ],
      notes: [notes.save],
    },
    {
      title: 'Identity Provider',
      location: 'Setup › samlSSO › authentik › Identity Provider tab',
      fields: [
        { label: 'ENTITY ID', value: '{entity_id}' },
        { label: 'SSO URL', value: '{sso_url}' },
        { label: 'SLO URL', value: '{slo_url}' },
        { label: 'X509 CERTIFICATE', value: '{cert_pem}', help: 'The whole PEM, with the BEGIN and END lines.' },
      ],
      notes: [notes.slo, notes.rules],
    },
  ],
  roundTrip: {
    title: "Copy GLPI's ACS URL back into authentik",
    intro: help.roundTrip,
    where: 'on the Service Provider tab of the samlSSO configuration',
    fields: {
      acs: { label: 'AcsUrl', sets: 'acs_url', help: "Shown on the Service Provider tab. Written into the provider's ACS URL.", example: 'https://glpi.company/marketplace/samlsso/front/acs/1' },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the AcsUrl GLPI shows', why: why.acs },
    audience: { why: 'With STRICT on, GLPI rejects an assertion addressed to another audience than its entity ID, GLPI’s address with a trailing slash.' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the ENTITY ID on the configuration screen', why: 'With STRICT on, GLPI rejects every response whose issuer differs from the ENTITY ID.' },
    'metadata-certificate': { why: 'GLPI checks each signature against the X509 CERTIFICATE; another certificate fails every login.' },
    'custom-mappings': { title: 'The givenname and surname claims are on the provider', why: 'GLPI fills the first and last name of users it creates from these two claims.' },
  },
  manualTest,
});
