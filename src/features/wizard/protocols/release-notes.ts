/**
 * What a release changes for the pair the wizard is about to create, in words for the review step.
 * The protocol module says what concerns its provider; the rest is said here, from the same table.
 */
import { NEWEST_RELEASE, OLDEST_RELEASE, type ParsedRelease, type ReleaseCapabilities } from '../../../lib/authentik/releases';
import type { ProtocolModule } from './types';

export function releaseNotes(module: ProtocolModule, caps: ReleaseCapabilities): string[] {
  const at = `authentik ${caps.release}`;
  return [
    ...module.releaseNotes(caps),
    ...(caps.keypairTypeField === 'private_key_type'
      ? [`${at}: keypairs report their type as private_key_type, and the key list cannot be filtered by type; the wizard filters it itself.`]
      : []),
    ...(caps.applicationSlugMaxLength !== null ? [`${at}: an application slug has at most ${caps.applicationSlugMaxLength} characters.`] : []),
  ];
}

/** The notice for a release outside the supported window, or null inside it. */
export function supportNotice(parsed: ParsedRelease | null): { tone: 'warning' | 'info'; title: string; text: string } | null {
  if (!parsed) {
    return {
      tone: 'warning',
      title: 'The authentik version could not be read',
      text: `This token may not read the version, so the wizard assumes authentik ${NEWEST_RELEASE}. On an older authentik some fields may be refused or silently dropped; check the pair on the verification step.`,
    };
  }
  if (parsed.supported === 'older') {
    return {
      tone: 'warning',
      title: `authentik ${parsed.version} is older than this wizard supports`,
      text: `The wizard supports authentik ${OLDEST_RELEASE} to ${NEWEST_RELEASE} and would send ${OLDEST_RELEASE}'s fields. Older releases may refuse the request, drop settings without saying so, or lack the transactional endpoint. Upgrade authentik, or check every setting of the pair by hand after creating it.`,
    };
  }
  if (parsed.supported === 'newer') {
    return {
      tone: 'info',
      title: `authentik ${parsed.version} is newer than the wizard knows`,
      text: `The wizard uses the behaviour of ${NEWEST_RELEASE}, the newest release it was tested against. If a setting changed since, the verification step shows it.`,
    };
  }
  return null;
}
