/**
 * Kimai signs users in through its built-in SAML support (onelogin/php-saml), configured in
 * config/packages/local.yaml. authentik posts to <url>/auth/saml/acs for the SP entity ID <url>/; Kimai
 * names the user after the NameID (the email address) and maps roles from the Group attribute.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/kimai/',
    vendor: 'https://www.kimai.org/documentation/saml-authentik.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Kimai URL',
      help: help.url,
      example: 'https://kimai.company',
      preview: 'ACS URL: {url}/auth/saml/acs',
      pages: ['auth', 'api', 'login', 'logout', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'pt_BR', 'ru', 'sv', 'da', 'cs', 'fi', 'ja', 'zh_CN', 'bundles', 'build'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/auth/saml/acs',
    audience: '{url}/',
    binding: 'post',
    signingKey: 'rsa',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: ['email', 'name', 'groups'],
  },
  screen: [
    {
      title: 'local.yaml',
      location: 'config/packages/local.yaml (usually /opt/kimai/config/packages/local.yaml)',
      format: 'file',
      snippet,
      fields: [
        { label: 'idp.entityId', value: '{entity_id}' },
        { label: 'idp.singleSignOnService.url', value: '{sso_url}' },
        { label: 'idp.singleLogoutService.url', value: '{slo_url}' },
        { label: 'idp.x509cert', value: '{cert_body}', help: help.cert },
        { label: 'sp.entityId', value: '{url}/' },
        { label: 'sp.assertionConsumerService.url', value: '{url}/auth/saml/acs' },
        { label: 'sp.singleLogoutService.url', value: '{url}/auth/saml/logout' },
        { label: 'baseurl', value: '{url}/auth/saml/', help: help.baseurl },
        { label: 'roles.attribute', value: 'http://schemas.xmlsoap.org/claims/Group', help: help.roles },
      ],
      notes: [notes.cache, notes.slo],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Kimai’s /auth/saml/acs', why: why.acs },
    audience: { why: why.audience },
    'saml-signing': { why: why.signing },
    'username-changes': { why: why.nameId },
  },
  manualTest,
});
