/**
 * Zammad (SAML, the guide's default tab) signs users in through omniauth-saml. Its ACS URL is
 * /auth/saml/callback and its entity ID /auth/saml/metadata; it expects the email address as NameID
 * (emailAddress format) and the attributes email, name, first_name and last_name.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/zammad/',
    vendor: 'https://admin-docs.zammad.org/en/latest/settings/security/third-party/saml.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Zammad URL',
      help: help.url,
      example: 'https://zammad.company',
      pages: ['auth', 'api', 'desktop', 'mobile', 'help', 'assets'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/auth/saml/callback',
    audience: '{url}/auth/saml/metadata',
    binding: 'post',
    signingKey: 'rsa',
    // The guide uses its custom "Zammad email" mapping as NameID; authentik's managed email mapping
    // carries the same value (request.user.email) and needs nothing extra.
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
    customMappings: [
      { name: 'Zammad: email', attribute: 'email', expression: 'return request.user.email' },
      { name: 'Zammad: name', attribute: 'name', expression: 'return request.user.name or request.user.username' },
      {
        name: 'Zammad: first_name',
        attribute: 'first_name',
        expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username',
      },
      {
        name: 'Zammad: last_name',
        attribute: 'last_name',
        expression: 'return request.user.name.rsplit(" ", 1)[1] if " " in request.user.name else ""',
      },
    ],
  },
  screen: [
    {
      title: 'Authentication via SAML',
      location: 'Settings (gear icon) › Security › Third-party Applications › Authentication via SAML (switch it on)',
      fields: [
        { label: 'Display name', value: 'authentik', help: 'The text of the login button.' },
        { label: 'IDP SSO target URL', value: '{sso_url}' },
        { label: 'IDP single logout target URL', value: '{slo_url}' },
        { label: 'IDP certificate', value: '{cert_pem}', help: help.cert },
        { label: 'IDP certificate fingerprint', value: '', help: help.fingerprint },
        { label: 'Name identifier format', value: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', help: help.format },
        { label: 'UID attribute name', value: '', help: help.uid },
      ],
      notes: [notes.link, notes.submit, notes.logout],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Zammad’s /auth/saml/callback', why: why.acs },
    audience: { why: why.audience },
    'saml-signing': { why: why.signing },
    'custom-mappings': { why: why.mappings },
  },
  manualTest,
  /**
   * Zammad (SAML tab, the guide's default): values copied from https://integrations.goauthentik.io/infrastructure/zammad/
   * (SAML tab: "Create property mappings", "Create an application and provider", "Zammad configuration
   * SAML") and from the vendor: https://admin-docs.zammad.org/en/latest/settings/security/third-party/saml.html
   * ("Step 1": metadata at https://your.zammad.domain/auth/saml/metadata, ACS .../auth/saml/callback with
   * HTTP-POST, attributes email, name, first_name, last_name, "enable Sign assertions"; "Step 2": fields
   * Display name, IDP SSO target URL, IDP single logout target URL, IDP certificate, IDP certificate
   * fingerprint, Name identifier format "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress", UID
   * attribute name), for the example inputs below.
   * Where they disagree: (1) labels: the guide writes "IDP Certificate" and "Name Identifier Format", the
   * vendor "IDP certificate" and "Name identifier format"; the vendor's are followed. (2) SSO/SLO URLs: the
   * current guide gives the unified `…/application/saml/<application_slug>/` for both, served only by newer
   * authentik releases; its earlier revision (website/integrations/infrastructure/zammad/index.md) gives
   * `…/slo/binding/redirect/` for logout. The redirect-binding endpoints are followed, as every supported
   * release serves them. (3) The guide also sets an SLS URL, SLS binding and logout method; the vendor
   * does not require single logout, so they are not asserted.
   */
  expected: {
    sources: {
      followed:
        'vendor for field labels; guide (earlier revision) for the redirect-binding SSO/SLO URLs, which every supported authentik release serves',
    },
    inputs: { url: 'https://zammad.company' },
    launchUrl: 'https://zammad.company',
    saml: {
      acsUrl: 'https://zammad.company/auth/saml/callback',
      audience: 'https://zammad.company/auth/saml/metadata',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      attributes: ['email', 'name', 'first_name', 'last_name'],
      signAssertion: true,
    },
    appSide: {
      'Display name': 'authentik',
      'IDP SSO target URL': 'https://authentik.company/application/saml/zammad/sso/binding/redirect/',
      'IDP single logout target URL': 'https://authentik.company/application/saml/zammad/slo/binding/redirect/',
      'IDP certificate fingerprint': '',
      'Name identifier format': 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
  },
});
