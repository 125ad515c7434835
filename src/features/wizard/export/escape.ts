/**
 * The only ways text reaches an exported file (ADR 0007, amendment): a YAML double-quoted scalar,
 * an HCL quoted string, or a comment with no line break in it. authentik loads blueprints with
 * PyYAML (YAML 1.1), where NEL U+0085, LS U+2028 and PS U+2029 end a line as CR and LF do, and
 * whose reader refuses C0/C1 controls written raw; Terraform reads `${` and `%{` as templates.
 */

/** Every character a line could end at, in YAML 1.1, YAML 1.2, HCL or an editor. */
export const LINE_TERMINATORS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** C0 and C1 controls, DEL, LS/PS, the BOM, the non-characters U+FFFE/U+FFFF and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (char: string, width: number) => char.charCodeAt(0).toString(16).padStart(width, '0');

const YAML_SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** A YAML double-quoted scalar: `"` and `\` escaped, every unsafe character as `\xXX` or `\uXXXX`. */
export function yamlString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (char) => `\\${char}`)
    .replace(UNSAFE, (char) => YAML_SHORT[char] ?? (char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
  return `"${escaped}"`;
}

const HCL_SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** An HCL quoted string: `"` and `\` escaped, `${` and `%{` kept literal, every unsafe character as `\uXXXX`. */
export function hclString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (char) => `\\${char}`)
    .replace(UNSAFE, (char) => HCL_SHORT[char] ?? `\\u${hex(char, 4)}`)
    .replace(/([$%])\{/g, (_match, sign: string) => `${sign}${sign}{`);
  return `"${escaped}"`;
}

/** Text for a comment line (YAML or HCL `#`): every line terminator and control becomes a space. */
export function commentText(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/** True when text holds a line terminator or a control character (a name must stay on one line). */
export function breaksLines(text: string): boolean {
  return text.search(UNSAFE) !== -1;
}

/** A name written bare (YAML key, model, entry id, HCL identifier): only what needs no quoting. */
export function bareName(text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.\-/]*$/.test(text)) throw new Error(`Not a bare name: ${JSON.stringify(text)}`);
  return text;
}
