/** AWS (classic IAM) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'AWS (classic IAM, SAML)',
  short: 'AWS',
  protocol: 'saml',
  category: 'cloud-providers',
  summary:
    'Sign in to the AWS Management Console with authentik through an IAM SAML identity provider, assuming IAM roles from application entitlements.',
  aliases: ['amazon', 'AWS console', 'IAM', 'AssumeRoleWithSAML', 'single account'],
  popularity: 200,
  inputs: ['account'],
});
