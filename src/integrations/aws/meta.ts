/** AWS IAM Identity Center in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'AWS IAM Identity Center',
  protocol: 'saml',
  category: 'cloud-providers',
  summary: 'Sign in to the AWS access portal and accounts with authentik as the external SAML identity provider of IAM Identity Center.',
  aliases: ['amazon', 'sso'],
  popularity: 50,
  inputs: ['acs', 'issuer'],
});
