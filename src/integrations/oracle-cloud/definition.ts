/**
 * Oracle Cloud signs users in through a social identity provider of type OpenID Connect on an
 * identity domain (Federation › Add Social IdP). The domain reads authentik's discovery document,
 * calls back to https://<domain URL>/oauth2/v1/social/callback, and matches or creates users by the
 * email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/oracle-cloud/',
    vendor: 'https://docs.oracle.com/en-us/iaas/Content/Identity/identityproviders/add-social-identity-provider.htm',
  },
  inputs: {
    domain: {
      type: 'subdomain',
      domain: 'identity.oraclecloud.com',
      label: 'Identity domain',
      help: help.domain,
      example: 'idcs-0123456789abcdef0123456789abcdef',
      where: 'the identity domain URL on the domain’s Details page',
    },
    tenant: {
      type: 'text',
      label: 'Cloud account name',
      help: help.tenant,
      example: 'company',
      pattern: '^[a-z][a-z0-9]{0,99}$',
      ignoreCase: true,
      message: 'A cloud account name has only letters and digits and starts with a letter.',
    },
  },
  launchUrl: 'https://cloud.oracle.com?tenant={tenant}',
  provider: { protocol: 'oidc', redirectUris: ['https://{domain}.identity.oraclecloud.com/oauth2/v1/social/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Add Social IdP',
      location: 'Identity & Security › Domains › (your domain) › Federation › Actions › Add Social IdP',
      fields: [
        { label: 'Type', value: 'OpenID Connect', choice: true },
        { label: 'Name', value: 'authentik' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Discovery service URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Enable Just-In-Time (JIT) provisioning', value: 'On', choice: true, help: help.jit },
      ],
      notes: [{ tone: 'info', text: 'Click Add.' }, notes.activate, notes.policy],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is the identity domain’s social callback',
      why: 'The identity domain sends https://<domain URL>/oauth2/v1/social/callback; authentik refuses any other string with “Redirect URI Error”.',
    },
    'email-claim': { why: 'Oracle links and creates users by the email address authentik sends.' },
    'public-authentik': { why: 'Oracle’s servers fetch authentik’s discovery document, keys and tokens over the internet.' },
  },
  manualTest,
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
  expected: {
    inputs: { domain: 'idcs-0123456789abcdef0123456789abcdef', tenant: 'company' },
    launchUrl: 'https://cloud.oracle.com?tenant=company',
    oidc: {
      redirectUris: ['https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com/oauth2/v1/social/callback'],
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
  },
});
