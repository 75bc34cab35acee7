import type { KefuError } from '../model/error.js';
import { defined } from '../model/invariant.js';
import { parseErrorAt } from './errors.js';
import { LineIndex, SourcedText, type SourcePosition, type TurnSource } from './source-map.js';

/**
 * A JSON value with the offsets it spans in the source, so that errors and turn texts can point at a
 * line and column (`JSON.parse` keeps no positions).
 * @internal
 */
export type JsonNode =
  | { readonly kind: 'object'; readonly start: number; readonly end: number; readonly members: ReadonlyMap<string, JsonNode>; readonly keys: readonly string[] }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly kind: 'number'; readonly start: number; readonly end: number; readonly value: number }
  | { readonly kind: 'boolean'; readonly start: number; readonly end: number; readonly value: boolean }
  | { readonly kind: 'null'; readonly start: number; readonly end: number };

/** A parsed JSON document: the root node and what is needed to locate offsets. @internal */
export interface JsonDocument {
  readonly root: JsonNode;
  readonly input: string;
  readonly lines: LineIndex;
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parse JSON text into a positioned tree. Syntax errors are `parse_error` KefuErrors with the line and
 * column of the offending character; `format` names the input in the message.
 * @internal
 */
export function parseJsonDocument(input: string, format: string): JsonDocument {
  const lines = new LineIndex(input);
  let pos = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (at: number, message: string): KefuError =>
    parseErrorAt(format, lines.position(at), `invalid JSON: ${message}`, at < input.length ? { value: input.slice(at, at + 12) } : {});

  const skipSpace = (): void => {
    while (pos < input.length) {
      const c = input.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
  };

  const describe = (at: number): string => (at >= input.length ? 'unexpected end of input' : `unexpected character ${JSON.stringify(input[at])}`);

  const readString = (): JsonNode & { kind: 'string' } => {
    const start = pos;
    pos++; // opening quote
    let value = '';
    let runStart = pos;
    for (;;) {
      if (pos >= input.length) throw fail(start, 'unterminated string');
      const c = input.charCodeAt(pos);
      if (c === 0x22) {
        value += input.slice(runStart, pos);
        pos++;
        return { kind: 'string', start, end: pos, value };
      }
      if (c < 0x20) throw fail(pos, 'control character in string (escape it)');
      if (c === 0x5c) {
        value += input.slice(runStart, pos);
        const decoded = decodeEscape(input, pos);
        if (decoded === undefined) throw fail(pos, `bad escape ${JSON.stringify(input.slice(pos, pos + 6))}`);
        value += decoded.text;
        pos += decoded.length;
        runStart = pos;
        continue;
      }
      pos++;
    }
  };

  const readValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) throw fail(pos, `nested deeper than ${MAX_DEPTH} levels`);
    skipSpace();
    const start = pos;
    const c = input[pos];
    if (c === '{') {
      pos++;
      const members = new Map<string, JsonNode>();
      const keys: string[] = [];
      skipSpace();
      if (input[pos] === '}') {
        pos++;
        return { kind: 'object', start, end: pos, members, keys };
      }
      for (;;) {
        skipSpace();
        if (input[pos] !== '"') throw fail(pos, `${describe(pos)}, expected a string key`);
        const key = readString().value;
        skipSpace();
        if (input[pos] !== ':') throw fail(pos, `${describe(pos)}, expected ":"`);
        pos++;
        const value = readValue(depth + 1);
        if (!members.has(key)) keys.push(key);
        members.set(key, value);
        skipSpace();
        if (input[pos] === ',') {
          pos++;
          continue;
        }
        if (input[pos] === '}') {
          pos++;
          return { kind: 'object', start, end: pos, members, keys };
        }
        throw fail(pos, `${describe(pos)}, expected "," or "}"`);
      }
    }
    if (c === '[') {
      pos++;
      const items: JsonNode[] = [];
      skipSpace();
      if (input[pos] === ']') {
        pos++;
        return { kind: 'array', start, end: pos, items };
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skipSpace();
        if (input[pos] === ',') {
          pos++;
          continue;
        }
        if (input[pos] === ']') {
          pos++;
          return { kind: 'array', start, end: pos, items };
        }
        throw fail(pos, `${describe(pos)}, expected "," or "]"`);
      }
    }
    if (c === '"') return readString();
    if (c === 't' && input.startsWith('true', pos)) {
      pos += 4;
      return { kind: 'boolean', start, end: pos, value: true };
    }
    if (c === 'f' && input.startsWith('false', pos)) {
      pos += 5;
      return { kind: 'boolean', start, end: pos, value: false };
    }
    if (c === 'n' && input.startsWith('null', pos)) {
      pos += 4;
      return { kind: 'null', start, end: pos };
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(input);
    if (number !== null) {
      pos += number[0].length;
      return { kind: 'number', start, end: pos, value: Number(number[0]) };
    }
    throw fail(pos, `${describe(pos)}, expected a value`);
  };

  const root = readValue(0);
  skipSpace();
  if (pos < input.length) throw fail(pos, `${describe(pos)} after the end of the document`);
  return { root, input, lines };
}

function decodeEscape(input: string, at: number): { text: string; length: number } | undefined {
  const c = input[at + 1];
  if (c === undefined) return undefined;
  const simple = ESCAPES[c];
  if (simple !== undefined) return { text: simple, length: 2 };
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(input.slice(at + 2, at + 6))) {
    return { text: String.fromCharCode(parseInt(input.slice(at + 2, at + 6), 16)), length: 6 };
  }
  return undefined;
}

/**
 * The source map of a string node's value: verbatim stretches and escapes, as a {@link TurnSource}.
 * @internal
 */
export function stringSource(doc: JsonDocument, node: JsonNode & { kind: 'string' }): TurnSource {
  const text = new SourcedText();
  const { input } = doc;
  let pos = node.start + 1;
  let runStart = pos;
  const last = node.end - 1;
  while (pos < last) {
    if (input.charCodeAt(pos) === 0x5c) {
      text.appendVerbatim(input.slice(runStart, pos), runStart);
      // The parser accepted this string, so every escape in it decodes.
      const decoded = defined(decodeEscape(input, pos), 'the decoding of a validated escape');
      text.appendDecoded(decoded.text, pos);
      pos += decoded.length;
      runStart = pos;
    } else pos++;
  }
  text.appendVerbatim(input.slice(runStart, last), runStart);
  return text.finish(doc.lines, node.start + 1).source;
}

/** 1-based position of a node's first character. @internal */
export function nodePosition(doc: JsonDocument, node: JsonNode): SourcePosition {
  return doc.lines.position(node.start);
}

/**
 * The plain JavaScript value of a node (as `JSON.parse` would give, duplicate keys resolved to the
 * last one). `__proto__` keys become own properties, never prototypes.
 * @internal
 */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // A map iterates in insertion order, so in the order of `keys`, each key with its last value.
      for (const [key, value] of node.members) {
        Object.defineProperty(out, key, { value: toPlainValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'string':
    case 'number':
    case 'boolean':
      return node.value;
    case 'null':
      return null;
    default: {
      const never: never = node;
      return never;
    }
  }
}

/**
 * The node at a path of keys and indices, or the deepest node that exists on the way.
 * @internal
 */
export function nodeAtPath(root: JsonNode, path: readonly (string | number)[]): JsonNode {
  let node = root;
  for (const key of path) {
    const next = node.kind === 'object' && typeof key === 'string' ? node.members.get(key) : node.kind === 'array' && typeof key === 'number' ? node.items[key] : undefined;
    if (next === undefined) return node;
    node = next;
  }
  return node;
}
