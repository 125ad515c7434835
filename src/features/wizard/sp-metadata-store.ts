/**
 * The SP metadata the admin pasted, uploaded or fetched, kept in this tab (sessionStorage, per
 * app) so a reload or a step back loses nothing. Metadata is public: no secret is ever in it. It
 * applies to the request only while the entity ID field still holds the metadata's entity ID.
 */
import { parseSpMetadata, type SpMetadata } from '../../lib/saml-metadata/parse';
import { metadataSettings, type SpMetadataSettings } from '../../lib/saml-metadata/settings';
import type { IntegrationDefinition } from './engine/types';
import { inputTargets } from './protocols/saml/metadata-targets';

const key = (definitionId: string) => `authentik-wizard:sp-metadata:${definitionId}`;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function saveSpMetadata(definitionId: string, xml: string): void {
  try {
    storage()?.setItem(key(definitionId), xml);
  } catch {
    // A full or refused storage only costs the reload.
  }
}

export function loadSpMetadata(definitionId: string): string {
  return storage()?.getItem(key(definitionId)) ?? '';
}

export function clearSpMetadata(definitionId: string): void {
  storage()?.removeItem(key(definitionId));
}

/** The browser's parser; null where there is none. */
export function browserParse(xml: string) {
  if (typeof DOMParser === 'undefined') return null;
  return parseSpMetadata(xml, new DOMParser());
}

/** The stored metadata that applies to these inputs, as request settings: its entity ID must be the entity ID input's value. */
export function storedSpMetadata(
  definition: IntegrationDefinition,
  inputs: Record<string, string>,
  mayCreateKeypairs: boolean,
): { metadata: SpMetadata; settings: SpMetadataSettings } | null {
  const targets = inputTargets(definition.data);
  if (!targets.entity) return null;
  const xml = loadSpMetadata(definition.id);
  if (!xml) return null;
  const parsed = browserParse(xml);
  if (!parsed?.ok || parsed.metadata.entityId !== inputs[targets.entity]) return null;
  const settings = metadataSettings(parsed.metadata, mayCreateKeypairs);
  return settings ? { metadata: parsed.metadata, settings } : null;
}
