// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sha256Fingerprint } from '../../../../lib/saml-metadata/fingerprint';
import { parseSpMetadata } from '../../../../lib/saml-metadata/parse';
import { ENCRYPTION_CERT, SIGNING_CERT, SP_METADATA } from '../../../../lib/saml-metadata/test-fixtures';
import { compareWithSpMetadata } from './metadata-compare';

const metadata = () => {
  const parsed = parseSpMetadata(SP_METADATA, new DOMParser());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.metadata;
};

describe('the audit compares a SAML provider with the SP’s current metadata', () => {
  it('a provider that follows the metadata has no difference', async () => {
    const keypairs = [
      { pk: 'v', name: 'Team Notes: SP signing certificate', fingerprint_sha256: await sha256Fingerprint(SIGNING_CERT) },
      { pk: 'e', name: 'Team Notes: SP encryption certificate', fingerprint_sha256: await sha256Fingerprint(ENCRYPTION_CERT) },
    ];
    const provider = {
      acs_url: 'https://wiki.company/saml/acs',
      audience: 'https://wiki.company/saml/metadata?tenant=acme&v=2',
      sp_binding: 'post',
      sign_assertion: true,
      sls_url: 'https://wiki.company/saml/slo',
      sls_binding: 'redirect',
      verification_kp: 'v',
      encryption_kp: 'e',
    };
    expect(await compareWithSpMetadata(provider, metadata(), keypairs)).toEqual([]);
  });

  it('a provider left behind by a new metadata gets each difference with its fix, and a certificate authentik lacks with what to do', async () => {
    const keypairs = [
      { pk: 'old', name: 'Old SP certificate', fingerprint_sha256: 'aa:bb' },
      { pk: 'e', name: 'Uploaded encryption', fingerprint_sha256: await sha256Fingerprint(ENCRYPTION_CERT) },
    ];
    const provider = {
      acs_url: 'https://wiki.company/old/acs',
      audience: 'https://wiki.company/old',
      sp_binding: 'redirect',
      sign_assertion: false,
      sls_url: '',
      sls_binding: 'redirect',
      verification_kp: 'old',
      encryption_kp: null,
    };
    const differences = await compareWithSpMetadata(provider, metadata(), keypairs);
    expect(differences.map(({ field, fix }) => ({ field, fix }))).toEqual([
      { field: 'acs_url', fix: { acs_url: 'https://wiki.company/saml/acs' } },
      { field: 'sp_binding', fix: { sp_binding: 'post' } },
      { field: 'audience', fix: { audience: 'https://wiki.company/saml/metadata?tenant=acme&v=2' } },
      { field: 'sign_assertion', fix: { sign_assertion: true } },
      { field: 'sls_url', fix: { sls_url: 'https://wiki.company/saml/slo', sls_binding: 'redirect' } },
      { field: 'verification_kp', fix: null },
      { field: 'encryption_kp', fix: { encryption_kp: 'e' } },
    ]);
    expect(differences.find((difference) => difference.field === 'verification_kp')?.advice).toContain('upload it under System › Certificates');
  });

  it('a default NameID policy the SP does not list is a difference only where the release has the field', async () => {
    const provider = {
      acs_url: 'https://wiki.company/saml/acs',
      audience: 'https://wiki.company/saml/metadata?tenant=acme&v=2',
      sign_assertion: true,
    };
    const unspecified = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
    const listed = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
    const fields = async (extra: Record<string, string>) =>
      (await compareWithSpMetadata({ ...provider, ...extra }, { ...metadata(), encryptionCertificates: [] }, [])).map(({ field, fix }) => ({
        field,
        fix,
      }));
    expect(await fields({ default_name_id_policy: unspecified })).toEqual([
      { field: 'default_name_id_policy', fix: { default_name_id_policy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' } },
      { field: 'verification_kp', fix: null },
    ]);
    expect((await fields({ default_name_id_policy: listed })).map(({ field }) => field)).toEqual(['verification_kp']);
    expect((await fields({})).map(({ field }) => field)).toEqual(['verification_kp']);
  });
});
