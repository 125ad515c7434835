/**
 * Checks that apply to any pair: the link between application and provider, policy access for
 * the connected admin, the signing certificate's lifetime and the username setting.
 */
import { unwrap } from '../../../lib/authentik/client';
import type { components } from '../../../lib/authentik/schema.gen';
import type { AuthentikSettings, CertificateKeyPair, CreatedPair } from '../model/types';
import { samlMappings, scopeMappings } from './login-checks';
import type { CustomMappingNeed } from './types';
import { pairCheck, type Check, type CheckResult, type CheckText, type CheckUser } from '../model/checks/types';

type PolicyTestResult = components['schemas']['PolicyTestResult'];

// ---------------------------------------------------------------------------------------------
// Provider assigned to the application

export function evaluateAssignment(pair: CreatedPair): CheckResult {
  const { application, provider } = pair;
  const expected = `Application “${application.slug}” ↔ provider #${provider.pk}`;
  const linkedSlug = provider.assigned_application_slug ?? '';
  if (linkedSlug === application.slug && application.provider === provider.pk) {
    return { status: 'pass', expected, actual: expected };
  }
  const actual = [
    `the application points to ${application.provider == null ? 'no provider' : `provider #${application.provider}`}`,
    `the provider is assigned to ${linkedSlug ? `“${linkedSlug}”` : 'no application'}`,
  ].join('; ');
  return {
    status: 'fail',
    expected,
    actual,
    detail:
      'Open the application in authentik (Applications › Applications › Edit) and select this provider, so authentik serves its login URLs under this application.',
  };
}

export function providerAssignedCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'provider-assigned',
    title: text.title ?? 'The provider is assigned to the application',
    why: text.why ?? 'Without the link authentik serves no login, metadata or key URLs under the application’s slug.',
    evaluate: (pair) => evaluateAssignment(pair),
  });
}

// ---------------------------------------------------------------------------------------------
// The connected admin may open the application

export function evaluateAccess(result: PolicyTestResult, who: string): CheckResult {
  const expected = `${who} may open the application`;
  if (result.passing) return { status: 'pass', expected, actual: expected };
  const messages = result.messages.filter((message) => message.trim() !== '');
  return {
    status: 'fail',
    expected,
    actual: messages.length > 0 ? `Access denied: ${messages.join(' ')}` : 'Access denied by the application’s policies',
    detail:
      'authentik’s policy check refuses this user, so the login would end on an “access denied” page. Check the policy, group and user bindings of the application, and the brand’s default application access.',
  };
}

export function applicationAccessCheck(text: CheckText = {}): Check {
  return {
    id: 'application-access',
    title: text.title ?? 'You may open the application',
    why: text.why ?? 'If authentik’s policies refuse a user, the login stops at authentik before the app sees it.',
    run: async ({ pair, client, user, signal }) => {
      // for_user is honoured for superusers only; others are checked as themselves anyway.
      const query = user.is_superuser ? { for_user: user.pk } : {};
      const result = await unwrap(
        client.api.GET('/core/applications/{slug}/check_access/', { params: { path: { slug: pair.application.slug }, query }, signal }),
      );
      return evaluateAccess(result, userLabel(user));
    },
  };
}

function userLabel(user: CheckUser): string {
  return user.username ? `Your user ${user.username}` : 'Your user';
}

// ---------------------------------------------------------------------------------------------
// Signing certificate lifetime

const DAY_MS = 24 * 3600 * 1000;

export function evaluateCertificateExpiry(keyPk: string | null, keypair: CertificateKeyPair | null, now: Date, warnDays: number): CheckResult {
  const expected = `Valid for more than ${warnDays} days`;
  if (!keyPk) return { status: 'fail', expected, actual: 'No signing certificate is selected' };
  if (!keypair) {
    return {
      status: 'unknown',
      expected,
      detail: 'Could not read the signing certificate: your user may lack the permission to view certificate-key pairs.',
    };
  }
  if (!keypair.cert_expiry) return { status: 'unknown', expected, detail: `authentik reports no expiry date for “${keypair.name}”.` };
  const expiry = new Date(keypair.cert_expiry);
  if (Number.isNaN(expiry.getTime()))
    return { status: 'unknown', expected, detail: `authentik reports the expiry “${keypair.cert_expiry}”, which is not a date.` };
  const days = Math.floor((expiry.getTime() - now.getTime()) / DAY_MS);
  const date = expiry.toISOString().slice(0, 10);
  if (days < 0) {
    return {
      status: 'fail',
      expected,
      actual: `“${keypair.name}” expired on ${date}`,
      detail:
        'Logins signed with an expired certificate are rejected. Create or import a new certificate, select it in the provider and update the fingerprint or key in the app.',
    };
  }
  if (days < warnDays) {
    return {
      status: 'warn',
      expected,
      actual: `“${keypair.name}” expires on ${date} (in ${days} day${days === 1 ? '' : 's'})`,
      detail: 'Plan the renewal now: after the switch, the app needs the new certificate’s fingerprint or keys.',
    };
  }
  return { status: 'pass', expected, actual: `“${keypair.name}” is valid until ${date} (${days} days)` };
}

export function certificateExpiryCheck(options: CheckText & { warnDays?: number; keyPk: (pair: CreatedPair) => string | null }): Check {
  const warnDays = options.warnDays ?? 30;
  return pairCheck({
    id: 'certificate-expiry',
    title: options.title ?? 'The signing certificate is not about to expire',
    why: options.why ?? 'Once the certificate expires, the app rejects every signed login.',
    evaluate: (pair) => evaluateCertificateExpiry(options.keyPk(pair), pair.signingKey, new Date(), warnDays),
  });
}

// ---------------------------------------------------------------------------------------------
// Users may change their username

export function evaluateUsernameChange(settings: Partial<Pick<AuthentikSettings, 'default_user_change_username'>> | null): CheckResult {
  const expected = 'Allow users to change username: off';
  const value = settings?.default_user_change_username;
  if (value === true) {
    return {
      status: 'warn',
      expected,
      actual: 'Allow users to change username: on',
      detail:
        'A user who renames themselves arrives in the app as a different person. Turn it off under System › Settings › Allow users to change username (per-user or per-group attributes can still override it).',
    };
  }
  if (value === false) return { status: 'pass', expected, actual: 'Allow users to change username: off' };
  return {
    status: 'unknown',
    expected,
    detail: 'authentik did not report this setting. Look under System › Settings › Allow users to change username.',
  };
}

export function usernameChangeCheck(text: CheckText = {}): Check {
  return {
    id: 'username-changes',
    scope: 'instance',
    title: text.title ?? 'Users cannot change their username',
    why: text.why ?? 'The app identifies accounts by username, so a renamed user would no longer match their account.',
    run: async ({ client, signal }) => evaluateUsernameChange(await unwrap(client.api.GET('/admin/settings/', { signal }))),
    evaluate: (pair) => evaluateUsernameChange(pair.settings),
  };
}

// ---------------------------------------------------------------------------------------------
// Custom property mappings are attached

/**
 * What an expression returns, as text to compare: comments, white space, quote style and a trailing
 * comma do not change it, `request.user` is the `user` authentik puts in every mapping's context
 * (authentik/core/expression/evaluator.py), and the entries of a returned dict literal are unordered.
 */
export function expressionMeaning(expression: string): string {
  const text = expression
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join('\n')
    .replace(/\brequest\.user\b/g, 'user')
    .replace(/'/g, '"')
    .replace(/\s+/g, '')
    .replace(/,([}\])])/g, '$1');
  const dict = /^return\{([^{}]*)\}$/.exec(text);
  return dict ? `return{${dict[1]!.split(',').sort().join(',')}}` : text;
}

interface MappingLike {
  pk: string;
  name: string;
  expression: string;
  saml_name?: string;
  scope_name?: string;
}

/** The SAML attribute or the scope a mapping serves: what the app reads, whatever the mapping is called. */
const servedBy = (need: CustomMappingNeed): string => String((need.kind === 'saml' ? need.body.saml_name : need.body.scope_name) ?? '');
const serves = (mapping: MappingLike, need: CustomMappingNeed): string => (need.kind === 'saml' ? mapping.saml_name : mapping.scope_name) ?? '';

/**
 * The app's own mappings are attached: a mapping counts by the SAML attribute (or scope) it serves
 * and what its expression returns, never by the name the wizard would give it, so one made by hand
 * under another name passes.
 */
export function evaluateCustomMappings(
  needs: readonly CustomMappingNeed[],
  attached: readonly string[],
  all: { scope: readonly MappingLike[]; saml: readonly MappingLike[] },
): CheckResult {
  const expected = needs.map((need) => `${need.describe} (${need.expression})`).join('; ');
  const pks = new Set(attached);
  const onProvider = (need: CustomMappingNeed) => all[need.kind].filter((mapping) => pks.has(mapping.pk));
  const matches = (need: CustomMappingNeed) =>
    onProvider(need).find(
      (mapping) => serves(mapping, need) === servedBy(need) && expressionMeaning(mapping.expression) === expressionMeaning(need.expression),
    );
  const found = needs.map((need) => ({ need, mapping: matches(need) }));
  const missing = found.filter((entry) => !entry.mapping).map((entry) => entry.need);
  if (missing.length === 0)
    return { status: 'pass', expected, actual: found.map((entry) => `${entry.need.describe}: “${entry.mapping!.name}”`).join('; ') };
  const other = (need: CustomMappingNeed) => onProvider(need).find((mapping) => serves(mapping, need) === servedBy(need));
  return {
    status: 'fail',
    expected,
    actual: `Not attached: ${missing
      .map((need) => {
        const near = other(need);
        return near ? `${need.describe} (“${near.name}” returns something else)` : need.describe;
      })
      .join(', ')}`,
    detail:
      'Without these mappings the app does not receive the values it needs. Select a mapping for each in the provider’s property mappings (or create the pair again with the wizard).',
  };
}

export function customMappingsCheck(options: CheckText & { needs: readonly CustomMappingNeed[]; attached: (pair: CreatedPair) => string[] }): Check {
  return {
    id: 'custom-mappings',
    title: options.title ?? 'The app’s own property mappings are attached',
    why: options.why ?? 'The app reads values that only these mappings provide.',
    run: async ({ pair, client, signal, shared }) => {
      const kinds = new Set(options.needs.map((need) => need.kind));
      // The same lists the scope and NameID checks read: once per audit for every pair.
      const [scope, saml] = await Promise.all([
        kinds.has('scope') ? shared('catalog:scope-mappings', () => scopeMappings(client, signal)) : [],
        kinds.has('saml') ? shared('catalog:saml-mappings', () => samlMappings(client, signal)) : [],
      ]);
      return evaluateCustomMappings(options.needs, options.attached(pair), { scope, saml });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// authentik is reachable from the internet (for apps whose servers call it)

/** Private names and IPv4 ranges. A host without a dot (localhost, a bare name, any IPv6 address) is refused anyway. */
const PRIVATE_HOST = [
  /\.(local|localhost|lan|internal|intranet|home|corp|home\.arpa)$/i,
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^0\./,
];

export function evaluatePublicAuthentik(base: string): CheckResult {
  const expected = 'https on a public host name';
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return { status: 'unknown', expected, detail: `“${base}” is not a URL.` };
  }
  const host = url.hostname;
  const problems: string[] = [];
  if (url.protocol !== 'https:')
    problems.push('it uses plain http, so the app’s servers would send codes and secrets unencrypted (and most refuse http)');
  if (PRIVATE_HOST.some((pattern) => pattern.test(host)) || !host.includes('.'))
    problems.push(`${host} is a loopback, private or local name that servers on the internet cannot reach`);
  if (problems.length === 0) return { status: 'pass', expected, actual: `${url.protocol}//${url.host}` };
  return {
    status: 'fail',
    expected,
    actual: `${url.protocol}//${url.host}`,
    detail: `The app’s servers call authentik from the internet, but ${problems.join('; and ')}. Publish authentik under a public https address with a trusted certificate, then connect the wizard to that address.`,
  };
}

export function publicAuthentikCheck(text: CheckText = {}): Check {
  return {
    id: 'public-authentik',
    scope: 'instance',
    title: text.title ?? 'authentik is reachable over https on a public address',
    why: text.why ?? 'The app’s servers fetch tokens and keys from authentik over the internet.',
    run: async ({ client }) => evaluatePublicAuthentik(client.target.base),
  };
}

/** Reasons of the common checks, around the app's name (a protocol may word them its own way). */
export const COMMON_REASONS: Readonly<Record<string, (app: string) => string>> = {
  'provider-assigned': () => 'Without the link authentik serves no login URLs under the application’s slug.',
  'application-access': (app) => `If authentik’s policies refuse you, the ${app} login ends on an authentik error page.`,
  'certificate-expiry': (app) => `An expired signing certificate makes ${app} reject every login.`,
  'username-changes': (app) => `${app} identifies users by their authentik username, so a renamed user would arrive as someone new.`,
  'public-authentik': (app) => `${app} fetches tokens and keys from authentik over the internet.`,
  'custom-mappings': (app) => `${app} reads values that only these mappings provide.`,
};
