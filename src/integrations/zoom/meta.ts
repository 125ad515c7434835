/** Zoom in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zoom',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Zoom through your vanity URL with authentik as the SAML identity provider, with users provisioned at sign-in.',
  aliases: ['video conferencing', 'meetings', 'webinar', 'zoom.us'],
  popularity: 230,
  inputs: ['vanity'],
});
