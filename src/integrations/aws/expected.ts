/**
 * AWS IAM Identity Center: values copied from https://integrations.goauthentik.io/cloud-providers/aws/
 * (sections "Download the service provider metadata", "Create an application and provider" with its
 * 2026.5 issuer warning, and the "User identifier" note) and AWS's
 * https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-connect-idp.html with
 * https://docs.aws.amazon.com/singlesignon/latest/userguide/other-idps.html ("Using SAML and SCIM
 * identity federation with external identity providers": NameID format
 * urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress, an addr-spec value). The ACS and issuer
 * shapes (https://<REGION>.signin.aws.amazon.com/platform/saml/acs/<ID> and
 * https://<REGION>.signin.aws.amazon.com/platform/saml/<ID>) are those of Microsoft's IAM Identity
 * Center tutorial; the admin copies both from AWS's service provider metadata, so they arrive
 * verbatim. The guide (NameID Property Mapping: Email) and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/aws/',
    vendor: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/other-idps.html',
  },
  inputs: {
    acs: 'https://us-east-1.signin.aws.amazon.com/platform/saml/acs/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    issuer: 'https://us-east-1.signin.aws.amazon.com/platform/saml/d-1234567890',
  },
  saml: {
    acsUrl: 'https://us-east-1.signin.aws.amazon.com/platform/saml/acs/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    audience: 'https://us-east-1.signin.aws.amazon.com/platform/saml/d-1234567890',
    binding: 'post',
    nameId: 'email',
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  },
  appSide: {
    'IdP issuer URL': 'https://authentik.company/application/saml/aws/metadata/',
  },
});
