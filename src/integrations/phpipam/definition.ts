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
      preview: 'ACS URL: {url}/index.php?page=saml2',
      // Prettified page paths, the app and api folders, and index.php itself.
      pages: ['*.php', 'app', 'api', 'login', 'dashboard', 'subnets', 'tools', 'administration', 'saml2', 'folder', 'vlan', 'vrf'],
    },
  },
  launchUrl: '{url}',
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
        { label: 'Enable JIT', value: 'Yes', help: help.jit },
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
    'metadata-entity-id': { title: 'authentik’s issuer equals the IDP Issuer on the configuration screen', why: 'phpIPAM rejects responses whose issuer differs from the IDP Issuer it was given.' },
    'custom-mappings': { why: 'phpIPAM refuses to create a user without display_name and email.' },
    'username-changes': { why: 'phpIPAM finds users by the NameID, which is the authentik username; a renamed user arrives as someone new.' },
  },
  manualTest,
});
