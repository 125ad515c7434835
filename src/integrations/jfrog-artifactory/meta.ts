/** JFrog Artifactory in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'JFrog Artifactory',
  short: 'JFrog',
  protocol: 'saml',
  category: 'infrastructure',
  summary: 'Sign in to the JFrog Platform (Artifactory, self-hosted or Cloud) with authentik through SAML SSO.',
  aliases: ['artifactory', 'jfrog platform', 'artifact repository', 'package registry', 'docker registry', 'maven'],
  popularity: 150,
  inputs: ['url', 'name'],
});
