import type { Speaker } from '../model/enums.js';
import type { KefuError } from '../model/error.js';
import { parseErrorAt } from './errors.js';
import { nodePosition, stringSource, type JsonDocument, type JsonNode } from './json-ast.js';
import type { TurnSource } from './source-map.js';

type Path = readonly (string | number)[];
/** An object node. @internal */
export type JsonObject = JsonNode & { kind: 'object' };
/** A string node. @internal */
export type JsonString = JsonNode & { kind: 'string' };

/**
 * Typed, located reads from a JSON document: every wrong shape becomes a `parse_error` at the
 * offending value's line and column, naming the field path.
 * @internal
 */
export class JsonReader {
  constructor(
    readonly doc: JsonDocument,
    readonly format: string,
  ) {}

  fail(node: JsonNode, path: Path, message: string, value?: unknown): KefuError {
    return parseErrorAt(this.format, nodePosition(this.doc, node), message, value === undefined ? { path } : { path, value });
  }

  /** A member that is present and not `null`. */
  member(object: JsonObject, key: string): JsonNode | undefined {
    const node = object.members.get(key);
    return node === undefined || node.kind === 'null' ? undefined : node;
  }

  object(node: JsonNode, path: Path): JsonObject {
    if (node.kind !== 'object') throw this.fail(node, path, `must be an object, got ${node.kind}`);
    return node;
  }

  array(node: JsonNode, path: Path): readonly JsonNode[] {
    if (node.kind !== 'array') throw this.fail(node, path, `must be an array, got ${node.kind}`);
    return node.items;
  }

  number(node: JsonNode, path: Path, options: { readonly integer?: boolean } = {}): number {
    return this.numberAt(node, path, undefined, options);
  }

  /** A number at `path` + `key`; the path is only built when the value is wrong. */
  private numberAt(node: JsonNode, path: Path, key: string | undefined, options: { readonly integer?: boolean } = {}): number {
    if (node.kind === 'number' && node.value >= 0 && Number.isFinite(node.value) && (options.integer !== true || Number.isInteger(node.value))) return node.value;
    const at = key === undefined ? path : [...path, key];
    if (node.kind !== 'number') throw this.fail(node, at, `must be a number, got ${node.kind}`);
    if (node.value < 0 || !Number.isFinite(node.value)) throw this.fail(node, at, 'must be a non-negative number', node.value);
    throw this.fail(node, at, 'must be an integer', node.value);
  }

  requiredNumber(object: JsonObject, key: string, path: Path, options: { readonly integer?: boolean } = {}): number {
    const node = this.member(object, key);
    if (node === undefined) throw this.fail(object, path, `is missing "${key}"`);
    return this.numberAt(node, path, key, options);
  }

  /**
   * A required number that must not be below `min`, the value already read from `minKey` (an end
   * time after its start time); fails at this value otherwise.
   */
  requiredNumberFrom(object: JsonObject, key: string, path: Path, min: number, minKey: string): number {
    const node = this.member(object, key);
    if (node === undefined) throw this.fail(object, path, `is missing "${key}"`);
    const value = this.numberAt(node, path, key);
    if (value < min) throw this.fail(node, [...path, key], `must not be before ${minKey} ${min}`, value);
    return value;
  }

  optionalNumber(object: JsonObject, key: string, path: Path): number | undefined {
    const node = this.member(object, key);
    return node === undefined ? undefined : this.numberAt(node, path, key);
  }

  /** A text field: its value and where it sits; a missing or `null` text reads as empty. */
  text(object: JsonObject, key: string, path: Path): { text: string; source: TurnSource } {
    const node = this.member(object, key);
    if (node === undefined) return { text: '', source: nodePosition(this.doc, object.members.get(key) ?? object) };
    if (node.kind !== 'string') throw this.fail(node, [...path, key], `must be a string, got ${node.kind}`);
    return { text: node.value, source: stringSource(this.doc, node) };
  }

  string(node: JsonNode, path: Path): string {
    if (node.kind !== 'string') throw this.fail(node, path, `must be a string, got ${node.kind}`);
    return node.value;
  }

  /** Map a channel or speaker id to a speaker, or fail at the id. */
  speaker(channels: ReadonlyMap<number, Speaker> | undefined, object: JsonObject, key: string, path: Path, optionName: string): Speaker {
    const node = this.member(object, key);
    if (node === undefined) throw this.fail(object, path, `is missing "${key}", so kefu cannot tell who spoke`);
    const id = this.numberAt(node, path, key, { integer: true });
    const speaker = channels?.get(id);
    if (speaker !== undefined) return speaker;
    const example = `{ ${optionName}: { 0: 'agent', 1: 'customer' } }`;
    throw this.fail(
      node,
      [...path, key],
      channels === undefined
        ? `${id} has no speaker: pass the ${optionName} option, e.g. ${example}`
        : `${id} is not in the ${optionName} option (mapped: ${[...channels.keys()].join(', ')})`,
      id,
    );
  }
}
