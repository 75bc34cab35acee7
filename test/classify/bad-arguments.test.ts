import { describe, expect, it } from 'vitest';
import { classifyIntent, createClassifier } from '../../src/classify/classifier.js';
import { KefuError } from '../../src/model/error.js';
import { extendCatalog } from '../../src/phrases/catalog/extend.js';
import { PHRASE_CATALOG } from '../../src/phrases/catalog/entries.js';
import { createCalendar } from '../../src/sla/calendar.js';
import { dueAt } from '../../src/sla/due.js';
import { MAX_DURATION_DAYS } from '../../src/sla/queries.js';

// Public functions given bad arguments throw KefuError naming the argument, never a TypeError or a
// RangeError from deep inside, and never return an Invalid Date.
const expectKefu = (f: () => unknown, path: RegExp): void => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(KefuError);
    expect((error as KefuError).message).toMatch(path);
    return;
  }
  throw new Error('expected a KefuError');
};

describe('bad arguments are KefuErrors', () => {
  it('extendCatalog with lists that are not arrays', () => {
    expectKefu(() => extendCatalog(PHRASE_CATALOG, { override: {} as never }), /^override must be an array/);
    expectKefu(() => extendCatalog(PHRASE_CATALOG, { add: 'x' as never }), /^add must be an array/);
    expectKefu(() => extendCatalog('x' as never, {}), /^base must be an array/);
  });

  it('classifyIntent and createClassifier with null options', () => {
    expectKefu(() => classifyIntent('漏气', null as never), /^options must be an object/);
    expectKefu(() => createClassifier(undefined, null as never), /^options must be an object/);
  });

  it(`dueAt with a duration past the ceiling of ${MAX_DURATION_DAYS} days`, () => {
    const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] } });
    const at = '2026-09-30T09:00:00+08:00';
    expectKefu(() => dueAt(cal, at, { duration: { days: 1e20 }, clock: 'calendar', counting: 'civil-code' }), /limit\.duration is longer than the ceiling of 36525 days/);
    expectKefu(() => dueAt(cal, at, { duration: { workingDays: 1e17 }, clock: 'business', counting: 'elapsed' }), /ceiling/);
    expectKefu(() => dueAt(cal, at, { duration: { hours: 1e9 }, clock: 'business', counting: 'elapsed' }), /ceiling/);
    expect(dueAt(cal, at, { duration: { days: 10 }, clock: 'calendar', counting: 'elapsed' }).at.toISOString()).toBe('2026-10-10T01:00:00.000Z');
  });
});
