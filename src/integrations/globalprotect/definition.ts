/**
 * GlobalProtect signs users in to a portal or gateway through a SAML authentication profile on the
 * PAN-OS firewall or Panorama. The portal's SAML service provider lives at
 * https://<portal FQDN>:<SAML port>/SAML20/SP (its entity ID) and receives the response at /SAML20/SP/ACS,
 * the port written out. The firewall imports authentik's metadata and reads the username from the
 * attribute named in the authentication profile.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/globalprotect/',
    vendor:
      'https://docs.paloaltonetworks.com/globalprotect/administration/globalprotect-user-authentication/set-up-external-authentication/set-up-saml-authentication',
  },
  inputs: {
    host: {
      type: 'host',
      label: 'Portal or gateway FQDN',
      help: 'The name users connect the GlobalProtect app to, without the port. Portals or gateways with another FQDN each need their own application.',
      example: 'gp.company',
      preview: 'Portal: https://{host}',
    },
    port: {
      type: 'text',
      label: 'SAML port',
      help: '443, unless a custom SAML port is set on the firewall (SAML Authentication for GlobalProtect Portals on Non-Standard Ports).',
      example: '443',
      pattern: '^[0-9]{1,5}$',
      message: 'Enter the port as a number, for example 443.',
      preview: 'ACS URL: …:{port}/SAML20/SP/ACS',
    },
  },
  launchUrl: 'https://{host}',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{host}:{port}/SAML20/SP/ACS',
    audience: 'https://{host}:{port}/SAML20/SP',
    signingKey: 'any',
    nameId: 'persistent',
    mappings: ['username', 'email', 'name', 'groups'],
  },
  screen: [
    {
      title: 'SAML Identity Provider Server Profile',
      location: 'Device › Server Profiles › SAML Identity Provider › Import',
      fields: [
        { label: 'Profile Name', value: 'authentik' },
        { label: 'Identity Provider Metadata', value: '{metadata_url}', help: 'Download the metadata from this address and upload the file.' },
        {
          label: 'Validate Identity Provider Certificate',
          value: 'Off (on only with a certificate profile that trusts the signing certificate’s CA)',
          choice: true,
        },
      ],
    },
    {
      title: 'Authentication Profile',
      location: 'Device › Authentication Profile › Add',
      fields: [
        { label: 'Type', value: 'SAML', choice: true },
        { label: 'IdP Server Profile', value: 'authentik' },
        { label: 'Certificate for Signing Requests', value: 'None', choice: true, help: 'Only if authentik verifies signed requests.' },
        { label: 'Username Attribute', value: 'http://schemas.goauthentik.io/2021/02/saml/username' },
        { label: 'Allow List', value: 'all', choice: true, help: 'On the Advanced tab.' },
      ],
    },
    {
      title: 'Portal and gateways',
      location: 'Network › GlobalProtect › Portals (and Gateways) › Authentication',
      fields: [
        { label: 'Authentication Profile', value: 'The profile above', choice: true },
        {
          label: 'Client Certificate / User Credentials',
          value: 'Yes (User Credentials OR Client Certificate Required)',
          choice: true,
          help: 'When no client certificate is required.',
        },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'The portal needs a trusted, valid TLS certificate: a self-signed or expired one makes the SAML login fail in the GlobalProtect app.',
        },
        { tone: 'info', text: 'Commit the changes.' },
      ],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is the portal’s /SAML20/SP/ACS with its port',
      why: 'GlobalProtect receives the response at https://<FQDN>:<SAML port>/SAML20/SP/ACS, the port written out; another string fails.',
    },
    audience: { why: 'The firewall refuses an assertion whose audience is not https://<FQDN>:<SAML port>/SAML20/SP.' },
    'metadata-certificate': {
      why: 'The firewall checks each signature against the certificate in the metadata it imported; after a certificate change, import the metadata again.',
    },
    'username-changes': { why: 'GlobalProtect names the VPN user after the username attribute; a renamed user loses user-based policy matches.' },
  },
  manualTest: {
    steps: [
      'Open the GlobalProtect app and connect to the portal address.',
      'Sign in at authentik in the app’s browser window.',
      'Check Monitor › Logs › System (subtype auth / globalprotect) on the firewall.',
    ],
    success: 'The app connects; the system log shows a successful SAML authentication for your authentik username.',
    errors: [
      [
        'SAML SSO authentication failed for user “”. Reason: SAML web single-sign-on failed.',
        'The response did not match the SP: ACS URL, audience or port differ, or the signature does not match the imported metadata.',
        'audience',
      ],
      [
        'Authentication failed: Invalid username or password / user not in allow list',
        'The Allow List of the authentication profile excludes the user, or the Username Attribute is not the one authentik sends.',
      ],
      [
        'The GlobalProtect app shows a certificate error before authentik opens',
        'The portal’s TLS certificate is not trusted by the client; bind a valid certificate.',
      ],
    ],
  },
  /**
   * Palo Alto GlobalProtect: values copied from https://integrations.goauthentik.io/networking/globalprotect/
   * (sections "Create an application and provider": ACS https://gp.company:443/SAML20/SP/ACS, Audience
   * https://gp.company:443/SAML20/SP; "Create an authentication profile": Username Attribute
   * http://schemas.goauthentik.io/2021/02/saml/username, Allow List all) and Palo Alto's "Set Up SAML
   * Authentication" (the firewall's SP entity ID and ACS are the portal FQDN with the SAML port and
   * /SAML20/SP, /SAML20/SP/ACS; metadata import), for the inputs below. They agree.
   */
  expected: {
    inputs: { host: 'gp.company', port: '443' },
    launchUrl: 'https://gp.company',
    saml: {
      acsUrl: 'https://gp.company:443/SAML20/SP/ACS',
      audience: 'https://gp.company:443/SAML20/SP',
      binding: 'post',
      attributes: ['http://schemas.goauthentik.io/2021/02/saml/username'],
    },
    appSide: {
      'Username Attribute': 'http://schemas.goauthentik.io/2021/02/saml/username',
      'Allow List': 'all',
      'Identity Provider Metadata': 'https://authentik.company/application/saml/globalprotect/metadata/',
    },
  },
});
