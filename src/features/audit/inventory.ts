/**
 * What an audit reads once: every application, every provider, the keypairs and the settings,
 * each list followed to its last page. Reading needs view permissions only; what the token may
 * not read is recorded, never hidden.
 */
import { unwrap, type AuthentikClient } from '../../lib/authentik/client';
import type { components } from '../../lib/authentik/schema.gen';
import { optional } from '../wizard/api/pair';
import type { Application, AuthentikSettings, CertificateKeyPair } from '../wizard/engine/types';

export type ProviderSummary = components['schemas']['Provider'];

interface Page<T> {
  pagination: { next: number; total_pages: number; count: number };
  results: T[];
}

/** The largest page authentik serves (PAGINATION max_page_size default). */
export const PAGE_SIZE = 100;

/** Reads page 1, then every other page at once (the client bounds how many run together). */
export async function listAll<T>(load: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const first = await load(1);
  const pages = Math.max(1, first.pagination.total_pages);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => load(index + 2)));
  return [first, ...rest].flatMap((page) => page.results);
}

export interface Refusal {
  what: string;
  permission: string;
}

export interface Inventory {
  applications: Application[];
  providers: ProviderSummary[];
  /** null when the token may not list keypairs. */
  keypairs: CertificateKeyPair[] | null;
  settings: AuthentikSettings | null;
  /** The pks of applications that have at least one binding (who may sign in is checked for them); null when unreadable. */
  boundTargets: ReadonlySet<string> | null;
  /** What the token could not read, with the permission that would allow it. */
  refused: Refusal[];
}

/** A read the token may be refused: null, with the refusal recorded (what it would need). */
async function orRefused<T>(call: Promise<T>, refusal: Refusal, refused: Refusal[]): Promise<T | null> {
  const answer = await optional(call);
  if (answer === null) refused.push(refusal);
  return answer;
}

export async function readInventory(client: AuthentikClient, options: { superuser: boolean; signal: AbortSignal }): Promise<Inventory> {
  const { signal } = options;
  const refused: Refusal[] = [];
  const [applications, providers, keypairs, settings, bindings] = await Promise.all([
    listAll((page) =>
      unwrap(
        client.api.GET('/core/applications/', {
          // Only superusers get every application; everyone else sees those their policies allow.
          params: { query: { page, page_size: PAGE_SIZE, ordering: 'name', ...(options.superuser ? { superuser_full_list: true } : {}) } },
          signal,
        }),
      ),
    ),
    listAll((page) => unwrap(client.api.GET('/providers/all/', { params: { query: { page, page_size: PAGE_SIZE, ordering: 'pk' } }, signal }))),
    orRefused(
      listAll((page) =>
        unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page, page_size: PAGE_SIZE, ordering: 'name' } }, signal })),
      ),
      { what: 'certificates (expiry, key types)', permission: 'authentik_crypto.view_certificatekeypair' },
      refused,
    ),
    orRefused(
      unwrap(client.api.GET('/admin/settings/', { signal })) as Promise<AuthentikSettings>,
      { what: 'system settings', permission: 'authentik_rbac.view_system_settings' },
      refused,
    ),
    // Only what the bindings target; a token that may not view them sees none (no check, no alarm).
    optional(
      listAll((page) =>
        unwrap(client.api.GET('/policies/bindings/', { params: { query: { page, page_size: PAGE_SIZE, ordering: 'order' } }, signal })),
      ),
    ),
  ]);

  // Providers name applications the list did not show (policies hide them from non-superusers): read those by slug.
  const listed = new Set(applications.map((application) => application.slug));
  const hidden = [
    ...new Set(
      providers.flatMap((provider) =>
        provider.assigned_application_slug && !listed.has(provider.assigned_application_slug) ? [provider.assigned_application_slug] : [],
      ),
    ),
  ];
  const found = await Promise.all(
    hidden.map((slug) => optional(unwrap(client.api.GET('/core/applications/{slug}/', { params: { path: { slug } }, signal })))),
  );
  if (found.some((application) => application === null)) refused.push({ what: 'some applications', permission: 'authentik_core.view_application' });
  if (providers.length === 0 && applications.some((application) => application.provider != null)) {
    refused.push({ what: 'the provider list', permission: 'authentik_core.view_provider' });
  }
  return {
    applications: [...applications, ...found.filter((application): application is Application => application !== null)],
    providers,
    keypairs,
    settings,
    boundTargets: bindings ? new Set(bindings.map((binding) => binding.target)) : null,
    refused,
  };
}
