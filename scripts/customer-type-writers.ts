/**
 * The independently written customer records of test/fixtures/customer-types, and the evaluation of
 * `inferCustomerType` on them. Writer a is the tuning group (its misses may be read and acted on);
 * writer b is held back: only reported.
 */
import { readFileSync } from 'node:fs';
import { CUSTOMER_TYPES, type CustomerType } from '../src/model/index.js';
import { inferCustomerType } from '../src/scripts/index.js';

export interface CustomerRecord {
  readonly title?: string;
  readonly occupation?: string;
  readonly type: CustomerType;
  readonly note?: string;
}

export const CUSTOMER_WRITERS = ['a', 'b'] as const;
export type CustomerWriter = (typeof CUSTOMER_WRITERS)[number];
export const CUSTOMER_TUNING: readonly CustomerWriter[] = ['a'];
export const CUSTOMER_HELD_BACK: readonly CustomerWriter[] = ['b'];

function isRecord(value: unknown): value is CustomerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { title, occupation, type } = value as Record<string, unknown>;
  const text = (v: unknown) => v === undefined || typeof v === 'string';
  return text(title) && text(occupation) && (title !== undefined || occupation !== undefined) && CUSTOMER_TYPES.some((t) => t === type);
}

export function loadCustomerWriter(writer: CustomerWriter): CustomerRecord[] {
  const url = new URL(`../test/fixtures/customer-types/writer-${writer}.json`, import.meta.url);
  const value: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (!Array.isArray(value)) throw new Error(`writer-${writer}.json is not an array`);
  return value.map((item: unknown, i) => {
    if (!isRecord(item)) throw new Error(`writer-${writer}.json item ${i} is not { title?, occupation?, type }`);
    return item;
  });
}

export type CustomerMatrix = Record<CustomerType, Record<CustomerType, number>>;

export interface CustomerEvaluation {
  readonly total: number;
  readonly correct: number;
  readonly matrix: CustomerMatrix;
  readonly misses: readonly { readonly record: CustomerRecord; readonly got: CustomerType }[];
}

/** Infer each record's type (title and occupation only, as a CRM holds them) and count. */
export function evaluateCustomerTypes(records: readonly CustomerRecord[]): CustomerEvaluation {
  const matrix = Object.fromEntries(CUSTOMER_TYPES.map((a) => [a, Object.fromEntries(CUSTOMER_TYPES.map((p) => [p, 0]))])) as CustomerMatrix;
  const misses: { record: CustomerRecord; got: CustomerType }[] = [];
  for (const record of records) {
    const got = inferCustomerType({
      ...(record.title === undefined ? {} : { title: record.title }),
      ...(record.occupation === undefined ? {} : { occupation: record.occupation }),
    }).type;
    matrix[record.type][got]++;
    if (got !== record.type) misses.push({ record, got });
  }
  return { total: records.length, correct: records.length - misses.length, matrix, misses };
}
