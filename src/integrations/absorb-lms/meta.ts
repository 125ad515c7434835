/** Absorb LMS in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Absorb LMS',
  short: 'Absorb',
  protocol: 'oidc',
  category: 'miscellaneous',
  summary: 'Sign learners and admins in to Absorb LMS with authentik through an OpenID Connect SSO configuration.',
  aliases: ['absorb', 'lms', 'learning', 'training', 'e-learning', 'myabsorb'],
  popularity: 170,
  inputs: ['url'],
});
