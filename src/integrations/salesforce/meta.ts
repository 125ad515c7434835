/** Salesforce in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Salesforce',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to your Salesforce org (My Domain) with authentik through SAML single sign-on, matched by Federation ID.',
  aliases: ['crm', 'sfdc', 'sales cloud', 'service cloud'],
  popularity: 200,
  inputs: ['domain', 'org'],
});
