/**
 * Loads the official authentik OpenAPI document of one release and rewrites it into something ajv
 * can compile piece by piece.
 *
 * Sources: `schema.yml` of the exact aliased `@goauthentik/api-<release>` devDependencies
 * (2025.8 … 2026.8), and for 2025.4/2025.6 the gzipped fixture in ../../schemas (see its README).
 *
 * Parsing ~60k lines of YAML takes about a second per release, so each parsed document is cached
 * as JSON in the OS temp directory, keyed by release and by the source file's size and mtime.
 * The cache is an optimisation only: any failure to read or write it falls back to the YAML.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import type { ReleaseId } from '../releases.ts';
import { NEWEST_RELEASE } from '../releases.ts';

/** Base URI under which the rewritten document is registered with ajv. */
export const SCHEMA_BASE_URI = 'https://schema.authentik.invalid/openapi.json';
/** Base URI of the strict copy of the component schemas (see `strictSchemas`). */
export const STRICT_SCHEMA_BASE_URI = 'https://schema.authentik.invalid/strict.json';

export type JsonObject = Record<string, unknown>;

export interface OpenApiParameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonObject;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonObject }> }>;
  security?: Array<Record<string, unknown>>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
  };
}

// A path, not `new URL('…', import.meta.url)`, which Vite rewrites to an http URL in jsdom tests.
const FIXTURE_2025_6 = join(dirname(fileURLToPath(import.meta.url)), '../../schemas/authentik-2025.6.yml.gz');

/** Where each release's schema comes from (npm package name, or a gzipped fixture). */
export const SCHEMA_SOURCES: Readonly<Record<ReleaseId, { package: string } | { fixture: string; note: string }>> = {
  '2025.4': { fixture: FIXTURE_2025_6, note: 'the 2025.6 schema: for the endpoints used here 2025.6 changed nothing' },
  '2025.6': { fixture: FIXTURE_2025_6, note: 'client-go tag 2025.4.1, which already holds the 2025.6 API' },
  '2025.8': { package: '@goauthentik/api-2025-8' },
  '2025.10': { package: '@goauthentik/api-2025-10' },
  '2025.12': { package: '@goauthentik/api-2025-12' },
  '2026.2': { package: '@goauthentik/api-2026-2' },
  '2026.5': { package: '@goauthentik/api-2026-5' },
  '2026.8': { package: '@goauthentik/api' },
};

/** Absolute path of the schema file of a release (`.yml`, or `.yml.gz` for the fixture). */
export function schemaFilePath(release: ReleaseId = NEWEST_RELEASE): string {
  const source = SCHEMA_SOURCES[release];
  if ('fixture' in source) return source.fixture;
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve(`${source.package}/package.json`);
  return join(dirname(pkgJson), 'schema.yml');
}

/** How long the last load of each release took, in ms, and whether it came from the JSON cache. */
export const loadTimings = new Map<ReleaseId, { ms: number; from: 'yaml' | 'json-cache' }>();

function readDocument(release: ReleaseId): OpenApiDocument {
  const started = performance.now();
  const file = schemaFilePath(release);
  const stat = statSync(file);
  const cacheDir = join(tmpdir(), 'authentik-contract-cache');
  const cacheFile = join(cacheDir, `schema-${release}-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  try {
    if (existsSync(cacheFile)) {
      const doc = JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiDocument;
      loadTimings.set(release, { ms: performance.now() - started, from: 'json-cache' });
      return doc;
    }
  } catch {
    // fall through to the YAML parse
  }
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const doc = parseYaml(text, { maxAliasCount: -1 }) as OpenApiDocument;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, cacheFile);
  } catch {
    // caching is optional
  }
  loadTimings.set(release, { ms: performance.now() - started, from: 'yaml' });
  return doc;
}

const LOCAL_SCHEMA_REF = '#/components/schemas/';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Makes the OpenAPI 3.0 dialect digestible for ajv (draft-07):
 * - `$ref: '#/components/schemas/X'` becomes an absolute reference, so any fragment can be
 *   compiled on its own;
 * - `nullable: true` next to an enum gets `null` added to the enum;
 * - `nullable: true` without `type` (the `allOf: [{$ref}]` idiom of drf-spectacular) is rewritten:
 *   enums are inlined with `null` allowed, objects are wrapped in `if null then ok else <ref>`.
 */
function rewrite(node: unknown, schemas: Record<string, JsonObject>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, schemas));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_SCHEMA_REF)) {
      out[key] = SCHEMA_BASE_URI + value;
    } else {
      out[key] = rewrite(value, schemas);
    }
  }
  if (out.nullable === true) {
    if (out.type !== undefined) {
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    const allOf = out.allOf;
    if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0])) {
      const ref = allOf[0].$ref;
      const targetName = typeof ref === 'string' ? ref.split('/').pop() : undefined;
      const target = targetName ? schemas[targetName] : undefined;
      const { allOf: _drop, nullable: _nullable, ...rest } = out;
      if (target && Array.isArray(target.enum)) {
        return { ...rest, type: target.type ?? 'string', enum: [...target.enum, null], nullable: true };
      }
      return { ...rest, 'x-nullable-ref': true, if: { type: 'null' }, then: true, else: { allOf } };
    }
    const { nullable: _nullable, ...rest } = out;
    return { ...rest, 'x-nullable-ref': true, if: { type: 'null' }, then: true, else: rest };
  }
  return out;
}

const cached = new Map<string, OpenApiDocument>();

/** The rewritten OpenAPI document of a release (parsed once per process; 2025.4 and 2025.6 share one). */
export function loadOpenApiDocument(release: ReleaseId = NEWEST_RELEASE): OpenApiDocument {
  const file = schemaFilePath(release);
  let doc = cached.get(file);
  if (doc) return doc;
  const raw = readDocument(release);
  doc = rewrite(raw, raw.components.schemas) as OpenApiDocument;
  cached.set(file, doc);
  return doc;
}

/**
 * The strict copy of a (rewritten) schema: every object schema that lists `properties` and does
 * not declare `additionalProperties` gets `additionalProperties: false`, and references point to
 * the strict copy. Used for request bodies only: a key a release does not know is what Django REST
 * framework silently drops, so strict validation turns "would be dropped" into a failure.
 */
export function strictSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(`${SCHEMA_BASE_URI}#`)) {
      out[key] = STRICT_SCHEMA_BASE_URI + value.slice(SCHEMA_BASE_URI.length);
    } else if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strictSchema(schema)]));
    } else {
      out[key] = strictSchema(value);
    }
  }
  if (isObject(out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}
