/**
 * What authentik recorded about failed logins: a redirect URI mismatch writes a
 * `configuration_error` event that names the URI the client really sent.
 */
import { unwrap } from '../../../../lib/authentik/client';
import type { components } from '../../../../lib/authentik/schema.gen';
import type { OAuth2Provider } from '../../model/types';
import type { Check, CheckResult, CheckText, CheckUser } from '../../model/checks/types';
import { isRecord, notApplicable } from '../../model/checks/util';

type AuthentikEvent = components['schemas']['Event'];
type RedirectUri = OAuth2Provider['redirect_uris'][number];

export interface RedirectFailure {
  uri: string;
  created: string;
}

const CLIENT_USED = /Client used '([^']*)'/;

function refersTo(event: AuthentikEvent, provider: Pick<OAuth2Provider, 'pk' | 'client_id'>): boolean {
  const context = event.context ?? {};
  const ref = context.provider;
  if (isRecord(ref) && String(ref.pk) === String(provider.pk) && (ref.model_name === undefined || ref.model_name === 'oauth2provider')) return true;
  const request = context.http_request;
  const args = isRecord(request) ? request.args : undefined;
  return isRecord(args) && provider.client_id !== undefined && args.client_id === provider.client_id;
}

/** The redirect URIs clients used in failed logins of this provider, newest first. */
export function redirectFailures(events: readonly AuthentikEvent[], provider: Pick<OAuth2Provider, 'pk' | 'client_id'>): RedirectFailure[] {
  const failures: RedirectFailure[] = [];
  for (const event of events) {
    if (event.action !== 'configuration_error' || !refersTo(event, provider)) continue;
    const message = event.context?.message;
    const uri = typeof message === 'string' ? CLIENT_USED.exec(message)?.[1] : undefined;
    if (uri !== undefined) failures.push({ uri, created: event.created });
  }
  return failures.sort((a, b) => b.created.localeCompare(a.created));
}

/** Would authentik accept this redirect URI now? (strict: equality; regex: a full match) */
export function acceptsRedirect(uris: readonly RedirectUri[], candidate: string): boolean {
  return uris.some((uri) => {
    if ((uri.redirect_uri_type ?? 'authorization') !== 'authorization') return false;
    if (uri.matching_mode === 'strict') return uri.url === candidate;
    try {
      return new RegExp(`^(?:${uri.url})$`).test(candidate);
    } catch {
      return false;
    }
  });
}

function when(created: string): string {
  const date = new Date(created);
  return Number.isNaN(date.getTime()) ? created : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function evaluateRedirectFailures(failures: readonly RedirectFailure[], uris: readonly RedirectUri[], user: CheckUser): CheckResult {
  const allowed = uris.filter((uri) => (uri.redirect_uri_type ?? 'authorization') === 'authorization').map((uri) => uri.url);
  const expected = allowed.length > 0 ? allowed.join('\n') : '(no redirect URI)';
  const latest = failures[0];
  if (!latest) {
    const note = user.is_superuser ? '' : ' Only events your user may view were searched.';
    return {
      status: 'pass',
      expected: 'No failed logins',
      actual: 'No failed logins recorded',
      detail: `authentik recorded no redirect URI errors for this provider.${note}`,
    };
  }
  if (acceptsRedirect(uris, latest.uri)) {
    return {
      status: 'pass',
      expected,
      actual: latest.uri,
      detail: `The last failed login (${when(latest.created)}) used ${latest.uri}, which the provider accepts now. Try the login again.`,
    };
  }
  const count = failures.length === 1 ? 'One failed login' : `${failures.length} failed logins`;
  return {
    status: 'fail',
    expected,
    actual: latest.uri,
    detail: `${count} with “Redirect URI Error”, the latest at ${when(latest.created)}. This is the redirect URI the app really sent. If it is right, put it into the provider (Strict); if not, correct it in the app.`,
  };
}

export function redirectErrorsCheck(text: CheckText = {}): Check {
  return {
    id: 'redirect-errors',
    title: text.title ?? 'No recent “Redirect URI Error”',
    why: text.why ?? 'authentik records the redirect URI of every refused login, which shows what the app really sends.',
    run: async ({ pair, client, user, signal }) => {
      if (pair.protocol !== 'oidc') return notApplicable('OAuth2/OpenID');
      const page = await unwrap(
        client.api.GET('/events/events/', { params: { query: { action: 'configuration_error', ordering: '-created', page_size: 20 } }, signal }),
      );
      return evaluateRedirectFailures(redirectFailures(page.results, pair.provider), pair.provider.redirect_uris, user);
    },
  };
}
