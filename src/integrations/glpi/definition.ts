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
  docs: { authentik: 'https://integrations.goauthentik.io/documentation/glpi/', vendor: 'https://github.com/DonutsNL/samlsso' },
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
        { label: 'IS ACTIVE', value: 'Yes', choice: true },
        { label: 'STRICT', value: 'Yes', choice: true, help: 'On the Security tab, like the next one.' },
        { label: 'JIT USER CREATION', value: 'Yes', choice: true, help: 'Creates the GLPI user on the first login.' },
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
      acs: {
        label: 'AcsUrl',
        sets: 'acs_url',
        help: "Shown on the Service Provider tab. Written into the provider's ACS URL.",
        example: 'https://glpi.company/marketplace/samlsso/front/acs/1',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the AcsUrl GLPI shows', why: why.acs },
    audience: {
      why: 'With STRICT on, GLPI rejects an assertion addressed to another audience than its entity ID, GLPI’s address with a trailing slash.',
    },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the ENTITY ID on the configuration screen',
      why: 'With STRICT on, GLPI rejects every response whose issuer differs from the ENTITY ID.',
    },
    'metadata-certificate': { why: 'GLPI checks each signature against the X509 CERTIFICATE; another certificate fails every login.' },
    'custom-mappings': {
      title: 'The givenname and surname claims are on the provider',
      why: 'GLPI fills the first and last name of users it creates from these two claims.',
    },
  },
  manualTest,
  /**
   * GLPI: values copied from https://integrations.goauthentik.io/documentation/glpi/ (sections "Create a
   * SAML application in GLPI", "Create property mappings", "Create an application and provider" and
   * "Configure the identity provider") and from the vendor: https://github.com/DonutsNL/samlsso (v1.2.7
   * source: src/Config/ConfigEntity.php getPhpSamlConfig() sp.entityId = url_base + '/',
   * ACS = PLUGIN_SAMLSSO_WEBDIR + 'front/acs/' + <config id>, WEBDIR = url_base + '/marketplace/samlsso/'
   * (or /plugins/samlsso/); src/LoginFlow/User.php reads …/claims/emailaddress (required),
   * …/claims/givenname and …/claims/surname; src/Config/ConfigItem.php form titles FRIENDLY NAME,
   * ENTITY ID, SSO URL, SLO URL, X509 CERTIFICATE), for the example inputs below. The round-trip
   * value follows the vendor's shape for a Marketplace install with configuration id 1.
   * Where they disagree: the guide sets no Audience; the plugin's SP entity ID is https://glpi.company/
   * and php-saml in strict mode checks an audience when one is sent, so the vendor's entity ID is used.
   * The guide's SSO/SLO URL is the unified endpoint of newer releases; the redirect-binding URLs every
   * supported release serves are written instead (php-saml sends the AuthnRequest by redirect).
   */
  expected: {
    sources: {
      followed:
        'vendor for the audience (the plugin’s SP entity ID, url_base + "/"; the guide leaves it empty); guide, as the redirect-binding literal, for the SSO and SLO URLs, which every supported authentik release serves',
    },
    inputs: { url: 'https://glpi.company' },
    launchUrl: 'https://glpi.company',
    roundTrip: { acs: 'https://glpi.company/marketplace/samlsso/front/acs/1' },
    saml: {
      acsUrl: 'https://glpi.company/marketplace/samlsso/front/acs/1',
      audience: 'https://glpi.company/',
      binding: 'post',
      nameId: 'email',
      attributes: [
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
      ],
      signAssertion: true,
    },
    appSide: {
      'FRIENDLY NAME': 'authentik',
      'ENTITY ID': 'https://authentik.company/application/saml/glpi/metadata/',
      'SSO URL': 'https://authentik.company/application/saml/glpi/sso/binding/redirect/',
      'SLO URL': 'https://authentik.company/application/saml/glpi/slo/binding/redirect/',
    },
  },
});
