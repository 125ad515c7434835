/**
 * Release traps of SAML providers, checked on every SAML provider whatever app it serves.
 * Before 2026.5 the entity ID is the `issuer` field, default "authentik"; the 2026.5 upgrade renamed
 * it to `issuer_override` and kept its value, while new providers get the metadata URL.
 */
import { pairCheck, type Check, type CheckResult } from '../../model/checks/types';
import { notApplicable } from '../../model/checks/util';
import type { SAMLProvider } from '../../model/types';

const OLD_DEFAULT = 'authentik';

export function evaluateIssuer(provider: Pick<SAMLProvider, 'issuer_override' | 'url_issuer'> & { issuer?: string }): CheckResult {
  const modern = provider.issuer_override !== undefined || provider.url_issuer !== undefined;
  const value = modern ? (provider.issuer_override ?? '') : (provider.issuer ?? '');
  const expected = modern
    ? 'No override (the provider’s metadata URL), or an entity ID of this provider’s own'
    : 'The provider’s metadata URL, or an entity ID of this provider’s own';
  if (!modern && value.trim() === '') {
    return {
      status: 'fail',
      expected,
      actual: '(empty)',
      detail:
        'The Issuer is empty: the metadata has no entity ID and apps reject the responses. Set it to the provider’s metadata URL and give that to the app.',
    };
  }
  if (value === OLD_DEFAULT) {
    return {
      status: 'warn',
      expected,
      actual: modern ? 'Issuer override “authentik”, kept from before 2026.5' : 'Issuer “authentik”, authentik’s old default',
      detail: modern
        ? 'The upgrade to 2026.5 kept the old default entity ID “authentik” as an override, shared by every provider upgraded that way; providers created since use their metadata URL. It still works, but an app that tells identity providers apart by entity ID cannot. Change it only together with the app (no automatic fix: the app trusts “authentik”).'
        : 'Every SAML provider left at this default announces the same entity ID; authentik’s guides set the metadata URL. Upgrading to 2026.5 keeps “authentik” as an override. Change it only together with the app (no automatic fix: the app trusts “authentik”).',
    };
  }
  return { status: 'pass', expected, actual: value === '' ? 'No override: the metadata URL' : value };
}

export function issuerCheck(): Check {
  return pairCheck({
    id: 'saml-issuer',
    title: 'The entity ID is this provider’s own',
    why: 'Apps match the Issuer of every response with the entity ID they were given; the meaning of this field changed in 2026.5.',
    evaluate: (pair) => (pair.protocol === 'saml' ? evaluateIssuer(pair.provider) : notApplicable('SAML')),
  });
}
