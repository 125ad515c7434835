/**
 * List endpoint helpers: authentik's pagination envelope, DRF ordering and search.
 */
import type { ApiContext } from './context.ts';
import type { HttpResult } from './http.ts';
import { detail, json } from './http.ts';

/** Sort serialized objects by DRF `ordering` (comma separated, `-` for descending). */
export function applyOrdering<T extends Record<string, unknown>>(items: T[], ordering: string | null, fallback: string): T[] {
  const fields = (ordering ?? fallback)
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field.length > 0);
  const valid = fields.filter((field) => items.length === 0 || field.replace(/^-/, '') in items[0]!);
  const keys = valid.length > 0 ? valid : fallback.split(',');
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const descending = key.startsWith('-');
      const name = descending ? key.slice(1) : key;
      const left = a[name];
      const right = b[name];
      if (left === right) continue;
      if (left === null || left === undefined) return descending ? 1 : -1;
      if (right === null || right === undefined) return descending ? -1 : 1;
      const compared = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
      if (compared !== 0) return descending ? -compared : compared;
    }
    return 0;
  });
}

/** DRF SearchFilter: every whitespace-separated term must appear (case-insensitively) in one of the fields. */
export function matchesSearch(search: string | null, values: Array<unknown>): boolean {
  if (!search) return true;
  const haystack = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''))).map((value) => value.toLowerCase());
  return search
    .split(/[\s,]+/)
    .filter((term) => term.length > 0)
    .every((term) => haystack.some((value) => value.includes(term.toLowerCase())));
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value > 0 ? value : null;
}

/**
 * authentik's pagination: `{pagination, results, autocomplete}`; `next`/`previous` are page numbers, 0 = none.
 * `serialize` turns only the page's items into their answer (a list of thousands is not serialized whole).
 */
export function paginate<T>(ctx: ApiContext, items: T[], serialize?: (item: T) => unknown): HttpResult {
  const settings = ctx.state.settings;
  const defaultSize = settings.pagination_default_page_size ?? 20;
  const maxSize = settings.pagination_max_page_size ?? 100;
  const requestedSize = positiveInt(ctx.query.get('page_size'));
  const pageSize = Math.min(requestedSize ?? defaultSize, maxSize);
  const count = items.length;
  const totalPages = Math.max(1, Math.ceil(count / pageSize));
  const rawPage = ctx.query.get('page');
  let page = 1;
  if (rawPage !== null && rawPage !== '') {
    const parsed = positiveInt(rawPage);
    if (rawPage === 'last') page = totalPages;
    else if (parsed === null || parsed > totalPages) return detail(404, 'Invalid page.');
    else page = parsed;
  }
  const start = (page - 1) * pageSize;
  const pageItems = items.slice(start, start + pageSize);
  const results = serialize ? pageItems.map(serialize) : pageItems;
  return json(200, {
    pagination: {
      next: page < totalPages ? page + 1 : 0,
      previous: page > 1 ? page - 1 : 0,
      count,
      current: page,
      total_pages: totalPages,
      start_index: count === 0 ? 0 : start + 1,
      end_index: count === 0 ? 0 : start + results.length,
    },
    results,
    autocomplete: {},
  });
}

/**
 * Ordered and paged, serializing only the page when the ordering's fields are stored fields (they
 * read the same in the answer); otherwise every item is serialized first and ordered by its answer.
 */
export function orderedPage<T extends object>(ctx: ApiContext, items: T[], fallback: string, serialize: (item: T) => unknown): HttpResult {
  const ordering = ctx.query.get('ordering');
  const fields = (ordering ?? fallback).split(',').map((field) => field.trim().replace(/^-/, ''));
  if (items.length === 0 || fields.every((field) => field === '' || field in items[0]!))
    return paginate(ctx, applyOrdering(items as unknown as Record<string, unknown>[], ordering, fallback) as unknown as T[], serialize);
  return paginate(ctx, applyOrdering(items.map(serialize) as Record<string, unknown>[], ordering, fallback));
}

/** The 400 a list endpoint answers when django-filter rejects a filter value, or null. */
export function filterErrors(ctx: ApiContext): HttpResult | null {
  if (ctx.check.ok || ctx.check.where !== 'query') return null;
  if (Object.keys(ctx.check.drf).length === 0) return null;
  return json(400, ctx.check.drf);
}

/** Repeated query values, ignoring empty strings. */
export function queryList(ctx: ApiContext, name: string): string[] {
  return ctx.query.getAll(name).filter((value) => value !== '');
}

/** django-filter BooleanWidget: true/false/1/0 (case-insensitive), anything else means "no filter". */
export function queryBool(ctx: ApiContext, name: string): boolean | null {
  const raw = ctx.query.get(name);
  if (raw === null) return null;
  const lowered = raw.toLowerCase();
  if (lowered === 'true' || lowered === '1') return true;
  if (lowered === 'false' || lowered === '0') return false;
  return null;
}
