/** Google Workspace in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Google Workspace',
  protocol: 'saml',
  category: 'cloud-providers',
  summary: 'Sign in to Google Workspace with authentik as the third-party SAML identity provider of the legacy SSO profile.',
  aliases: ['gsuite', 'gmail'],
  popularity: 70,
  inputs: ['domain'],
});
