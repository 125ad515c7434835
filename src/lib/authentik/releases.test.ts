import { describe, expect, it } from 'vitest';
import { CAPABILITIES, NEWEST_RELEASE, OLDEST_RELEASE, RELEASES, compareReleases, isReleaseId, parseRelease } from './releases';

describe('parseRelease: which release behaviour applies to a version authentik reports', () => {
  it.each([
    ['2025.4.1', '2025.4'],
    ['2025.6.4', '2025.6'],
    ['2025.10.4', '2025.10'],
    ['2025.12.0', '2025.12'],
    ['2026.2.0-rc1', '2026.2'],
    [' 2026.8.3 ', '2026.8'],
    ['v2026.5.6', '2026.5'],
    ['2026.5', '2026.5'],
  ])('%j is %s, supported', (version, id) => {
    expect(parseRelease(version)).toEqual({ id, supported: 'yes', minor: id, version: version.trim() });
  });

  it('maps a newer release to the newest known behaviour and says so', () => {
    expect(parseRelease('2026.10.1')).toEqual({ id: NEWEST_RELEASE, supported: 'newer', minor: '2026.10', version: '2026.10.1' });
    expect(parseRelease('2027.2.0')).toMatchObject({ id: '2026.8', supported: 'newer' });
  });

  it('maps an older release to the oldest known behaviour and says so', () => {
    expect(parseRelease('2025.2.4')).toEqual({ id: OLDEST_RELEASE, supported: 'older', minor: '2025.2', version: '2025.2.4' });
    expect(parseRelease('2024.12.3')).toMatchObject({ id: '2025.4', supported: 'older' });
  });

  it('maps a minor between two releases to the older one', () => {
    expect(parseRelease('2025.7.0')).toMatchObject({ id: '2025.6', supported: 'yes', minor: '2025.7' });
  });

  it.each(['', 'latest', '2025', '2025.104', '25.10.1', 'gh-main'])('does not read %j as a version', (version) => {
    expect(parseRelease(version)).toBeNull();
  });
});

// What each row says is checked against the schemas and authentik's source in releases-schema.test.ts.
describe('the capability table', () => {
  it('has one row per release, oldest first', () => {
    expect(Object.keys(CAPABILITIES)).toEqual([...RELEASES]);
    const sorted = [...RELEASES].sort(compareReleases);
    expect(sorted).toEqual([...RELEASES]);
    expect(RELEASES.every(isReleaseId)).toBe(true);
    expect(isReleaseId('2025.5')).toBe(false);
  });

  it('is frozen, so a consumer cannot change another consumer’s facts', () => {
    expect(Object.isFrozen(CAPABILITIES)).toBe(true);
    expect(Object.isFrozen(CAPABILITIES['2026.8'])).toBe(true);
  });
});
