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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/kimai/',
    vendor: 'https://www.kimai.org/documentation/saml-authentik.html',
    followed: 'guide for the email NameID and the metadata-URL issuer; vendor for the redirect-binding SSO URL (served by every supported release) and the one-line x509cert',
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
});
