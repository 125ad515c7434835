/** HashiCorp Cloud Platform in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'HashiCorp Cloud Platform',
  short: 'HCP',
  protocol: 'saml',
  category: 'cloud-providers',
  summary: 'Sign in to an HCP organization with authentik through SAML single sign-on.',
  aliases: ['HCP', 'HashiCorp', 'HCP Vault', 'HCP Terraform', 'Terraform Cloud'],
  popularity: 140,
  inputs: ['acs', 'entity'],
});
