import { describe, expect, it } from 'vitest';
import { capabilities, parseRelease } from '../../../lib/authentik/releases';
import { oidc } from './oidc/module';
import { releaseNotes, supportNotice } from './release-notes';
import { saml } from './saml/module';

describe('the review says what the connected release changes', () => {
  it('2025.10: no grant or redirect URI types for OpenID Connect, the issuer field for SAML', () => {
    const caps = capabilities('2025.10');
    expect(releaseNotes(oidc as never, caps).join(' ')).toMatch(/grant types do not exist yet.*redirect URI types do not exist yet/);
    expect(releaseNotes(saml as never, caps).join(' ')).toMatch(/Issuer is its entity ID/);
  });

  it('2026.8 changes nothing worth saying', () => {
    expect(releaseNotes(oidc as never, capabilities('2026.8'))).toEqual([]);
    expect(releaseNotes(saml as never, capabilities('2026.8'))).toEqual([]);
  });

  it('a release outside the window, or none, gets a notice; one inside gets none', () => {
    expect(supportNotice(parseRelease('2024.12.3'))?.title).toMatch(/older than this wizard supports/);
    expect(supportNotice(parseRelease('2027.2.0'))?.tone).toBe('info');
    expect(supportNotice(null)?.title).toMatch(/could not be read/);
    expect(supportNotice(parseRelease('2025.12.6'))).toBeNull();
  });
});
