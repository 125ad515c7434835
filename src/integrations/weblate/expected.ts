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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/weblate/',
    vendor: 'https://docs.weblate.org/en/latest/admin/auth.html#saml-authentication',
    followed: 'guide, earlier revision, for the SSO URL (the redirect-binding endpoint exists on every supported release); current guide for the entity ID (the metadata URL is the issuer)',
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
});
