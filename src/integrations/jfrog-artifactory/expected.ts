/**
 * JFrog Artifactory: values copied from https://integrations.goauthentik.io/infrastructure/jfrog-artifactory/
 * (sections "Create an application and provider" and "JFrog Artifactory configuration") and from the
 * vendor: https://jfrog.com/help/r/jfrog-platform-administration-documentation/saml-sso-configuration
 * (Display Name "should be used to configure the Single Sign-On URL on the Identity provider"; "Provide
 * the service provider name (Platform name in SAML federation)"; the public key "can use either the DSA
 * or RSA algorithms"), "SAML Profiles and Bindings" (HTTP-POST response; SP entityID "Must match SAML
 * Service Provider Name"; WantAssertionsSigned="true") and "SAML SSO Configuration with Okta" (Audience
 * URI (SP Entity ID) https://${ARTIFACTORY_URL}; 7.x ACS .../ui/api/v1/auth/saml/loginResponse), for the
 * example inputs below.
 * Where they disagree: (1) the guide does not mention "SAML Service Provider Name", which JFrog compares
 * with the Audience; the vendor's field is added with the guide's Audience value. (2) The Okta page's ACS
 * URL has no Display Name segment (single-configuration releases); the guide's …/loginResponse/<Display
 * Name> matches the vendor's current configuration page and is followed.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/jfrog-artifactory/',
    vendor: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/saml-sso-configuration',
    followed: 'vendor for the SAML Service Provider Name (= Audience), which the guide omits; guide for the ACS URL with the Display Name segment (the vendor’s current multi-configuration form)',
  },
  inputs: { url: 'https://jfrog.company', name: 'authentik' },
  launchUrl: 'https://jfrog.company',
  saml: {
    acsUrl: 'https://jfrog.company/ui/api/v1/auth/saml/loginResponse/authentik',
    audience: 'https://jfrog.company',
    binding: 'post',
    nameId: 'username',
    attributes: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
    signAssertion: true,
    signResponse: true,
    keyType: 'rsa',
  },
  appSide: {
    'Custom URL Base': 'https://jfrog.company',
    'Display Name': 'authentik',
    'SAML Service Provider Name': 'https://jfrog.company',
    'Identity Provider Entity ID (Issuer)': 'https://authentik.company/application/saml/jfrog-artifactory/metadata/',
    'Email Attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    'Group Attribute': 'http://schemas.xmlsoap.org/claims/Group',
  },
});
