/** Dropbox Sign in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Dropbox Sign',
  protocol: 'saml',
  category: 'documentation',
  summary: 'Sign in to Dropbox Sign (Premium) with authentik through SAML SSO.',
  aliases: ['HelloSign', 'e-signature', 'electronic signature'],
  popularity: 120,
  inputs: [],
});
