/**
 * Weblate signs users in through python-social-auth's SAML backend, configured in the Docker image by
 * WEBLATE_SAML_* variables with the identity provider named "weblate". It takes the user id, username,
 * email and full name from OID-named attributes, so the provider needs three custom mappings, and it
 * needs the relay state "weblate" for logins started at authentik.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, settingsPy, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/weblate/',
    vendor: 'https://docs.weblate.org/en/latest/admin/auth.html#saml-authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Weblate URL',
      help: help.url,
      example: 'https://weblate.company',
      pages: [
        'accounts',
        'projects',
        'translate',
        'settings',
        'manage',
        'admin',
        'api',
        'languages',
        'user',
        'browse',
        'changes',
        'search',
        'checks',
        'create',
        'new-lang',
        'zen',
        'about',
        'stats',
        'hooks',
        'exports',
        'keys',
        'js',
        'static',
        'media',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/accounts/complete/saml/',
    audience: '{url}/accounts/metadata/saml/',
    binding: 'post',
    signingKey: 'any',
    // The guide sets no NameID mapping (authentik then sends its persistent default); Weblate does not read
    // the NameID, it identifies users by urn:oid:0.9.2342.19200300.100.1.1. The stable uid is the closest declarable.
    nameId: 'uid',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    mappings: [],
    customMappings: [
      { name: 'Weblate: full name', attribute: 'urn:oid:2.5.4.3', expression: 'return request.user.name' },
      { name: 'Weblate: username', attribute: 'urn:oid:0.9.2342.19200300.100.1.1', expression: 'return request.user.username' },
      { name: 'Weblate: email', attribute: 'urn:oid:0.9.2342.19200300.100.1.3', expression: 'return request.user.email' },
    ],
    relayState: 'weblate',
  },
  screen: [
    {
      title: 'Weblate environment (Docker)',
      location: '.env or the weblate service’s environment:, then restart the container',
      format: 'env',
      fields: [
        { label: 'WEBLATE_ENABLE_HTTPS', value: '1', help: help.https },
        { label: 'WEBLATE_SAML_IDP_ENTITY_ID', value: '{entity_id}' },
        { label: 'WEBLATE_SAML_IDP_URL', value: '{sso_url}' },
        { label: 'WEBLATE_SAML_IDP_X509CERT', value: '{cert_body}', help: help.cert },
      ],
    },
    {
      title: 'Only authentik logins (optional)',
      location: 'The same environment',
      format: 'env',
      fields: [
        { label: 'WEBLATE_REGISTRATION_OPEN', value: '0' },
        { label: 'WEBLATE_REGISTRATION_ALLOW_BACKENDS', value: 'saml' },
        { label: 'WEBLATE_REQUIRE_LOGIN', value: '1' },
        { label: 'WEBLATE_NO_EMAIL_AUTH', value: '1' },
      ],
      notes: [notes.only],
    },
    {
      title: 'Or without Docker: settings.py',
      location: 'settings.py of your Weblate installation',
      format: 'file',
      snippet: settingsPy,
      fields: [
        { label: 'entity_id', value: '{entity_id}' },
        { label: 'url', value: '{sso_url}' },
        { label: 'x509cert', value: '{cert_body}', help: help.idpName },
      ],
      notes: [notes.nonDocker],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Weblate’s /accounts/complete/saml/', why: why.acs },
    audience: { why: why.audience },
    'custom-mappings': { why: why.mappings },
    // Weblate needs the relay state "weblate" (the identity provider's name), which the default check would flag as foreign.
    'relay-state': false,
  },
  manualTest,
  /**
   * Weblate: values copied from https://integrations.goauthentik.io/development/weblate/ (sections "Create
   * property mappings", "Create an application and provider" and "Weblate configuration › Configure a
   * Docker installation") and from the vendor: https://docs.weblate.org/en/latest/admin/auth.html#saml-authentication
   * and the Docker settings (github.com/WeblateOrg/weblate, settings_docker: SOCIAL_AUTH_SAML_SP_ENTITY_ID =
   * SITE_URL + "/accounts/metadata/saml/", the IdP named "weblate" from WEBLATE_SAML_IDP_ENTITY_ID,
   * WEBLATE_SAML_IDP_URL, WEBLATE_SAML_IDP_X509CERT) with python-social-auth's SAML backend (social_core/
   * backends/saml.py: user id and username from urn:oid:0.9.2342.19200300.100.1.1, email from
   * urn:oid:0.9.2342.19200300.100.1.3, full name from urn:oid:2.5.4.3; the ACS is /complete/saml/), for the
   * example inputs below.
   * SSO URL: the current guide gives the unified `…/application/saml/<application_slug>/`, served only by
   * newer authentik releases; the guide's earlier revision (website/integrations/services/weblate/index.md)
   * gives `…/sso/binding/redirect/`, which every supported release serves. The earlier literal is followed
   * for WEBLATE_SAML_IDP_URL. That earlier revision also used the SSO URL as the IdP entity ID; the current
   * metadata URL is followed there, since it is authentik's issuer. NameID: the guide sets only the
   * persistent policy; Weblate does not read the NameID, so no NameID source is asserted here.
   */
  expected: {
    sources: {
      followed:
        'guide, earlier revision, for the SSO URL (the redirect-binding endpoint exists on every supported release); current guide for the entity ID (the metadata URL is the issuer)',
    },
    inputs: { url: 'https://weblate.company' },
    saml: {
      acsUrl: 'https://weblate.company/accounts/complete/saml/',
      audience: 'https://weblate.company/accounts/metadata/saml/',
      binding: 'post',
      nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      attributes: ['urn:oid:2.5.4.3', 'urn:oid:0.9.2342.19200300.100.1.1', 'urn:oid:0.9.2342.19200300.100.1.3'],
    },
    appSide: {
      WEBLATE_ENABLE_HTTPS: '1',
      WEBLATE_SAML_IDP_ENTITY_ID: 'https://authentik.company/application/saml/weblate/metadata/',
      WEBLATE_SAML_IDP_URL: 'https://authentik.company/application/saml/weblate/sso/binding/redirect/',
      WEBLATE_REGISTRATION_OPEN: '0',
      WEBLATE_REGISTRATION_ALLOW_BACKENDS: 'saml',
      WEBLATE_REQUIRE_LOGIN: '1',
      WEBLATE_NO_EMAIL_AUTH: '1',
    },
  },
});
