/**
 * An audited SAML row against the SP's current metadata, pasted by the admin: the metadata is read
 * with the safe parser, the provider and the keypairs are read again (a fix applied since the audit
 * counts), and every difference a PATCH of the provider can repair becomes a fix candidate for the
 * audit's own review, with the permission it needs. Reads only.
 */
import { unwrap, type AuthentikClient } from '../../lib/authentik/client';
import { parseSpMetadata, type XmlParser } from '../../lib/saml-metadata/parse';
import type { CreatedPair } from '../wizard/engine/types';
import { compareWithSpMetadata, type MetadataDifference } from '../wizard/protocols/saml/metadata-compare';
import { fixCandidate, type FixCandidate } from './fixes';
import { listAll, PAGE_SIZE } from './inventory';
import type { AuditRow } from './run-audit';
import type { WritePermissions } from './write-permissions';

export type SpComparison =
  | { ok: false; error: string }
  | {
      ok: true;
      entityId: string;
      differences: MetadataDifference[];
      /** The fix of each difference that has one, by its field. */
      fixes: Map<string, FixCandidate>;
      notes: string[];
    };

const CERTIFICATE_FIELDS = ['verification_kp', 'encryption_kp'];

export async function compareRowWithSpMetadata(
  client: AuthentikClient,
  row: AuditRow,
  xml: string,
  permissions: WritePermissions,
  parser: XmlParser,
  signal?: AbortSignal,
): Promise<SpComparison> {
  if (!row.pair || row.pair.protocol !== 'saml') return { ok: false, error: 'Only a SAML provider can be compared with SP metadata.' };
  const parsed = parseSpMetadata(xml, parser);
  if (!parsed.ok) return parsed;
  const { metadata } = parsed;
  const provider = await unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id: row.pair.provider.pk } }, signal }));
  const pair: CreatedPair = { ...row.pair, provider };
  const notes = [...metadata.notes];
  let keypairs: Awaited<ReturnType<typeof listKeypairs>> | null = null;
  try {
    keypairs = await listKeypairs(client, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    notes.push('The certificates were not compared: this token may not list certificate-key pairs (authentik_crypto.view_certificatekeypair).');
  }
  const all = await compareWithSpMetadata(provider, metadata, keypairs ?? []);
  const differences = keypairs ? all : all.filter((difference) => !CERTIFICATE_FIELDS.includes(difference.field));
  const fixes = new Map<string, FixCandidate>();
  for (const difference of differences) {
    if (!difference.fix) continue;
    const check = {
      id: `sp-metadata-${difference.field}`,
      title: `${difference.label} follows the SP metadata`,
      why: difference.advice,
      result: { status: 'fail' as const, expected: difference.metadata, actual: difference.provider },
    };
    const fix = {
      label: `${difference.label} as the SP metadata says`,
      describe: [{ field: difference.label, before: difference.provider || '(empty)', after: difference.fixValue ?? difference.metadata }],
      patch: difference.fix,
    };
    fixes.set(difference.field, fixCandidate(row, check, fix, pair, permissions));
  }
  return { ok: true, entityId: metadata.entityId, differences, fixes, notes };
}

async function listKeypairs(client: AuthentikClient, signal?: AbortSignal) {
  return listAll((page) =>
    unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page, page_size: PAGE_SIZE, ordering: 'name' } }, signal })),
  );
}
