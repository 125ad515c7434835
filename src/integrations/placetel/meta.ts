/** Placetel in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Placetel',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to the Placetel portal (Webex for Placetel) with authentik through SAML single sign-on.',
  aliases: ['webex for placetel', 'voip', 'telephony', 'phone', 'ucaas'],
  popularity: 100,
  inputs: ['domains'],
});
