/** SonarQube in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'SonarQube',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to SonarQube Server with authentik through SAML 2.0, with login, name, email and groups.',
  aliases: ['code quality', 'static analysis', 'sonar', 'sast'],
  popularity: 190,
  inputs: ['url'],
});
