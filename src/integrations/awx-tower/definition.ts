/**
 * AWX and automation controller (Ansible Tower, AAP 2.4 and earlier) sign users in through
 * python-social-auth's SAML backend. The ACS URL is <Base URL of the service>/sso/complete/saml/, the
 * SP entity ID is what the admin enters, and users are identified by the attributes named in "SAML
 * Enabled Identity Providers" (authentik's uid, username, email and name).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { contact, help, idps, keypair, manualTest, notes, orgInfo, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/awx-tower/',
    vendor: 'https://docs.ansible.com/projects/awx/en/24.6.1/administration/ent_auth.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'AWX URL',
      help: help.url,
      example: 'https://automation.company',
      pages: [
        'sso',
        'api',
        'login',
        'templates',
        'jobs',
        'projects',
        'inventories',
        'hosts',
        'credentials',
        'organizations',
        'users',
        'teams',
        'settings',
        'schedules',
        'execution_environments',
        'instance_groups',
        'instances',
        'activity_stream',
        'workflow_approvals',
        'notification_templates',
        'applications',
        'credential_types',
        'management_jobs',
        'topology_view',
        'home',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/sso/complete/saml/',
    audience: '{url}',
    binding: 'post',
    signingKey: 'any',
    nameId: 'username',
    mappings: ['username', 'uid', 'email', 'name', 'groups'],
  },
  screen: [
    { title: 'Service provider key pair', location: 'Any shell (once)', format: 'file', snippet: keypair, fields: [], notes: [notes.keypair] },
    {
      title: 'Miscellaneous System settings',
      location: 'Settings › Miscellaneous System settings › Edit',
      fields: [{ label: 'Base URL of the service', value: '{url}', help: help.baseUrl }],
    },
    {
      title: 'SAML settings',
      location: 'Settings › SAML settings › Edit',
      fields: [
        { label: 'SAML Service Provider Entity ID', value: '{url}' },
        { label: 'SAML Service Provider Public Certificate', value: '', help: help.spCert },
        { label: 'SAML Service Provider Private Key', value: '', help: help.spKey },
        { label: 'SAML Service Provider Organization Info', value: orgInfo },
        { label: 'SAML Service Provider Technical Contact', value: contact, help: help.contact },
        { label: 'SAML Service Provider Support Contact', value: contact, help: help.contact },
        { label: 'SAML Enabled Identity Providers', value: idps, help: help.idps },
      ],
      notes: [notes.save, notes.aap],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is AWX’s /sso/complete/saml/', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals entity_id in SAML Enabled Identity Providers', why: why.entityId },
  },
  manualTest,
  /**
   * AWX / Ansible Tower: values copied from https://integrations.goauthentik.io/infrastructure/awx-tower/
   * (sections "Create an application and provider" and "Configure AWX or automation controller") and from
   * the vendor: https://docs.ansible.com/projects/awx/en/24.6.1/administration/ent_auth.html ("SAML settings")
   * with the source (github.com/ansible/awx, awx/sso/conf.py: "SAML Assertion Consumer Service (ACS) URL"
   * = SocialAuthCallbackURL('saml'), i.e. the Base URL of the service + /sso/complete/saml/, depending on
   * TOWER_URL_BASE; the SP entity ID defaults to TOWER_URL_BASE), for the example inputs below.
   * The guide's AWX / automation controller path is used (the AAP 2.5+ path has a placeholder ACS URL and a
   * round trip). Attribute names are the ones the guide puts into SAML Enabled Identity Providers, all of
   * them authentik's managed mappings. The guide does not mention "Base URL of the service", from which
   * AWX builds the ACS URL; the vendor's setting is added.
   */
  expected: {
    sources: { followed: 'vendor for “Base URL of the service” (the guide omits it; AWX derives the ACS URL from it); otherwise they agree' },
    inputs: { url: 'https://automation.company' },
    launchUrl: 'https://automation.company',
    saml: {
      acsUrl: 'https://automation.company/sso/complete/saml/',
      audience: 'https://automation.company',
      binding: 'post',
      attributes: [
        'http://schemas.goauthentik.io/2021/02/saml/username',
        'http://schemas.goauthentik.io/2021/02/saml/uid',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      ],
    },
    appSide: { 'Base URL of the service': 'https://automation.company', 'SAML Service Provider Entity ID': 'https://automation.company' },
  },
});
