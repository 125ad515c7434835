/**
 * An audited SAML row against the SP's current metadata, pasted by the admin: the metadata is read
 * with the safe parser, the provider and the keypairs are read again (a fix applied since the audit
 * counts), and every difference a PATCH of the provider can repair becomes a fix candidate for the
 * audit's own review, with the permission it needs. Reads only.
 */
import { unwrap, type AuthentikClient } from '../../lib/authentik/client';
import { certificatePem, parseSpMetadata, type SpMetadata, type XmlParser } from '../../lib/saml-metadata/parse';
import { keypairName, metadataSettings } from '../../lib/saml-metadata/settings';
import { ensureSpKeypairs } from '../wizard/api/sp-keypairs';
import type { CreatedPair } from '../wizard/engine/types';
import { compareWithSpMetadata, type MetadataDifference } from '../wizard/protocols/saml/metadata-compare';
import { fixCandidate, type FixCandidate, type FixPrelude } from './fixes';
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
const ADD_KEYPAIR = 'authentik_crypto.add_certificatekeypair';

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
  const appName = row.application?.name ?? provider.name;
  for (const [index, found] of differences.entries()) {
    let difference = found;
    let before: FixPrelude | undefined;
    if (!difference.fix && (difference.field === 'verification_kp' || difference.field === 'encryption_kp')) {
      const made = keypairFix(difference.field, metadata, appName);
      if (!made) continue;
      difference = differences[index] = { ...difference, ...made.difference };
      before = made.before;
    }
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
    const candidate = fixCandidate(row, check, fix, pair, permissions);
    if (before) {
      candidate.before = before;
      // Making the keypair needs its own permission; without it the fix is shown, never sent.
      if (!candidate.missing && !permissions.all && !permissions.granted.includes(ADD_KEYPAIR)) candidate.missing = ADD_KEYPAIR;
      // A fix that is not offered leaves the manual step (upload it, then choose it).
      if (candidate.missing) differences[index] = { ...difference, advice: found.advice };
    }
    fixes.set(difference.field, candidate);
  }
  return { ok: true, entityId: metadata.entityId, differences, fixes, notes };
}

/**
 * A certificate authentik does not hold yet: made a certificate-only keypair named after the app
 * right before the PATCH, as the wizard's Create does (an identical one that appeared since is reused).
 */
function keypairFix(field: 'verification_kp' | 'encryption_kp', metadata: SpMetadata, appName: string) {
  const role = field === 'verification_kp' ? 'verification' : 'encryption';
  const settings = metadataSettings(metadata, true);
  const certificate = role === 'verification' ? settings?.verificationCertificate : settings?.encryptionCertificate;
  if (!settings || !certificate) return null;
  const name = keypairName(appName, role);
  const only = {
    ...settings,
    verificationCertificate: role === 'verification' ? certificate : null,
    encryptionCertificate: role === 'encryption' ? certificate : null,
  };
  const before: FixPrelude = {
    request: 'POST /api/v3/crypto/certificatekeypairs/',
    body: { name, certificate_data: certificatePem(certificate) },
    run: async (client) => {
      const pk = (await ensureSpKeypairs(client, only, appName))[role];
      if (!pk) throw new Error(`authentik made no keypair from the SP's ${role === 'verification' ? 'signing' : 'encryption'} certificate.`);
      return { [field]: pk };
    },
  };
  return {
    before,
    difference: {
      fix: { [field]: `(the pk of “${name}”)` },
      fixValue: `a new certificate-only keypair “${name}”`,
      advice:
        'authentik does not hold the metadata’s certificate yet: the fix makes it a certificate-only keypair (no private key) named after the app, then sets it here.',
    },
  };
}

async function listKeypairs(client: AuthentikClient, signal?: AbortSignal) {
  return listAll((page) =>
    unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page, page_size: PAGE_SIZE, ordering: 'name' } }, signal })),
  );
}
