/**
 * Translates JSON-schema validation failures into the error bodies Django REST framework
 * (and Django) produce for the same input, so the simulator can answer like authentik.
 *
 * Only the message catalogue and the nesting rules live here; which schema applies is decided
 * by openapi-contract.ts.
 */
import type { ErrorObject } from 'ajv';
import type { JsonObject } from './schema-loader.ts';
import { SCHEMA_BASE_URI } from './schema-loader.ts';

export interface ContractIssue {
  /** Which part of the exchange the problem is in. */
  where: 'path' | 'query' | 'body' | 'response';
  /** JSON pointer into the body (`/provider/redirect_uris/0/url`) or the parameter name. */
  pointer: string;
  /** ajv keyword (`required`, `type`, `format`, …) or `status` for undocumented status codes. */
  keyword: string;
  /** Human-readable description of the mismatch. */
  message: string;
  /** What DRF would answer for this field, or null when authentik would accept the value. */
  drfMessage: string | null;
}

type Schemas = Record<string, JsonObject>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follow `$ref`, single-entry `allOf` and the nullable wrapper until a concrete schema is reached. */
export function resolveSchema(schema: unknown, schemas: Schemas): JsonObject {
  let current: unknown = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    if (!isObject(current)) return {};
    const ref = current.$ref;
    if (typeof ref === 'string') {
      const name = ref.slice(ref.lastIndexOf('/') + 1);
      current = schemas[name];
      continue;
    }
    if (current['x-nullable-ref'] === true && isObject(current.else)) {
      current = current.else;
      continue;
    }
    const allOf = current.allOf;
    if (Array.isArray(allOf) && allOf.length === 1 && current.type === undefined && current.properties === undefined) {
      const { allOf: _inner, ...rest } = current;
      const inner = resolveSchema(allOf[0], schemas);
      current = { ...inner, ...rest };
      continue;
    }
    return current;
  }
  return {};
}

function isNullable(schema: unknown, schemas: Schemas): boolean {
  if (!isObject(schema)) return false;
  if (schema.nullable === true || schema['x-nullable-ref'] === true) return true;
  if (typeof schema.$ref === 'string') return isNullable(resolveSchema(schema, schemas), schemas);
  return false;
}

/** Python's type name for a JSON value, as DRF puts it into messages. */
function pythonType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'object':
      return 'dict';
    default:
      return typeof value;
  }
}

/** Python's str() of a JSON value (for choice messages). */
function pythonStr(value: unknown): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

type ArrayKind = 'nested' | 'listfield' | 'related';

/** How DRF reports errors inside a list: nested serializers give a list of dicts, ListField a dict keyed by index, related fields a flat list. */
function arrayKind(arraySchema: JsonObject, schemas: Schemas): ArrayKind {
  const items = resolveSchema(arraySchema.items, schemas);
  if (items.type === 'object' || isObject(items.properties)) return 'nested';
  if (Array.isArray(items.enum)) return 'listfield';
  if (items.format === 'uuid' || items.type === 'integer') return 'related';
  return 'listfield';
}

const SLUG_PATTERN = '^[-a-zA-Z0-9_]+$';
const USERNAME_PATTERN = '^[\\w.@+-]+$';
const DATETIME_HELP = 'YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]';

function drfTypeMessage(schema: JsonObject, value: unknown, schemas: Schemas, rawSchema: unknown): string {
  if (value === null) return 'This field may not be null.';
  if (Array.isArray(schema.enum)) return `"${pythonStr(value)}" is not a valid choice.`;
  if (schema.format === 'uuid') {
    // DRF turns '' into None for related fields before validating.
    if (value === '' && !isNullable(rawSchema, schemas)) return 'This field may not be null.';
    return `“${pythonStr(value)}” is not a valid UUID.`;
  }
  switch (schema.type) {
    case 'integer':
      return 'A valid integer is required.';
    case 'number':
      return 'A valid number is required.';
    case 'boolean':
      return 'Must be a valid boolean.';
    case 'string':
      return 'Not a valid string.';
    case 'array':
      return `Expected a list of items but got type "${pythonType(value)}".`;
    case 'object':
      if (isObject(schema.properties)) return `Invalid data. Expected a dictionary, but got ${pythonType(value)}.`;
      return `Expected a dictionary of items but got type "${pythonType(value)}".`;
    default:
      return 'Invalid value.';
  }
}

function drfFormatMessage(format: string, value: unknown, schema: JsonObject, rawSchema: unknown, schemas: Schemas): string {
  switch (format) {
    case 'uuid':
      return drfTypeMessage(schema, value, schemas, rawSchema);
    case 'uri':
      return 'Enter a valid URL.';
    case 'email':
      return 'Enter a valid email address.';
    case 'date-time':
      return `Datetime has wrong format. Use one of these formats instead: ${DATETIME_HELP}.`;
    default:
      return `Enter a valid ${format}.`;
  }
}

/** Severity classes: DRF stops at the first conversion error of a field, but runs all validators. */
const CONVERSION_KEYWORDS = new Set(['type', 'enum', 'format', 'nullable']);

interface LeafMessage {
  conversion: boolean;
  text: string;
}

/** Schema walk along a JSON pointer; returns the schema for each step (index 0 = root). */
function schemasAlong(root: unknown, segments: string[], schemas: Schemas): Array<{ raw: unknown; resolved: JsonObject }> {
  const out: Array<{ raw: unknown; resolved: JsonObject }> = [{ raw: root, resolved: resolveSchema(root, schemas) }];
  let current = out[0]!;
  for (const segment of segments) {
    const resolved = current.resolved;
    let raw: unknown;
    if (resolved.type === 'array' || resolved.items !== undefined) {
      raw = resolved.items;
    } else if (isObject(resolved.properties) && segment in resolved.properties) {
      raw = resolved.properties[segment];
    } else if (isObject(resolved.additionalProperties)) {
      raw = resolved.additionalProperties;
    } else {
      raw = {};
    }
    current = { raw, resolved: resolveSchema(raw, schemas) };
    out.push(current);
  }
  return out;
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, segments: string[]): unknown {
  let current: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** Turn one ajv error into a (pointer, DRF message) pair; null when DRF would accept the value. */
export function describeAjvError(
  error: ErrorObject,
  rootSchema: unknown,
  data: unknown,
  schemas: Schemas,
): { pointer: string; message: string; drf: LeafMessage | null } | null {
  if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') return null;
  const baseSegments = decodePointer(error.instancePath);
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    const pointer = `${error.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { pointer, message: `missing required property "${missing}"`, drf: { conversion: true, text: 'This field is required.' } };
  }
  const steps = schemasAlong(rootSchema, baseSegments, schemas);
  const leaf = steps[steps.length - 1]!;
  const value = valueAt(data, baseSegments);
  const message = `${error.instancePath || '/'} ${error.message ?? error.keyword}`;
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      if (params.type === 'null') return null; // the "null" branch of a nullable wrapper
      const text = drfTypeMessage(leaf.resolved, value, schemas, leaf.raw);
      // a nested serializer reports a non-dict input under its own non_field_errors
      const nested = value !== null && leaf.resolved.type === 'object' && isObject(leaf.resolved.properties);
      return { pointer: nested ? `${pointer}/non_field_errors` : pointer, message, drf: { conversion: true, text } };
    }
    case 'enum':
      if (value === null) return { pointer, message, drf: { conversion: true, text: 'This field may not be null.' } };
      return { pointer, message, drf: { conversion: true, text: `"${pythonStr(value)}" is not a valid choice.` } };
    case 'format': {
      const format = String(params.format);
      if (format === 'uuid' && value === '' && isNullable(leaf.raw, schemas)) {
        // DRF related fields map '' to None, which a nullable field accepts.
        return { pointer, message, drf: null };
      }
      return { pointer, message, drf: { conversion: true, text: drfFormatMessage(format, value, leaf.resolved, leaf.raw, schemas) } };
    }
    case 'minLength': {
      const limit = Number(params.limit);
      const text = value === '' ? 'This field may not be blank.' : `Ensure this field has at least ${limit} characters.`;
      return { pointer, message, drf: { conversion: value === '', text } };
    }
    case 'maxLength':
      return { pointer, message, drf: { conversion: false, text: `Ensure this field has no more than ${Number(params.limit)} characters.` } };
    case 'pattern': {
      const pattern = String(params.pattern);
      let text = 'This value does not match the required pattern.';
      if (pattern === SLUG_PATTERN) text = 'Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.';
      if (pattern === USERNAME_PATTERN) {
        text = 'Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.';
      }
      return { pointer, message, drf: { conversion: false, text } };
    }
    case 'minimum':
      return { pointer, message, drf: { conversion: false, text: `Ensure this value is greater than or equal to ${String(params.limit)}.` } };
    case 'maximum':
      return { pointer, message, drf: { conversion: false, text: `Ensure this value is less than or equal to ${String(params.limit)}.` } };
    case 'minItems':
      return { pointer, message, drf: { conversion: false, text: `Ensure this field has at least ${String(params.limit)} elements.` } };
    case 'maxItems':
      return { pointer, message, drf: { conversion: false, text: `Ensure this field has no more than ${String(params.limit)} elements.` } };
    case 'additionalProperties':
      return null; // DRF ignores unknown keys
    default:
      return { pointer, message, drf: { conversion: CONVERSION_KEYWORDS.has(error.keyword), text: error.message ?? 'Invalid value.' } };
  }
}

// ---------------------------------------------------------------------------------------------
// Building the nested DRF error body

type ErrNode =
  | { kind: 'fields'; fields: Map<string, ErrNode> }
  | { kind: 'messages'; messages: LeafMessage[] }
  | { kind: 'list'; length: number; items: Map<number, ErrNode> }
  | { kind: 'indexed'; items: Map<string, ErrNode> };

function childOf(node: ErrNode, key: string, make: () => ErrNode): ErrNode | null {
  if (node.kind === 'fields' || node.kind === 'indexed') {
    const map = node.kind === 'fields' ? node.fields : node.items;
    let child = map.get(key);
    if (!child) {
      child = make();
      map.set(key, child);
    }
    return child;
  }
  if (node.kind === 'list') {
    const index = Number(key);
    let child = node.items.get(index);
    if (!child) {
      child = make();
      node.items.set(index, child);
    }
    return child;
  }
  return null; // a field that already carries its own message: deeper errors are not reported
}

function serialize(node: ErrNode): unknown {
  switch (node.kind) {
    case 'fields': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of node.fields) out[key] = serialize(child);
      return out;
    }
    case 'indexed': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of node.items) out[key] = serialize(child);
      return out;
    }
    case 'list':
      return Array.from({ length: node.length }, (_, index) => {
        const child = node.items.get(index);
        return child ? serialize(child) : {};
      });
    case 'messages': {
      const conversion = node.messages.find((entry) => entry.conversion);
      if (conversion) return [conversion.text];
      return [...new Set(node.messages.map((entry) => entry.text))];
    }
  }
}

/**
 * Collects DRF messages for one serializer (the root schema) into the nested shape DRF uses.
 * `pointer` is a JSON pointer relative to that serializer's data.
 */
export class DrfErrorBuilder {
  private readonly root: ErrNode = { kind: 'fields', fields: new Map() };

  constructor(
    private readonly rootSchema: unknown,
    private readonly data: unknown,
    private readonly schemas: Schemas,
  ) {}

  get isEmpty(): boolean {
    return this.root.kind === 'fields' && this.root.fields.size === 0;
  }

  add(pointer: string, message: LeafMessage): void {
    const segments = decodePointer(pointer);
    if (segments.length === 0) {
      this.attach(this.root, 'non_field_errors', message);
      return;
    }
    const steps = schemasAlong(this.rootSchema, segments, this.schemas);
    let node: ErrNode | null = this.root;
    for (let index = 0; index < segments.length - 1 && node; index += 1) {
      const segment = segments[index]!;
      const schemaHere = steps[index + 1]!.resolved;
      const valueHere = valueAt(this.data, segments.slice(0, index + 1));
      const next = segments[index + 1]!;
      if (schemaHere.type === 'array' || schemaHere.items !== undefined) {
        const kind = arrayKind(schemaHere, this.schemas);
        if (kind === 'related') {
          // many=True related fields report one flat list for the whole field
          this.attach(node, segment, message);
          return;
        }
        const length = Array.isArray(valueHere) ? valueHere.length : 0;
        node = childOf(node, segment, () => (kind === 'nested' ? { kind: 'list', length, items: new Map() } : { kind: 'indexed', items: new Map() }));
        if (node && index === segments.length - 2) {
          // the error is about the list element itself
          this.attach(node, next, message);
          return;
        }
        if (node) {
          node = childOf(node, next, () => ({ kind: 'fields', fields: new Map() }));
          index += 1;
        }
        continue;
      }
      node = childOf(node, segment, () => ({ kind: 'fields', fields: new Map() }));
    }
    if (node) this.attach(node, segments[segments.length - 1]!, message);
  }

  private attach(node: ErrNode, key: string, message: LeafMessage): void {
    const leaf = childOf(node, key, () => ({ kind: 'messages', messages: [] }));
    if (leaf && leaf.kind === 'messages') leaf.messages.push(message);
  }

  /** Serialized error body, e.g. `{"slug": ["This field is required."]}`. */
  build(): Record<string, unknown> {
    return serialize(this.root) as Record<string, unknown>;
  }
}

/** Absolute `$ref` for a component schema name. */
export function componentRef(name: string): { $ref: string } {
  return { $ref: `${SCHEMA_BASE_URI}#/components/schemas/${name}` };
}
