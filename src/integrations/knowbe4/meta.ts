/** KnowBe4 in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'KnowBe4',
  protocol: 'saml',
  category: 'security',
  summary: 'Sign in to the KnowBe4 Security Awareness Training console with authentik through SAML SSO.',
  aliases: ['security awareness', 'phishing training', 'kmsat', 'training'],
  popularity: 150,
  inputs: ['region'],
});
