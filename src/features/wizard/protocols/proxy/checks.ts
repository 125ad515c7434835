/**
 * Checks of a proxy provider (forward auth): an outpost serves it (the outpost config holds only
 * providers that have an application: authentik/providers/proxy/api.py ProxyOutpostConfigViewSet),
 * the external host is https and the launch URL's, domain mode's cookie domain covers the host, the
 * app's open paths are skipped, and the outpost knows authentik's address.
 */
import type { CreatedPair, OutpostSummary } from '../../model/types';
import { pairCheck, type Check, type CheckResult, type CheckText } from '../../model/checks/types';
import { tryUrl } from '../../model/checks/util';
import type { OpenPathSpec } from '../../definition/format';
import { EMBEDDED_OUTPOST } from './outpost';

type ProxyPair = Extract<CreatedPair, { protocol: 'proxy' }>;

function proxy(pair: CreatedPair): ProxyPair | null {
  return pair.protocol === 'proxy' ? pair : null;
}

const NOT_PROXY: CheckResult = { status: 'unknown', detail: 'This check applies to proxy providers only.' };

export function evaluateOnOutpost(outposts: OutpostSummary[] | null, hasApplication: boolean): CheckResult {
  const expected = 'An outpost serves the provider';
  if (outposts === null)
    return { status: 'unknown', expected, detail: 'The token may not read outposts, so it is not known which outpost serves this provider.' };
  if (outposts.length === 0) {
    return {
      status: 'fail',
      expected,
      actual: 'on no outpost',
      detail:
        'No outpost serves this provider, so the reverse proxy gets “no app for hostname” (or a 404 on /outpost.goauthentik.io). Add it to an outpost: Applications › Outposts › Edit › Applications.',
    };
  }
  const names = outposts.map((outpost) => `“${outpost.name}”`).join(', ');
  if (!hasApplication)
    return {
      status: 'fail',
      expected,
      actual: `on ${names}, but without an application`,
      detail: 'An outpost serves only providers that have an application: assign the provider to one.',
    };
  return { status: 'pass', expected, actual: `on ${names}` };
}

export function outpostCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'outpost',
    title: text.title ?? 'An outpost serves the provider',
    why: text.why ?? 'Forward auth is answered by an outpost; a provider on no outpost is unknown to it.',
    evaluate: (pair) => {
      const found = proxy(pair);
      return found ? evaluateOnOutpost(found.outposts, Boolean(found.provider.assigned_application_slug)) : NOT_PROXY;
    },
  });
}

export function evaluateExternalHost(externalHost: string, launchUrl: string): CheckResult {
  const url = tryUrl(externalHost);
  const expected = 'The app’s https address, as in the launch URL';
  if (!url)
    return { status: 'fail', expected, actual: externalHost || '(empty)', detail: 'The external host is not a URL: enter the address users open.' };
  if (url.protocol !== 'https:') {
    return {
      status: 'fail',
      expected,
      actual: externalHost,
      detail: 'The external host uses plain http: the outpost’s session cookie would travel unencrypted. Use the https address.',
    };
  }
  const launch = tryUrl(launchUrl);
  if (launch && launch.host !== url.host) {
    return {
      status: 'warn',
      expected,
      actual: externalHost,
      detail: `The launch URL opens ${launch.host}, but the provider protects ${url.host}: users would land on an unprotected or unknown host.`,
    };
  }
  return { status: 'pass', expected, actual: externalHost };
}

export function externalHostCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'external-host',
    fields: ['external_host'],
    title: text.title ?? 'The external host is the app’s https address',
    why: text.why ?? 'The outpost matches requests by this host and sends the login back to it.',
    evaluate: (pair) => {
      const found = proxy(pair);
      return found ? evaluateExternalHost(found.provider.external_host, found.application.meta_launch_url ?? '') : NOT_PROXY;
    },
  });
}

export function evaluateCookieDomain(mode: string, cookieDomain: string, externalHost: string): CheckResult {
  if (mode !== 'forward_domain') return { status: 'pass', expected: 'No cookie domain needed', actual: `${mode} mode` };
  const host = tryUrl(externalHost)?.hostname ?? '';
  const domain = cookieDomain.replace(/^\./, '').toLowerCase();
  const expected = `A cookie domain that covers ${host || 'the host'}`;
  if (domain === '')
    return {
      status: 'fail',
      expected,
      actual: '(empty)',
      detail: 'Domain mode needs a cookie domain (e.g. company for *.company), or every app asks to log in again.',
    };
  if (host && host !== domain && !host.endsWith(`.${domain}`)) {
    return {
      status: 'fail',
      expected,
      actual: cookieDomain,
      detail: `${host} is not under ${domain}: the session cookie would not reach it, and the login ends in “redirect URI did not contain external host”.`,
    };
  }
  return { status: 'pass', expected, actual: cookieDomain };
}

export function cookieDomainCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'cookie-domain',
    fields: ['cookie_domain'],
    title: text.title ?? 'Domain mode has a cookie domain that covers the host',
    why: text.why ?? 'In domain mode one login serves every app under the cookie domain.',
    evaluate: (pair) => {
      const found = proxy(pair);
      return found
        ? evaluateCookieDomain(found.provider.mode ?? 'proxy', found.provider.cookie_domain ?? '', found.provider.external_host)
        : NOT_PROXY;
    },
  });
}

/** The skip_path_regex lines, trimmed, without empty ones. */
export function skipLines(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function evaluateOpenPaths(skip: string | undefined, needed: readonly OpenPathSpec[]): CheckResult {
  const lines = skipLines(skip);
  const expected = needed.length === 0 ? 'Nothing needs to be left open' : needed.map((path) => path.pattern).join(', ');
  const missing = needed.filter((path) => !lines.includes(path.pattern));
  if (missing.length === 0) return { status: 'pass', expected, actual: lines.join(', ') || 'none' };
  return {
    status: 'fail',
    expected,
    actual: lines.join(', ') || 'none',
    detail: missing.map((path) => `${path.pattern} is not left unauthenticated: ${path.why}`).join(' '),
    fix: {
      label: 'Leave these paths unauthenticated',
      describe: [{ field: 'skip_path_regex', before: lines.join('\n'), after: [...lines, ...missing.map((path) => path.pattern)].join('\n') }],
      patch: { skip_path_regex: [...lines, ...missing.map((path) => path.pattern)].join('\n') },
    },
  };
}

export function openPathsCheck(options: CheckText & { needed: readonly OpenPathSpec[] }): Check {
  return pairCheck({
    id: 'open-paths',
    fields: ['skip_path_regex'],
    title: options.title ?? 'The paths the app needs open are skipped',
    why: options.why ?? 'Other apps and status checks call these paths without a browser login.',
    evaluate: (pair) => {
      const found = proxy(pair);
      return found ? evaluateOpenPaths(found.provider.skip_path_regex, options.needed) : NOT_PROXY;
    },
  });
}

export function evaluateOutpostHost(outposts: OutpostSummary[] | null): CheckResult {
  if (!outposts || outposts.length === 0) return { status: 'unknown', detail: 'No outpost serving this provider could be read.' };
  const unset = outposts.filter((outpost) => outpost.authentikHost.trim() === '');
  const expected = 'authentik_host is set on the outpost';
  if (unset.length === 0)
    return { status: 'pass', expected, actual: outposts.map((outpost) => `${outpost.name}: ${outpost.authentikHost}`).join('; ') };
  const embedded = unset.some((outpost) => outpost.managed === EMBEDDED_OUTPOST);
  return {
    status: 'warn',
    expected,
    actual: unset.map((outpost) => `${outpost.name}: not set`).join('; '),
    detail: `Set authentik_host (and authentik_host_browser when users reach authentik at another address) in the outpost’s advanced settings${embedded ? '; the embedded outpost starts without it' : ''}, or logins redirect to the wrong address or loop.`,
  };
}

export function outpostHostCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'outpost-host',
    title: text.title ?? 'The outpost knows authentik’s address',
    why: text.why ?? 'The outpost sends browsers to authentik_host (or authentik_host_browser) to log in.',
    evaluate: (pair) => {
      const found = proxy(pair);
      return found ? evaluateOutpostHost(found.outposts) : NOT_PROXY;
    },
  });
}
