/**
 * AWS (classic IAM, SAML): values copied from https://integrations.goauthentik.io/cloud-providers/aws-classic/
 * (sections "Create property mappings", "Create an application and provider", "Create a SAML identity
 * provider" and "Verify the role trust policy") and from AWS: "Configure SAML assertions for the
 * authentication response"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html:
 * Recipient https://signin.aws.amazon.com/saml, Audience urn:amazon:webservices, attributes
 * https://aws.amazon.com/SAML/Attributes/Role and …/RoleSessionName, NameID) and "Enabling SAML 2.0
 * federated principals to access the AWS Management Console", for the example inputs below.
 * Where they disagree with the wizard: the guide names entitlements with the bare role name and
 * hard-codes the account ID and provider name into the role mapping; the wizard names entitlements
 * with the full role ARN and fixes the provider name "authentik" (the guide's example), because a
 * mapping's expression cannot take the admin's inputs. The attribute names and endpoints are the same.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/aws-classic/',
    vendor: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html',
  },
  inputs: { account: '123456789012' },
  saml: {
    acsUrl: 'https://signin.aws.amazon.com/saml',
    audience: 'urn:amazon:webservices',
    binding: 'post',
    nameId: 'email',
    attributes: ['https://aws.amazon.com/SAML/Attributes/Role', 'https://aws.amazon.com/SAML/Attributes/RoleSessionName'],
    signAssertion: true,
    signResponse: true,
  },
  appSide: {
    'Provider type': 'SAML',
    'Provider name': 'authentik',
    Federated: 'arn:aws:iam::123456789012:saml-provider/authentik',
    'SAML:aud': 'https://signin.aws.amazon.com/saml',
  },
});
