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
      preview: 'ACS URL: {url}/sso/complete/saml/',
      pages: ['sso', 'api', 'login', 'templates', 'jobs', 'projects', 'inventories', 'hosts', 'credentials', 'organizations', 'users', 'teams', 'settings', 'schedules', 'execution_environments', 'instance_groups', 'instances', 'activity_stream', 'workflow_approvals', 'notification_templates', 'applications', 'credential_types', 'management_jobs', 'topology_view', 'home'],
    },
  },
  launchUrl: '{url}',
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
    {
      title: 'Service provider key pair',
      location: 'Any shell (once)',
      format: 'file',
      snippet: keypair,
      fields: [],
      notes: [notes.keypair],
    },
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
});
