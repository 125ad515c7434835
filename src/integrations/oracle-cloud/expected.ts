/**
 * Oracle Cloud: values copied from https://integrations.goauthentik.io/cloud-providers/oracle-cloud/
 * (sections "Create an application and provider", "Configure the identity provider" and "Add the
 * provider to an IdP policy") and from Oracle: "Adding a Social Identity Provider"
 * (https://docs.oracle.com/en-us/iaas/Content/Identity/identityproviders/add-social-identity-provider.htm;
 * the redirect URL has the form https://<IDCS tenant base URL>/oauth2/v1/social/callback), for the
 * example inputs below. The guide's placeholder tenant.identity.oraclecloud.com is written with a
 * real-looking idcs- domain; the launch URL https://cloud.oracle.com?tenant=<tenant_name> is the
 * guide's. The guide and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/oracle-cloud/',
    vendor: 'https://docs.oracle.com/en-us/iaas/Content/Identity/identityproviders/add-social-identity-provider.htm',
  },
  inputs: { domain: 'idcs-0123456789abcdef0123456789abcdef', tenant: 'company' },
  launchUrl: 'https://cloud.oracle.com?tenant=company',
  oidc: {
    redirectUris: [{ url: 'https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com/oauth2/v1/social/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Type: 'OpenID Connect',
    Name: 'authentik',
    'Discovery service URL': 'https://authentik.company/application/o/oracle-cloud/.well-known/openid-configuration',
    'Enable Just-In-Time (JIT) provisioning': 'On',
  },
});
