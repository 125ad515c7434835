/**
 * Discovery: flows, signing keypairs and property mappings, fetched in parallel as TanStack
 * queries keyed by the connection.
 */
import { queryOptions } from '@tanstack/react-query';
import { capabilities, NEWEST_RELEASE, type ReleaseCapabilities } from '../../../lib/authentik/releases';
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { Discovered } from '../engine/resolve-context';
import { findCustomMappings } from './custom-mappings';
import { readOutposts } from '../protocols/proxy/outpost';
import type { IntegrationDefinition } from '../engine/types';

const PAGE_SIZE = 100;

interface Page<T> {
  pagination: { next: number };
  results: T[];
}

/** Follows authentik's page numbers (next = 0 means none) up to a sane bound. */
async function allPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const results: T[] = [];
  let page = 1;
  for (let i = 0; i < 20 && page > 0; i += 1) {
    const answer = await fetchPage(page);
    results.push(...answer.results);
    page = answer.pagination.next;
  }
  return results;
}

function connectionKey(client: AuthentikClient) {
  return [client.target.base, client.target.mode] as const;
}

export function flowsQuery(client: AuthentikClient, designation: 'authorization' | 'invalidation') {
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'flows', designation],
    queryFn: ({ signal }) =>
      allPages((page) =>
        unwrap(client.api.GET('/flows/instances/', { params: { query: { designation, ordering: 'slug', page, page_size: PAGE_SIZE } }, signal })),
      ),
  });
}

/** Before 2025.12 `?key_type=` is no parameter (ignored, the list is not filtered): send it only where it exists. */
export function signingKeysQuery(client: AuthentikClient, release: ReleaseCapabilities = capabilities(NEWEST_RELEASE)) {
  const byType = release.keypairKeyTypeFilter ? { key_type: ['rsa', 'ec'] as ('rsa' | 'ec')[] } : {};
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'keypairs', 'signing', release.release],
    queryFn: ({ signal }) =>
      allPages((page) =>
        unwrap(
          client.api.GET('/crypto/certificatekeypairs/', {
            params: { query: { has_key: true, ...byType, ordering: 'name', page, page_size: PAGE_SIZE } },
            signal,
          }),
        ),
      ),
  });
}

export function scopeMappingsQuery(client: AuthentikClient, managed: string[]) {
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'scope-mappings', managed],
    queryFn: ({ signal }) =>
      managed.length === 0
        ? Promise.resolve([])
        : allPages((page) =>
            unwrap(client.api.GET('/propertymappings/provider/scope/', { params: { query: { managed, page, page_size: PAGE_SIZE } }, signal })),
          ),
  });
}

export function samlMappingsQuery(client: AuthentikClient, managed: string[]) {
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'saml-mappings', managed],
    queryFn: ({ signal }) =>
      managed.length === 0
        ? Promise.resolve([])
        : allPages((page) =>
            unwrap(client.api.GET('/propertymappings/provider/saml/', { params: { query: { managed, page, page_size: PAGE_SIZE } }, signal })),
          ),
  });
}

export function customMappingsQuery(client: AuthentikClient, definition: IntegrationDefinition) {
  const needs = definition.discovery.customMappings;
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'custom-mappings', needs.map((need) => need.name)],
    queryFn: ({ signal }) => findCustomMappings(client, needs, signal),
  });
}

/** The proxy outposts, for a protocol that needs one (else nothing is asked: null, as TanStack Query refuses undefined). */
export function outpostsQuery(client: AuthentikClient, definition: IntegrationDefinition) {
  const needed = definition.discovery.outposts === true;
  return queryOptions({
    queryKey: ['authentik', ...connectionKey(client), 'outposts', needed],
    queryFn: ({ signal }) => (needed ? readOutposts(client, signal) : Promise.resolve(null)),
    // read again right before anything is written (the attachment re-reads it too)
    staleTime: 0,
  });
}

/** The queries one integration needs, in a fixed order for useQueries. */
export function discoveryQueries(client: AuthentikClient, definition: IntegrationDefinition, release?: ReleaseCapabilities) {
  return [
    flowsQuery(client, 'authorization'),
    flowsQuery(client, 'invalidation'),
    signingKeysQuery(client, release),
    scopeMappingsQuery(client, definition.discovery.scopeMappings),
    samlMappingsQuery(client, definition.discovery.samlMappings),
    customMappingsQuery(client, definition),
    outpostsQuery(client, definition),
  ] as const;
}

export function combineDiscovery(data: readonly unknown[]): Discovered {
  const [authorizationFlows, invalidationFlows, signingKeys, scopeMappings, samlMappings, customMappings, outposts] = data as [
    Discovered['authorizationFlows'],
    Discovered['invalidationFlows'],
    Discovered['signingKeys'],
    Discovered['scopeMappings'],
    Discovered['samlMappings'],
    Discovered['customMappings'],
    Discovered['outposts'],
  ];
  return { authorizationFlows, invalidationFlows, signingKeys, scopeMappings, samlMappings, customMappings, outposts };
}

/** The same reads without React (scripts, the battery, the audit): everything one integration needs. */
export async function discover(
  client: AuthentikClient,
  definition: IntegrationDefinition,
  release?: ReleaseCapabilities,
  signal: AbortSignal = new AbortController().signal,
): Promise<Discovered> {
  const data = await Promise.all(
    discoveryQueries(client, definition, release).map((query) =>
      (query.queryFn as (context: { signal: AbortSignal; queryKey: readonly unknown[]; meta: undefined }) => Promise<unknown>)({
        signal,
        queryKey: query.queryKey,
        meta: undefined,
      }),
    ),
  );
  return combineDiscovery(data);
}
