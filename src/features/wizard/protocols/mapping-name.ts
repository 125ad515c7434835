/**
 * The name an exported file gives a custom property mapping (ADR 0007, amendment): the
 * definition's name plus the first 8 hex digits of a SHA-256 over the mapping's kind and fields.
 * authentik's mapping names are unique, and an exported file finds its mapping by name: a mapping
 * an admin made with the same display name but another expression can never be the one found.
 */
import type { CustomMappingNeed } from './types';
import { sha256Hex } from './digest';

const canonical = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, item]) => [key, canonical(item)]),
      )
    : value;

export function exportedMappingName(need: Pick<CustomMappingNeed, 'kind' | 'name' | 'body'>): string {
  const digest = sha256Hex(JSON.stringify(canonical({ kind: need.kind, body: { ...need.body, name: need.name } }))).slice(0, 8);
  return `${need.name} [${digest}]`;
}
