/**
 * Release traps of OAuth2 providers: settings that an upgrade changed the meaning of, checked on
 * every OAuth2 provider whatever app it serves (the audit runs them on hand-made pairs too).
 */
import type { components } from '../../../../lib/authentik/schema.gen';
import { pairCheck, type Check, type CheckResult } from '../../model/checks/types';
import { notApplicable } from '../../model/checks/util';
import type { OAuth2Provider } from '../../model/types';

type RedirectUri = OAuth2Provider['redirect_uris'][number];
type RedirectRequest = components['schemas']['RedirectURIRequest'];

/** Paths apps send users back to after logging out, never a login callback. */
const LOGOUT_PATH = /(?:^|[/_.-])(?:log-?out|sign-?out|signed-?out|logged-?out|end-?session)(?:$|[/_.?#-])/i;
/** Paths of login callbacks, never a page after logout. */
const CALLBACK_PATH = /(?:^|[/_.-])(?:callback|oauth2?|oidc|openid|code|redirect|signin-oidc|sso)(?:$|[/_.?#-])/i;

const pathOf = (url: string) => {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
};

const typeOf = (uri: RedirectUri) => uri.redirect_uri_type ?? 'authorization';
const label = (type: string) => (type === 'logout' ? 'post-logout' : 'login');
const asRequest = (uri: RedirectUri, type = typeOf(uri)): RedirectRequest => ({
  matching_mode: uri.matching_mode,
  url: uri.url,
  redirect_uri_type: type,
});

/**
 * From 2026.5 every redirect URI has a type: `authorization` (login) or `logout`. The upgrade typed
 * every existing entry as a login redirect, so a post-logout page entered by hand is a login
 * redirect now (it receives login codes), and a login callback typed `logout` never matches a login.
 */
export function evaluateRedirectUriTypes(uris: readonly RedirectUri[]): CheckResult {
  const expected = 'Login callbacks typed “Authorization”, pages after logout typed “Logout”, at least one login redirect';
  const actual = uris.length === 0 ? '(none)' : uris.map((uri) => `${uri.url} (${label(typeOf(uri))})`).join('\n');
  const wrong = uris.filter((uri) =>
    typeOf(uri) === 'authorization'
      ? LOGOUT_PATH.test(pathOf(uri.url)) && !CALLBACK_PATH.test(pathOf(uri.url))
      : CALLBACK_PATH.test(pathOf(uri.url)) && !LOGOUT_PATH.test(pathOf(uri.url)),
  );
  const logins = uris.filter((uri) => typeOf(uri) === 'authorization');
  if (wrong.length === 0 && (logins.length > 0 || uris.length === 0)) return { status: 'pass', expected, actual };
  const retyped = (uri: RedirectUri) => (wrong.includes(uri) ? (typeOf(uri) === 'authorization' ? 'logout' : 'authorization') : typeOf(uri));
  const fix =
    wrong.length > 0
      ? {
          label: wrong.length === 1 ? 'Correct the redirect URI’s type' : 'Correct the redirect URIs’ types',
          describe: wrong.map((uri) => ({ field: `Redirect URI ${uri.url}`, before: label(typeOf(uri)), after: label(retyped(uri)) })),
          patch: { redirect_uris: uris.map((uri) => asRequest(uri, retyped(uri))) },
        }
      : undefined;
  const onlyLogout = logins.length === 0 && wrong.length === 0;
  return {
    status: onlyLogout || wrong.some((uri) => typeOf(uri) === 'logout') ? 'fail' : 'warn',
    expected,
    actual,
    detail: onlyLogout
      ? 'Every redirect URI is typed “Logout”, so authentik refuses every login with “Redirect URI Error”. Mark the app’s callback as “Authorization”.'
      : wrong.some((uri) => typeOf(uri) === 'logout')
        ? 'A login callback is typed “Logout”: authentik does not accept it for logins, so the app’s sign-in ends in “Redirect URI Error”.'
        : 'A page shown after logout is typed “Authorization” (the upgrade to 2026.5 typed every existing entry that way): authentik would send login codes to it. Type it “Logout”.',
    ...(fix ? { fix } : {}),
  };
}

export function redirectUriTypesCheck(): Check {
  return pairCheck({
    id: 'redirect-uri-types',
    title: 'Redirect URIs have the right type (authentik 2026.5+)',
    why: 'Since 2026.5 authentik accepts a redirect URI for logins only when it is typed “Authorization”.',
    evaluate: (pair) => {
      if (pair.protocol !== 'oidc') return notApplicable('OAuth2/OpenID');
      const uris = pair.provider.redirect_uris;
      if (!uris.some((uri) => uri.redirect_uri_type !== undefined) && uris.length > 0) {
        return {
          status: 'pass',
          expected: 'Typed redirect URIs',
          actual: 'This authentik release has no redirect URI types: every entry is a login redirect',
        };
      }
      return evaluateRedirectUriTypes(uris);
    },
  });
}
