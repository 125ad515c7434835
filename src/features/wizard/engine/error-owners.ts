/**
 * Who owns a field authentik refused: a generic choice on the review step (name, slug, flows,
 * key) or an input of the integration (via its errorOwners).
 */
import type { IntegrationDefinition } from './types';
import type { GenericChoice } from './wizard-params';

const GENERIC_OWNERS: [string, GenericChoice][] = [
  ['app.slug', 'slug'],
  ['app.name', 'appName'],
  ['provider.name', 'appName'],
  ['provider.authorization_flow', 'authorizationFlow'],
  ['provider.invalidation_flow', 'invalidationFlow'],
  ['provider.signing_key', 'signingKey'],
  ['provider.signing_kp', 'signingKey'],
];

export type ErrorOwner = { kind: 'choice'; choice: GenericChoice } | { kind: 'input'; input: string } | { kind: 'none' };

const startsWithPath = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

export function ownerOf(definition: IntegrationDefinition, path: string): ErrorOwner {
  for (const [prefix, input] of Object.entries(definition.errorOwners ?? {})) {
    if (startsWithPath(path, prefix)) return { kind: 'input', input };
  }
  for (const [prefix, choice] of GENERIC_OWNERS) {
    if (startsWithPath(path, prefix)) return { kind: 'choice', choice };
  }
  return { kind: 'none' };
}

/** authentik's answers when the slug or the provider name is taken (must-create semantics). */
export function isAlreadyExists(fields: Record<string, string[]>): boolean {
  const messages = [...(fields['app.slug'] ?? []), ...(fields['provider.name'] ?? [])];
  return messages.some((message) => /already exists|exists already|must_created/i.test(message));
}
