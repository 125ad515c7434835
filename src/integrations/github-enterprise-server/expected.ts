/**
 * GitHub Enterprise Server: values copied from https://integrations.goauthentik.io/development/ghes/
 * (sections "Create an application and provider" and "GitHub Enterprise Server configuration › Configure
 * SAML") and from the vendor:
 * https://docs.github.com/en/enterprise-server@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference
 * ("SAML metadata": SP entity ID http(s)://HOSTNAME, ACS URL http(s)://HOSTNAME/saml/consume, HTTP-POST;
 * "SAML attributes": persistent NameID, normalised into the username) and "Configuring SAML single
 * sign-on for your enterprise" (fields Single sign-on URL, Issuer, Signature Method, Digest Method, Name
 * Identifier Format, Verification certificate, User attributes), for the example inputs below.
 * Where they disagree: one revision of the guide calls the fields "Sign on URL" and "Validation
 * certificate"; the vendor page (and the guide's other revision) says "Single sign-on URL" and
 * "Verification certificate". The vendor's labels are followed, being the Management Console's own.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/ghes/',
    vendor: 'https://docs.github.com/en/enterprise-server@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference',
    followed: 'vendor for the field labels (Single sign-on URL, Verification certificate); values agree',
  },
  inputs: { url: 'https://github.company' },
  launchUrl: 'https://github.company',
  saml: {
    acsUrl: 'https://github.company/saml/consume',
    audience: 'https://github.company',
    binding: 'post',
    nameId: 'username',
    signAssertion: true,
  },
  appSide: {
    Issuer: 'https://authentik.company/application/saml/github-enterprise-server/metadata/',
    Username: '',
  },
});
