/** Zabbix prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const USERNAME = 'http://schemas.goauthentik.io/2021/02/saml/username';
export const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

export const help = {
  url: 'The public address of the Zabbix frontend, with its path (e.g. https://zabbix.company/zabbix). You can paste any frontend page; the wizard keeps the address up to the .php page.',
  cert: 'The whole PEM, with the BEGIN and END lines. Zabbix reads the IdP certificate from this file unless certificates are stored in the database ($SSO[CERT_STORAGE]), where you paste it in the SAML settings instead.',
  username: 'Zabbix matches this attribute against the Zabbix username.',
  spEntityId: 'The frontend address; it is the provider’s Audience.',
};

export const notes = {
  prereq: { tone: 'info', text: 'Zabbix needs php-openssl for SAML. Click Update to save.' },
  users: {
    tone: 'warning',
    text: 'Without JIT provisioning every user must already exist in Zabbix with their authentik username. For JIT, set Group name attribute to http://schemas.xmlsoap.org/claims/Group and the email media attribute to http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress; authentik sends both.',
  },
  proxy: {
    tone: 'info',
    text: 'Behind an HTTPS-terminating reverse proxy, set $SSO[SETTINGS] in conf/zabbix.conf.php with baseurl {url}/ and use_proxy_headers true, or Zabbix builds its SAML URLs with the internal http address.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Zabbix receives SAML responses only at index_sso.php?acs under the frontend path.',
  audience: 'Zabbix (php-saml) rejects an assertion whose audience is not its SP entity ID.',
  entityId: 'Zabbix rejects a response whose issuer differs from the IdP entity ID.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Zabbix and click “Sign in with Single Sign-On (SAML)” on the login page.',
    'Sign in at authentik with a user whose username exists in Zabbix (or with JIT provisioning on).',
  ],
  success: 'The Zabbix dashboard opens as the Zabbix user with your authentik username.',
  errors: [
    {
      message: 'There is no “Sign in with Single Sign-On (SAML)” link',
      meaning: 'SAML authentication is not enabled in Users › Authentication › SAML settings.',
    },
    {
      message: 'Zabbix refuses the login after authentik (unknown user)',
      meaning: 'No Zabbix user has the username from the Username attribute, and JIT provisioning is off.',
    },
    {
      message: 'Invalid audience / issuer / signature (in the Zabbix error)',
      meaning: 'SP entity ID, IdP entity ID or idp.crt do not match the provider.',
      checkId: 'metadata-entity-id',
    },
  ],
};
