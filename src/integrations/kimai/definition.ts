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
      pages: [
        'auth',
        'api',
        'login',
        'logout',
        'en',
        'de',
        'fr',
        'es',
        'it',
        'nl',
        'pl',
        'pt',
        'pt_BR',
        'ru',
        'sv',
        'da',
        'cs',
        'fi',
        'ja',
        'zh_CN',
        'bundles',
        'build',
      ],
    },
  },
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
  /**
   * Kimai: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/kimai/
   * ("Create an application and provider": ACS URL https://kimai.company/auth/saml/acs, Audience
   * https://kimai.company/, Service Provider Binding Post, NameID Property Mapping "authentik default SAML
   * Mapping: Email", Default NameID Policy Email address; "Kimai configuration": the local.yaml block) and
   * the vendor's https://www.kimai.org/documentation/saml-authentik.html (local.yaml: sp.entityId
   * "https://kimai.company/", assertionConsumerService https://kimai.company/auth/saml/acs HTTP-POST,
   * singleSignOnService …/application/saml/<application-slug>/sso/binding/redirect/ HTTP-Redirect, mapping
   * $http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress → email, …/claims/name → alias,
   * roles attribute http://schemas.xmlsoap.org/claims/Group, signatureAlgorithm rsa-sha256), for the
   * example inputs below.
   * Where they disagree: (1) NameID: the vendor says set the NameID mapping to the username, the guide to
   * the email (with the emailAddress policy); both avoid the "Duplicate entry" failure of the hashed
   * default; the guide is followed. (2) idp.entityId: the vendor shows "https://authentik.company/" (the
   * old issuer), the guide the metadata URL, which is what current authentik sends; the guide is followed.
   * (3) SSO/SLO URL: the guide's unified `…/application/saml/<slug>/` is served only by newer releases;
   * the redirect-binding URLs (the vendor's SSO URL) are followed. (4) x509cert: the guide pastes the whole
   * PEM as a YAML block, the vendor one line without BEGIN/END; the vendor's one-line form is used (php-saml
   * accepts both, and a one-line value cannot break the YAML indentation).
   */
  expected: {
    sources: {
      followed:
        'guide for the email NameID and the metadata-URL issuer; vendor for the redirect-binding SSO URL (served by every supported release) and the one-line x509cert',
    },
    inputs: { url: 'https://kimai.company' },
    launchUrl: 'https://kimai.company',
    saml: {
      acsUrl: 'https://kimai.company/auth/saml/acs',
      audience: 'https://kimai.company/',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      attributes: [
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
        'http://schemas.xmlsoap.org/claims/Group',
      ],
      keyType: 'rsa',
    },
    appSide: {
      'idp.entityId': 'https://authentik.company/application/saml/kimai/metadata/',
      'idp.singleSignOnService.url': 'https://authentik.company/application/saml/kimai/sso/binding/redirect/',
      'idp.singleLogoutService.url': 'https://authentik.company/application/saml/kimai/slo/binding/redirect/',
      'sp.entityId': 'https://kimai.company/',
      'sp.assertionConsumerService.url': 'https://kimai.company/auth/saml/acs',
      'sp.singleLogoutService.url': 'https://kimai.company/auth/saml/logout',
      baseurl: 'https://kimai.company/auth/saml/',
      'roles.attribute': 'http://schemas.xmlsoap.org/claims/Group',
    },
  },
});
