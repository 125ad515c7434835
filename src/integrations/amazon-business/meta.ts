/** Amazon Business in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Amazon Business',
  protocol: 'saml',
  category: 'miscellaneous',
  summary: 'Sign in to Amazon Business with authentik through SAML single sign-on, with Just-In-Time user creation.',
  aliases: ['amazon', 'procurement', 'purchasing', 'buying'],
  popularity: 125,
  inputs: ['acs', 'entity'],
});
