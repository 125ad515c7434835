/** Box in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Box',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Box (Business or Enterprise) with authentik through SAML single sign-on, with the email and name attributes Box reads.',
  aliases: ['box.com', 'file sharing', 'cloud storage', 'content management'],
  popularity: 180,
  inputs: [],
});
