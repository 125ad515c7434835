/**
 * Loads the official authentik OpenAPI document (schema.yml shipped with @goauthentik/api)
 * and rewrites it into something ajv can compile piece by piece.
 *
 * Parsing 60k lines of YAML takes ~2 s, so the parsed document is cached as JSON in the OS
 * temp directory, keyed by the schema file's size and mtime. The cache is an optimisation only:
 * any failure to read or write it falls back to parsing the YAML.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Base URI under which the rewritten document is registered with ajv. */
export const SCHEMA_BASE_URI = 'https://schema.authentik.invalid/openapi.json';

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

export function schemaFilePath(): string {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('@goauthentik/api/package.json');
  return join(dirname(pkgJson), 'schema.yml');
}

function readDocument(): OpenApiDocument {
  const file = schemaFilePath();
  const stat = statSync(file);
  const cacheDir = join(tmpdir(), 'authentik-contract-cache');
  const cacheFile = join(cacheDir, `schema-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  try {
    if (existsSync(cacheFile)) {
      return JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiDocument;
    }
  } catch {
    // fall through to the YAML parse
  }
  const doc = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as OpenApiDocument;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, cacheFile);
  } catch {
    // caching is optional
  }
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

let cached: OpenApiDocument | undefined;

/** The rewritten OpenAPI document (parsed once per process). */
export function loadOpenApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const raw = readDocument();
  cached = rewrite(raw, raw.components.schemas) as OpenApiDocument;
  return cached;
}
