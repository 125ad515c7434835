/** Wazuh prose: the indexer and dashboard files, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const ROLES = 'if ak_is_group_member(request.user, name="wazuh-administrators"):\n    yield "wazuh-admin"';

export const configSnippet = `authc:
  basic_internal_auth_domain:
    description: "Authenticate SAML against internal users database"
    http_enabled: true
    transport_enabled: true
    order: 0
    http_authenticator:
      type: basic
      challenge: false
    authentication_backend:
      type: intern
  saml_auth_domain:
    http_enabled: true
    transport_enabled: false
    order: 1
    http_authenticator:
      type: saml
      challenge: true
      config:
        idp:
          metadata_file: "/etc/wazuh-indexer/opensearch-security/wazuh_authentik_meta.xml"
          entity_id: "{entity_id}"
        sp:
          entity_id: "{audience}"
        kibana_url: "{url}/"
        roles_key: Roles
        exchange_key: "<output of openssl rand -hex 32>"
    authentication_backend:
      type: noop`;

export const rolesSnippet = `all_access:
  reserved: true
  hidden: false
  backend_roles:
    - "wazuh-admin"
    - "admin"
  hosts: []
  users: []
  and_backend_roles: []
  description: "Maps admin to all_access"`;

export const dashboardSnippet = `opensearch_security.auth.type: "saml"
server.xsrf.allowlist: ["/_opendistro/_security/saml/acs", "/_opendistro/_security/saml/logout", "/_opendistro/_security/saml/acs/idpinitiated"]
opensearch_security.session.keepalive: false`;

export const help = {
  url: 'The address of the Wazuh dashboard. You can paste any dashboard page; the wizard keeps only the address.',
  metadata:
    'Download the provider’s metadata in authentik (Providers › this provider › Related objects › Metadata › Download) and save it under this name; chown it to wazuh-indexer:wazuh-indexer.',
  idp: 'authentik’s issuer: it must equal the entityID in the metadata file.',
  sp: 'Wazuh’s SP entity ID; it is the provider’s Audience.',
  exchange: 'A random key of at least 32 characters: openssl rand -hex 32.',
  roles: 'The SAML attribute that carries the backend roles; the provider sends wazuh-admin to members of wazuh-administrators.',
};

export const notes = {
  apply: {
    tone: 'info',
    text: 'Apply each changed indexer file with securityadmin.sh: export JAVA_HOME=/usr/share/wazuh-indexer/jdk/ && bash /usr/share/wazuh-indexer/plugins/opensearch-security/tools/securityadmin.sh -f <file> -icl -key /etc/wazuh-indexer/certs/admin-key.pem -cert /etc/wazuh-indexer/certs/admin.pem -cacert /etc/wazuh-indexer/certs/root-ca.pem -h <indexer host> -nhnv',
  },
  group: {
    tone: 'info',
    text: 'Create the authentik group wazuh-administrators and add the users who get Wazuh admin rights; the Roles mapping sends wazuh-admin for them.',
  },
  runAs: {
    tone: 'info',
    text: 'If run_as is true in /usr/share/wazuh-dashboard/data/wazuh/config/wazuh.yml, also add a role mapping under Server management › Security › Roles mapping: User field backend_roles, FIND, value wazuh-admin.',
  },
  restart: { tone: 'info', text: 'Restart the dashboard: sudo systemctl restart wazuh-dashboard.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'The dashboard receives SAML responses only at /_opendistro/_security/saml/acs.',
  audience: 'The security plugin accepts only assertions for its sp.entity_id, wazuh-saml.',
  entityId: 'The security plugin rejects a response whose issuer differs from idp.entity_id in config.yml.',
  roles: 'Wazuh gives rights by backend role, which it reads from the Roles attribute; without it a user signs in with no rights.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the Wazuh dashboard in a private window: it sends you to authentik.',
    'Sign in with a member of wazuh-administrators.',
    'Open the menu and check that the admin pages are available.',
  ],
  success: 'The Wazuh dashboard opens with the rights of the all_access role.',
  errors: [
    {
      message: '401 Unauthorized after authentik',
      meaning: 'The indexer rejected the response: idp.entity_id or the metadata file do not match authentik, or the audience is not wazuh-saml.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Signed in, but “no permissions” or an empty menu',
      meaning: 'The Roles attribute is missing or roles_mapping.yml does not map wazuh-admin (or run_as needs a role mapping).',
      checkId: 'custom-mappings',
    },
    {
      message: 'The dashboard still shows the basic login form',
      meaning: 'opensearch_security.auth.type is not saml, or the dashboard was not restarted.',
    },
  ],
};
