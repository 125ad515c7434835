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
      pages: ['app', '_opendistro', 'api', 'auth', 'login', 'ui', 'plugins', 'goto'],
    },
  },
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
  /**
   * Wazuh: values copied from https://integrations.goauthentik.io/monitoring/wazuh/ (sections "Create a
   * property mapping", "Create an application and provider", "Wazuh Indexer SAML configuration", "Wazuh
   * dashboard configuration") and Wazuh's single sign-on documentation
   * https://documentation.wazuh.com/current/user-manual/user-administration/single-sign-on/index.html
   * (per-IdP pages: ACS / single sign-on URL `https://<WAZUH_DASHBOARD_URL>/_opendistro/_security/saml/acs`,
   * SP entity ID / audience `wazuh-saml`, roles attribute `Roles` as roles_key; idp.entity_id is the
   * IdP's issuer from its metadata; exchange_key; opensearch_security.auth.type: "saml"), for the example
   * inputs below.
   * Where they disagree: (1) the guide sets authentik's Issuer to `wazuh-saml` and writes that as
   * idp.entity_id, and sets no Audience. The vendor uses the IdP's own entity ID for idp.entity_id and
   * `wazuh-saml` as the audience; that is followed, because the security plugin matches idp.entity_id
   * against the metadata file's entityID and the issuer of every response. (2) The guide offers the
   * Name or the Email mapping for the NameID; Email is used (unique). (3) The guide's text says to add
   * `wazuh_admin` to roles_mapping.yml but its example and property mapping use `wazuh-admin`; the
   * value the mapping sends, `wazuh-admin`, is followed.
   */
  expected: {
    sources: {
      followed:
        'The vendor: idp.entity_id is authentik’s own issuer and wazuh-saml is the audience (the guide overrides authentik’s Issuer with wazuh-saml instead); backend role wazuh-admin as in the guide’s mapping.',
    },
    inputs: { url: 'https://wazuh-dashboard.company' },
    launchUrl: 'https://wazuh-dashboard.company',
    saml: {
      acsUrl: 'https://wazuh-dashboard.company/_opendistro/_security/saml/acs',
      audience: 'wazuh-saml',
      binding: 'post',
      nameId: 'email',
      attributes: ['Roles'],
    },
    appSide: {
      metadata_file: '/etc/wazuh-indexer/opensearch-security/wazuh_authentik_meta.xml',
      'idp.entity_id': 'https://authentik.company/application/saml/wazuh/metadata/',
      'sp.entity_id': 'wazuh-saml',
      kibana_url: 'https://wazuh-dashboard.company/',
      roles_key: 'Roles',
      backend_roles: 'wazuh-admin',
      'opensearch_security.auth.type': 'saml',
      'opensearch_security.session.keepalive': 'false',
    },
  },
});
