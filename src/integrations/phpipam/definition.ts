/**
 * phpIPAM signs users in through a SAML2 authentication method (php-saml). Its ACS is
 * index.php?page=saml2 on the phpIPAM address, its SP entity ID is the "Client ID" field, it takes the
 * username from the NameID and, with JIT on, creates the user from display_name and email.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, MAPPINGS, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/phpipam/',
    vendor: 'https://github.com/phpipam/phpipam/blob/master/doc/Authentication/SAML2.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'phpIPAM URL',
      help: help.url,
      example: 'https://phpipam.company',
      // Prettified page paths, the app and api folders, and index.php itself.
      pages: ['*.php', 'app', 'api', 'login', 'dashboard', 'subnets', 'tools', 'administration', 'saml2', 'folder', 'vlan', 'vrf'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/index.php?page=saml2',
    audience: '{url}/',
    signingKey: 'any',
    nameId: 'username',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'SAML2 authentication',
      location: 'Administration › Authentication Methods › Create New › SAML2 Authentication',
      fields: [
        { label: 'Description', value: 'authentik' },
        { label: 'Enable JIT', value: 'Yes', choice: true, help: help.jit },
        { label: 'Client ID', value: '{url}/', help: help.clientId },
        { label: 'IDP Issuer', value: '{entity_id}' },
        { label: 'IDP Login url', value: '{sso_url}' },
        { label: 'IDP Logout url', value: '{slo_url}', help: help.logout },
        { label: 'IDP X.509 public cert', value: '{cert_pem}', help: help.cert },
      ],
      notes: [{ tone: 'info', text: 'Click Save.' }, notes.pretty, notes.roles],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is phpIPAM’s index.php?page=saml2' },
    audience: { why: 'phpIPAM rejects assertions not addressed to its Client ID.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the IDP Issuer on the configuration screen',
      why: 'phpIPAM rejects responses whose issuer differs from the IDP Issuer it was given.',
    },
    'custom-mappings': { why: 'phpIPAM refuses to create a user without display_name and email.' },
    'username-changes': { why: 'phpIPAM finds users by the NameID, which is the authentik username; a renamed user arrives as someone new.' },
  },
  manualTest,
  /**
   * phpIPAM: values copied from https://integrations.goauthentik.io/infrastructure/phpipam/ (sections
   * "Create property mappings", "Create an application and provider" and "phpIPAM configuration") and
   * from the vendor: https://github.com/phpipam/phpipam/blob/master/doc/Authentication/SAML2.md ("SAML2
   * Connection Settings", "Automatic user (JIT) provisioning": display_name and email mandatory) with
   * app/saml2/index.php (ACS = create_link('saml2'), which is index.php?page=saml2 without Prettify
   * links; the username is the NameID), for the example inputs below.
   * Where they disagree: the guide gives IDP Login url and IDP Logout url as the unified endpoint
   * …/application/saml/<slug>/, which only newer authentik releases serve; the redirect-binding SSO
   * and SLO endpoints (served by every supported release) are followed, as for YouTrack. The guide's
   * optional is_admin/groups/modules mappings name site-specific groups and are not expected.
   */
  expected: {
    sources: {
      followed:
        'redirect-binding SSO/SLO endpoints instead of the guide’s unified …/application/saml/<slug>/ URL, which older supported authentik releases do not serve',
    },
    inputs: { url: 'https://phpipam.company' },
    launchUrl: 'https://phpipam.company',
    saml: {
      acsUrl: 'https://phpipam.company/index.php?page=saml2',
      audience: 'https://phpipam.company/',
      binding: 'post',
      nameId: 'username',
      attributes: ['display_name', 'email'],
    },
    appSide: {
      Description: 'authentik',
      'Client ID': 'https://phpipam.company/',
      'IDP Issuer': 'https://authentik.company/application/saml/phpipam/metadata/',
      'IDP Login url': 'https://authentik.company/application/saml/phpipam/sso/binding/redirect/',
      'IDP Logout url': 'https://authentik.company/application/saml/phpipam/slo/binding/redirect/',
    },
  },
});
