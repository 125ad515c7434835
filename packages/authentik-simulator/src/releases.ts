/**
 * The authentik releases this simulator can speak: exactly those whose official OpenAPI schema the
 * package holds (see `SCHEMA_SOURCES` in contract/schema-loader.ts). The simulator's own list — it
 * does not read the wizard's release table, so a wrong belief in the wizard cannot hide behind the
 * same belief here.
 */

/** Simulated releases, oldest first. */
export const RELEASES = ['2025.4', '2025.6', '2025.8', '2025.10', '2025.12', '2026.2', '2026.5', '2026.8'] as const;
export type ReleaseId = (typeof RELEASES)[number];

export const OLDEST_RELEASE: ReleaseId = RELEASES[0];
export const NEWEST_RELEASE: ReleaseId = RELEASES[RELEASES.length - 1]!;

function order(release: string): number {
  const [year, minor] = release.split('.').map(Number);
  return (year ?? 0) * 100 + (minor ?? 0);
}

/** < 0 when `a` is older than `b`, 0 when equal, > 0 when newer (`year.minor` strings). */
export function compareReleases(a: string, b: string): number {
  return order(a) - order(b);
}

/** True when `release` is `since` or newer. */
export function isAtLeast(release: ReleaseId, since: ReleaseId): boolean {
  return compareReleases(release, since) >= 0;
}

export function isReleaseId(value: unknown): value is ReleaseId {
  return typeof value === 'string' && (RELEASES as readonly string[]).includes(value);
}
