/**
 * Checks of a SAML provider: where assertions go (ACS URL, audience, binding, relay state), that
 * they are signed, and that the public metadata agrees with what the admin entered in the app.
 */
import type { CertificateKeyPair, CreatedPair, SAMLProvider } from '../../model/types';
import { pairCheck, type Check, type CheckContext, type CheckResult, type CheckText } from '../../model/checks/types';
import { certificateFingerprint, readSamlMetadata, type SamlMetadataFacts } from './metadata';
import { colonHex, isNotFound, normalizeHex, notApplicable, publicText, shown, tryUrl, type SamlPair } from '../../model/checks/util';

function saml(pair: CreatedPair): SamlPair | null {
  return pair.protocol === 'saml' ? pair : null;
}

/** Placeholders from authentik's written guides; an ACS URL there sends assertions to a stranger. */
const KNOWN_PLACEHOLDER_HOSTS = new Set(['temp.temp', 'placeholder.com', 'www.placeholder.com']);

// ---------------------------------------------------------------------------------------------
// ACS URL

export interface AcsRule {
  /** The integration's own placeholder (the wizard created the provider with it). */
  isPlaceholder: (acs: string) => boolean;
  /** host[:port] the ACS URL must be on, or null when unknown. */
  host: string | null;
  /** The path the app receives logins on, when the app's ACS URL has a fixed path (e.g. Slack's /sso/saml). */
  path?: string | null;
}

export function evaluateAcsUrl(acs: string, rule: AcsRule): CheckResult {
  const expected = rule.host ? `The ACS URL the app shows, on ${rule.host}` : 'The ACS URL the app shows';
  const url = tryUrl(acs);
  const actual = shown(acs);
  if (!url) return { status: 'fail', expected, actual, detail: 'The ACS URL is not a URL. Copy it from the app into the provider.' };
  if (KNOWN_PLACEHOLDER_HOSTS.has(url.hostname) || rule.isPlaceholder(acs)) {
    return {
      status: 'fail',
      expected,
      actual,
      detail:
        'The provider still has the placeholder ACS URL, so authentik posts the login somewhere the app never sees it. Copy the ACS URL the app shows into authentik (the round-trip step of this wizard).',
    };
  }
  if (url.protocol !== 'https:') {
    return {
      status: 'fail',
      expected,
      actual,
      detail: 'The ACS URL uses plain http: the signed login would travel unencrypted. Use the https address the app shows.',
    };
  }
  if (rule.host && url.host !== rule.host) {
    return {
      status: 'fail',
      expected,
      actual,
      detail: `The ACS URL points to ${url.host}, not to the app at ${rule.host}: logins would be posted to another server.`,
    };
  }
  if (rule.path && url.pathname.replace(/\/+$/, '') !== rule.path.replace(/\/+$/, '')) {
    const fixed = `${url.origin}${rule.path}`;
    return {
      status: 'fail',
      expected: `${expected}, path ${rule.path}`,
      actual,
      detail: `The ACS URL’s path is ${url.pathname}, but the app receives logins on ${rule.path}: the app answers the posted login with “not found” or an error.`,
      fix: { label: 'Use the app’s ACS path', describe: [{ field: 'ACS URL', before: acs, after: fixed }], patch: { acs_url: fixed } },
    };
  }
  return { status: 'pass', expected, actual };
}

export function acsUrlCheck(
  options: CheckText & { isPlaceholder: (acs: string) => boolean; host: (pair: SamlPair) => string | null; path?: string | null },
): Check {
  return pairCheck({
    id: 'acs-url',
    fields: ['acs_url'],
    title: options.title ?? 'The ACS URL is the app’s own',
    why: options.why ?? 'authentik posts every signed login to the ACS URL; a placeholder or foreign host means the app never receives it.',
    evaluate: (pair) => {
      const found = saml(pair);
      if (!found) return notApplicable('SAML');
      return evaluateAcsUrl(found.provider.acs_url, { isPlaceholder: options.isPlaceholder, host: options.host(found), path: options.path ?? null });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Audience

export function evaluateAudience(audience: string | undefined): CheckResult {
  const expected = 'The SP entity ID the app shows';
  if ((audience ?? '').trim() !== '') return { status: 'pass', expected, actual: audience };
  return {
    status: 'fail',
    expected,
    actual: '(empty)',
    detail:
      'Without an audience the assertion is not restricted to the app, and apps that check it reject the login. Copy the SP entity ID the app shows into the provider’s Audience.',
  };
}

export function audienceCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'audience',
    fields: ['audience'],
    title: text.title ?? 'The audience is set',
    why: text.why ?? 'The app may reject assertions that are not addressed to its own entity ID.',
    evaluate: (pair) => {
      const found = saml(pair);
      return found ? evaluateAudience(found.provider.audience) : notApplicable('SAML');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Service provider binding

export function evaluateSpBinding(binding: SAMLProvider['sp_binding']): CheckResult {
  const expected = 'Post';
  const actual = binding === 'post' ? 'Post' : binding === 'redirect' ? 'Redirect' : shown(binding);
  if (binding === 'post') return { status: 'pass', expected, actual };
  return {
    status: 'fail',
    expected,
    actual,
    detail:
      'With Redirect, authentik sends the login response in the address bar; the web browser SSO profile expects a form post, and the app may refuse it.',
    fix: {
      label: 'Send responses by Post',
      describe: [{ field: 'Service Provider Binding', before: actual, after: 'Post' }],
      patch: { sp_binding: 'post' },
    },
  };
}

export function spBindingCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'sp-binding',
    title: text.title ?? 'Responses are sent by Post',
    why: text.why ?? 'The app expects the SAML response as a form post.',
    evaluate: (pair) => {
      const found = saml(pair);
      return found ? evaluateSpBinding(found.provider.sp_binding) : notApplicable('SAML');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Signing

export function evaluateSamlSigning(
  provider: Pick<SAMLProvider, 'signing_kp' | 'sign_assertion' | 'sign_response'>,
  keypair: CertificateKeyPair | null,
): CheckResult {
  const expected = 'A signing certificate, and signed assertions or responses';
  if (!provider.signing_kp) {
    return {
      status: 'fail',
      expected,
      actual: 'No signing certificate',
      detail:
        'Unsigned assertions cannot be trusted and the app rejects them. Select a signing certificate in the provider and keep “Sign assertions” on.',
    };
  }
  const signed = [provider.sign_assertion ? 'assertions' : null, provider.sign_response ? 'responses' : null].filter(Boolean);
  const name = keypair ? `“${keypair.name}”` : 'a certificate';
  if (signed.length === 0) {
    return {
      status: 'fail',
      expected,
      actual: `Signed with ${name}: nothing (assertions and responses both unsigned)`,
      detail: 'A signing certificate is selected but neither assertions nor responses are signed.',
      fix: { label: 'Sign assertions', describe: [{ field: 'Sign assertions', before: 'off', after: 'on' }], patch: { sign_assertion: true } },
    };
  }
  return { status: 'pass', expected, actual: `Signed with ${name}: ${signed.join(' and ')}` };
}

export function samlSigningCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'saml-signing',
    title: text.title ?? 'Logins are signed',
    why: text.why ?? 'The app only trusts assertions signed with the certificate whose fingerprint it knows.',
    evaluate: (pair) => {
      const found = saml(pair);
      return found ? evaluateSamlSigning(found.provider, found.signingKey) : notApplicable('SAML');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Default relay state

export function evaluateRelayState(relayState: string | undefined, host: string | null): CheckResult {
  const value = relayState ?? '';
  const expected = host ? `Empty, or a URL on ${host}` : 'Empty';
  if (value === '') return { status: 'pass', expected, actual: '(empty)' };
  const url = tryUrl(value);
  if (url && host && url.host === host) return { status: 'pass', expected, actual: value };
  return {
    status: 'fail',
    expected,
    actual: value,
    detail: 'Apps that restore their own state from the relay state refuse a foreign one, and users land on an error page after signing in.',
    fix: {
      label: 'Clear the default relay state',
      describe: [{ field: 'Default relay state', before: value, after: '(empty)' }],
      patch: { default_relay_state: '' },
    },
  };
}

export function relayStateCheck(options: CheckText & { host: (pair: SamlPair) => string | null }): Check {
  return pairCheck({
    id: 'relay-state',
    title: options.title ?? 'The default relay state is empty or on the app’s host',
    why: options.why ?? 'A relay state that points elsewhere makes the app fail after a successful login.',
    evaluate: (pair) => {
      const found = saml(pair);
      return found ? evaluateRelayState(found.provider.default_relay_state, options.host(found)) : notApplicable('SAML');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Public metadata

/** authentik's public metadata address of an application, below the connected base URL. */
export function metadataUrl(base: string, slug: string): string {
  return `${base.replace(/\/+$/, '')}/application/saml/${encodeURIComponent(slug)}/metadata/`;
}

type MetadataAnswer = { ok: true; facts: SamlMetadataFacts } | { ok: false; result: CheckResult };

async function loadMetadata(ctx: CheckContext, slug: string): Promise<MetadataAnswer> {
  const url = metadataUrl(ctx.client.target.base, slug);
  try {
    return { ok: true, facts: readSamlMetadata(await publicText(ctx, url)) };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return {
      ok: false,
      result: {
        status: 'fail',
        expected: `Metadata at ${url}`,
        actual: 'HTTP 404',
        detail: 'authentik serves no SAML metadata for this slug, so the SSO URL built from it does not work either.',
      },
    };
  }
}

export function evaluateEntityId(facts: SamlMetadataFacts, expected: string): CheckResult {
  if (facts.entityId === null)
    return { status: 'fail', expected, actual: '(no entityID in the metadata)', detail: 'authentik’s metadata has no entity ID.' };
  if (facts.entityId === expected) return { status: 'pass', expected, actual: facts.entityId };
  return {
    status: 'fail',
    expected,
    actual: facts.entityId,
    detail:
      'authentik signs logins as this issuer, but the configuration screen shows another IdP entity ID: the app would reject every response. Enter the issuer from the metadata in the app.',
  };
}

export function metadataEntityIdCheck(options: CheckText & { expectedEntityId: (pair: SamlPair) => string }): Check {
  return {
    id: 'metadata-entity-id',
    title: options.title ?? 'The metadata’s entity ID matches the IdP entity ID',
    why: options.why ?? 'The app compares the issuer of every response with the IdP entity ID it was given.',
    run: async (ctx) => {
      const found = saml(ctx.pair);
      if (!found) return notApplicable('SAML');
      const metadata = await loadMetadata(ctx, found.application.slug);
      return metadata.ok ? evaluateEntityId(metadata.facts, options.expectedEntityId(found)) : metadata.result;
    },
  };
}

export function evaluateCertificate(
  metadataFingerprints: readonly string[],
  signingKp: string | null | undefined,
  keypair: CertificateKeyPair | null,
): CheckResult {
  const expected = keypair?.fingerprint_sha256 ? colonHex(keypair.fingerprint_sha256) : 'The fingerprint of the provider’s signing certificate';
  if (!signingKp)
    return { status: 'fail', expected, actual: 'No signing certificate selected', detail: 'Select a signing certificate in the provider.' };
  if (!keypair?.fingerprint_sha256) {
    return {
      status: 'unknown',
      expected,
      detail: 'Could not read the signing certificate’s fingerprint: your user may lack the permission to view certificate-key pairs.',
    };
  }
  if (metadataFingerprints.length === 0) {
    return {
      status: 'fail',
      expected,
      actual: '(no signing certificate in the metadata)',
      detail: 'authentik publishes no signing certificate for this provider.',
    };
  }
  const wanted = normalizeHex(keypair.fingerprint_sha256);
  if (metadataFingerprints.some((fingerprint) => normalizeHex(fingerprint) === wanted)) return { status: 'pass', expected, actual: colonHex(wanted) };
  return {
    status: 'fail',
    expected,
    actual: metadataFingerprints.map(colonHex).join('\n'),
    detail:
      'The metadata carries another certificate than the one selected in the provider; the fingerprint entered in the app would not match the signature.',
  };
}

export function metadataCertificateCheck(text: CheckText = {}): Check {
  return {
    id: 'metadata-certificate',
    title: text.title ?? 'The metadata’s certificate has the fingerprint on the configuration screen',
    why: text.why ?? 'The app verifies each signature against the certificate fingerprint it was given; a different certificate fails every login.',
    run: async (ctx) => {
      const found = saml(ctx.pair);
      if (!found) return notApplicable('SAML');
      if (!found.provider.signing_kp) return evaluateCertificate([], null, null);
      const metadata = await loadMetadata(ctx, found.application.slug);
      if (!metadata.ok) return metadata.result;
      const fingerprints = await Promise.all(metadata.facts.signingCertificates.map(certificateFingerprint));
      return evaluateCertificate(fingerprints, found.provider.signing_kp, found.signingKey);
    },
  };
}
