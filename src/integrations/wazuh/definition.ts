/**
 * Wazuh signs users in to its dashboard with SAML through the OpenSearch security plugin: the
 * indexer's config.yml names authentik's metadata and entity ID, the dashboard receives the
 * response at /_opendistro/_security/saml/acs, and the Roles attribute becomes backend roles.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { configSnippet, dashboardSnippet, help, manualTest, notes, ROLES, rolesSnippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/wazuh/',
    vendor: 'https://documentation.wazuh.com/current/user-manual/user-administration/single-sign-on/index.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Wazuh dashboard URL',
      help: help.url,
      example: 'https://wazuh-dashboard.company',
      preview: 'ACS URL: {url}/_opendistro/_security/saml/acs',
      pages: ['app', '_opendistro', 'api', 'auth', 'login', 'ui', 'plugins', 'goto'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/_opendistro/_security/saml/acs',
    audience: 'wazuh-saml',
    binding: 'post',
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
    customMappings: [{ name: 'Wazuh: Roles', attribute: 'Roles', expression: ROLES }],
  },
  screen: [
    {
      title: 'Indexer: config.yml',
      location: '/etc/wazuh-indexer/opensearch-security/config.yml on the Wazuh indexer',
      format: 'file',
      snippet: configSnippet,
      fields: [
        { label: 'metadata_file', value: '/etc/wazuh-indexer/opensearch-security/wazuh_authentik_meta.xml', help: help.metadata },
        { label: 'idp.entity_id', value: '{entity_id}', help: help.idp },
        { label: 'sp.entity_id', value: '{audience}', help: help.sp },
        { label: 'kibana_url', value: '{url}/' },
        { label: 'roles_key', value: 'Roles', help: help.roles },
        { label: 'exchange_key', value: '', help: help.exchange },
      ],
      notes: [notes.apply],
    },
    {
      title: 'Indexer: roles_mapping.yml',
      location: '/etc/wazuh-indexer/opensearch-security/roles_mapping.yml (apply with securityadmin.sh as well)',
      format: 'file',
      snippet: rolesSnippet,
      fields: [{ label: 'backend_roles', value: 'wazuh-admin' }],
      notes: [notes.group],
    },
    {
      title: 'Dashboard: opensearch_dashboards.yml',
      location: '/etc/wazuh-dashboard/opensearch_dashboards.yml on the Wazuh dashboard',
      format: 'file',
      snippet: dashboardSnippet,
      fields: [
        { label: 'opensearch_security.auth.type', value: 'saml' },
        { label: 'opensearch_security.session.keepalive', value: 'false' },
      ],
      notes: [notes.runAs, notes.restart],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the dashboard’s /_opendistro/_security/saml/acs', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals idp.entity_id in config.yml', why: why.entityId },
    'custom-mappings': { why: why.roles },
  },
  manualTest,
});
