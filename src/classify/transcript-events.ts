/**
 * Derive call-machine events from a transcript: the scripts catalog's matchers find the greeting,
 * the record confirmation, “您还有其他问题吗？” and the closing; the classifier finds the caller's
 * intent; a few agent cue phrases (compiled once with the phrase module's matcher) find dispatch,
 * forwarding, deferral and booking; turn events give holds, transfers and hang-ups. Replaying the
 * events through the call machine shows where an agent left the standard order (rule: CALL-8).
 *
 * @module
 */
import type { CallKind } from '../model/enums.js';
import { KefuError } from '../model/error.js';
import { Timestamp } from '../model/common.js';
import type { Transcript } from '../model/transcript.js';
import { compileMatcher } from '../text/matcher.js';
import { ALL_SCRIPTS } from '../scripts/catalog.js';
import { compileScripts } from '../scripts/match.js';
import type { CallEvent, CollectField } from './call-machine.js';
import { createClassifier, type IntentClassifier } from './classifier.js';
import { DEFAULT_LEXICON, extendLexicon } from './lexicon.js';
import type { ClassifyPreset } from './preset.js';

/**
 * Options of {@link eventsFromTranscript} and {@link createEventDeriver}.
 *
 * @example
 * ```ts
 * const options: EventsFromTranscriptOptions = { startedAt: '2026-09-30T16:00:00+08:00', callId: 'c-1' };
 * ```
 */
export interface EventsFromTranscriptOptions {
  /** An organisation's classify data (its cue words). */
  readonly preset?: ClassifyPreset;
  /** When the call started; turn times (`start`, ms) are added to it. Default `1970-01-01T00:00:00Z`. */
  readonly startedAt?: string;
  readonly callId?: string;
  /** Known script slot values (company, hotline…), so greetings must name the right company. */
  readonly slots?: Readonly<Record<string, string>>;
}

/**
 * Events derived from a transcript, with the turn each came from (parallel arrays).
 *
 * @example
 * ```ts
 * const derived: DerivedEvents = eventsFromTranscript({ turns: [] });
 * derived.events.length === derived.turns.length; // true
 * ```
 */
export interface DerivedEvents {
  readonly events: readonly CallEvent[];
  /** 0-based turn index of each event (`-1` for the ring and answer at the start). */
  readonly turns: readonly number[];
}

/**
 * A compiled deriver: build once, derive events from many transcripts.
 *
 * @example
 * ```ts
 * const deriver: EventDeriver = createEventDeriver();
 * ```
 */
export interface EventDeriver {
  /** The events of one transcript and the turn each came from; `startedAt` and `callId` time and name them. */
  derive(transcript: Transcript, options?: Pick<EventsFromTranscriptOptions, 'startedAt' | 'callId'>): DerivedEvents;
}

type Cue = 'ask-name' | 'ask-address' | 'ask-phone' | 'anything-else' | 'close' | 'dispatch' | 'forward' | 'defer' | 'book' | 'hand-over' | 'hold-request';

/** Agent phrases that mark a step the scripts catalog has no fixed sentence for. */
const AGENT_CUES: readonly (readonly [Cue, readonly string[]])[] = [
  ['ask-name', ['贵姓', '怎么称呼', '您的姓名', '叫什么名字']],
  ['ask-address', ['地址', '住在哪', '哪个小区', '具体位置']],
  ['ask-phone', ['联系电话', '电话号码', '联系方式', '手机号']],
  ['anything-else', ['还有其他问题', '还有什么问题', '还有什么需要', '还有别的', '还有什么可以帮']],
  ['close', ['感谢您的来电', '感谢您致电', '谢谢您的来电', '再见']],
  ['dispatch', ['派人', '派师傅', '安排师傅', '安排维修', '安排人员', '抢修人员', '维修人员', '派单', '马上安排', '立即安排', '技术人员与您联系', '上门处理']],
  ['forward', ['转交', '反馈给', '转给相关部门', '通知相关部门', '交给相关部门', '上报']],
  ['defer', ['24小时内', '小时内答复', '给您答复', '回复您', '请示', '了解清楚再']],
  ['book', ['预约的时间为', '已经为您预约', '给您约好', '预约好了', '帮您预约好']],
  ['hand-over', ['让我同事', '请我的同事', '换一位同事']],
  ['hold-request', ['请您稍等', '麻烦您等一下', '稍等一下', '请稍等', '请稍后']],
];

const STEP_OF_SCRIPT: Readonly<Record<string, 'greet' | 'verify' | 'anything-else' | 'close'>> = {
  'gas-greet': 'greet',
  'ent-greet': 'greet',
  'auto-appt-greet': 'greet',
  'hall-greet': 'greet',
  'hall-welcome': 'greet',
  'gas-verify': 'verify',
  'gas-anything-else': 'anything-else',
  'gas-close': 'close',
  'ent-close-thanks-call': 'close',
  'ent-close-thanks-notify': 'close',
  'auto-appt-thanks': 'close',
  'auto-farewell': 'close',
  'hall-farewell': 'close',
};

/** Fields recorded for each matter before its hand-over. */
const FIELDS_OF: { readonly [K in CallKind]: readonly CollectField[] } = {
  repair: ['name', 'address', 'phone', 'content'],
  emergency: ['name', 'address', 'phone', 'content'],
  complaint: ['name', 'phone', 'content'],
  appointment: ['phone', 'plate', 'time', 'needs'],
  consultation: [],
  business: [],
  callback: [],
  invitation: [],
};

const SURNAME = /([\p{Script=Han}])(?:先生|女士|小姐)/u;
const NOT_SURNAME = new Set(Array.from('您你位那这个的是各老'));
const PHONE = /\d[\d\s-]{5,}\d/;
const ADDRESS = /小区|号楼|单元|栋|街道|大街|路\d|[0-9一二三四五六七八九十]+号|村|室/;
const PLATE = /[\p{Script=Han}][A-Za-z][A-Za-z0-9]{4,6}/u;
const TIME = /明天|后天|今天|周[一二三四五六日天]|星期|上午|下午|晚上|\d+点|\d+号|\d+月/;

/**
 * Compile the script matchers, cue phrases and classifier once.
 *
 * @param options - preset (cue words) and known script slots
 * @returns a deriver whose `derive(transcript)` lists the events
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * const deriver = createEventDeriver();
 * deriver.derive({ turns: [{ speaker: 'agent', text: '您好，燃气公司12号客服员为您服务' }] }).events.map((e) => e.type); // ['ring', 'answer', 'greet']
 * ```
 */
export function createEventDeriver(options: Pick<EventsFromTranscriptOptions, 'preset' | 'slots'> = {}): EventDeriver {
  const classifier: IntentClassifier = createClassifier(options.preset === undefined ? DEFAULT_LEXICON : extendLexicon(DEFAULT_LEXICON, options.preset.lexicon));
  const scripts = compileScripts(
    ALL_SCRIPTS.filter((s) => s.id in STEP_OF_SCRIPT),
    options.slots === undefined ? {} : { slots: options.slots },
  );
  const cueRoles: Cue[] = [];
  const cues = compileMatcher(
    AGENT_CUES.flatMap(([role, texts]) =>
      texts.map((text) => {
        cueRoles.push(role);
        return { id: role, text };
      }),
    ),
  );

  const derive = (transcript: Transcript, run: Pick<EventsFromTranscriptOptions, 'startedAt' | 'callId'> = {}): DerivedEvents => {
    if (typeof transcript !== 'object' || transcript === null || !Array.isArray(transcript.turns)) {
      throw new KefuError('invalid_input', 'transcript must have turns', [{ path: ['transcript', 'turns'], message: 'must be an array of turns', value: typeof transcript }]);
    }
    const startedAt = run.startedAt ?? '1970-01-01T00:00:00Z';
    if (!Timestamp.safeParse(startedAt).success) {
      throw new KefuError('invalid_input', 'startedAt must be an ISO 8601 date-time with an offset', [{ path: ['startedAt'], message: 'must be an ISO 8601 date-time with an offset', value: startedAt }]);
    }
    const base = Date.parse(startedAt);
    const events: CallEvent[] = [];
    const sources: number[] = [];
    let lastMs = 0;
    const timeOf = (turnStart: number | undefined): string => {
      if (turnStart !== undefined && turnStart > lastMs) lastMs = turnStart;
      return new Date(base + lastMs).toISOString();
    };
    const emit = (event: CallEvent, turn: number): void => {
      events.push(event);
      sources.push(turn);
    };

    const at0 = timeOf(transcript.turns[0]?.start);
    emit({ type: 'ring', at: at0, ...(run.callId === undefined ? {} : { callId: run.callId }) }, -1);
    emit({ type: 'answer', at: at0 }, -1);

    let greeted = false;
    let surname: string | undefined;
    let kind: CallKind | undefined;
    let confirmed = true;
    let pending: { kind: CallKind; needsConfirmation: boolean } | undefined;
    let deferred = false;
    let handedOver = false;
    let anythingElse = false;
    let closed = false;
    let ended = false;
    let holdAsked = false;
    let onHold = false;
    const known = new Set<CollectField>();
    const recorded = new Set<CollectField>();
    let asked: CollectField | undefined;

    const recordable = (): readonly CollectField[] => {
      if (kind === undefined) return [];
      if (kind === 'consultation') return deferred ? ['name', 'phone'] : [];
      return handedOver ? [] : FIELDS_OF[kind];
    };
    const flushFields = (at: string, turn: number): void => {
      for (const field of recordable()) {
        if (known.has(field) && !recorded.has(field)) {
          recorded.add(field);
          emit({ type: 'collect', at, field }, turn);
        }
      }
    };
    const classifyNow = (at: string, turn: number): void => {
      if (pending === undefined) return;
      emit({ type: 'classify', at, kind: pending.kind, ...(pending.needsConfirmation ? { needsConfirmation: true } : {}) }, turn);
      if (pending.kind !== kind) {
        recorded.clear();
        deferred = false;
        handedOver = false;
      }
      kind = pending.kind;
      confirmed = !pending.needsConfirmation;
      anythingElse = false;
      pending = undefined;
      known.add('content');
      if (kind === 'appointment') known.add('needs');
      flushFields(at, turn);
    };

    transcript.turns.forEach((turn, index) => {
      if (ended) return;
      const at = timeOf(turn.start);
      if (turn.speaker === 'customer') {
        const result = classifier.classify(turn.text);
        if (result.matched) {
          const upgrade = result.kind === 'emergency' && kind === 'emergency' && !confirmed && !result.needsConfirmation;
          // A caller's later question in a repair call is not a new matter; a danger always is.
          if ((kind === undefined || result.kind === 'emergency') && (result.kind !== kind || upgrade)) {
            pending = { kind: result.kind, needsConfirmation: result.needsConfirmation };
          }
        }
        const compact = turn.text.replace(/\s+/g, '');
        if (PHONE.test(compact)) known.add('phone');
        if (ADDRESS.test(turn.text)) known.add('address');
        if (PLATE.test(compact)) known.add('plate');
        if (TIME.test(turn.text)) known.add('time');
        if (asked !== undefined && turn.text.trim() !== '') known.add(asked);
        asked = undefined;
        flushFields(at, index);
      } else if (turn.speaker === 'agent') {
        const steps = new Set(scripts.find(turn.text).map((m) => STEP_OF_SCRIPT[m.scriptId]));
        const said = new Set(cues.scan(turn.text).map((m) => cueRoles[m.pattern]));
        if (said.has('anything-else')) steps.add('anything-else');
        if (said.has('close')) steps.add('close');
        if (said.has('hold-request')) holdAsked = true;
        if (steps.has('greet') && !greeted) {
          greeted = true;
          emit({ type: 'greet', at }, index);
        }
        const name = SURNAME.exec(turn.text);
        const identifies = name !== null && !NOT_SURNAME.has(name[1] ?? '') && name[1] !== surname;
        if (identifies && name !== null) {
          surname = name[1] as string;
          known.add('name');
          emit({ type: 'identify', at, surname }, index);
        }
        if (steps.has('verify')) {
          known.add('address');
          known.add('name');
          emit({ type: 'verify', at }, index);
        }
        const handling = said.has('dispatch') || said.has('forward') || said.has('defer') || said.has('book') || said.has('hand-over');
        const gathers = said.has('ask-name') || said.has('ask-address') || said.has('ask-phone');
        // The agent classifies when acting on the intent, not while still greeting, asking the surname or confirming the record.
        const acts = handling || steps.has('anything-else') || steps.has('close') || (!steps.has('greet') && !identifies && !steps.has('verify') && !gathers);
        if (pending !== undefined && acts) classifyNow(at, index);
        asked = said.has('ask-name') ? 'name' : said.has('ask-address') ? 'address' : said.has('ask-phone') ? 'phone' : undefined;
        if (kind !== undefined && !handedOver) {
          if ((kind === 'repair' || kind === 'emergency') && said.has('dispatch')) {
            handedOver = true;
            emit({ type: 'dispatch', at }, index);
          } else if (kind === 'complaint' && said.has('hand-over')) {
            handedOver = true;
            emit({ type: 'hand-over', at }, index);
          } else if (kind === 'complaint' && said.has('forward')) {
            handedOver = true;
            emit({ type: 'forward', at, department: '相关部门' }, index);
          } else if (kind === 'consultation' && said.has('defer') && !deferred) {
            deferred = true;
            emit({ type: 'defer', at }, index);
            flushFields(at, index);
          } else if (kind === 'appointment' && said.has('book')) {
            handedOver = true;
            emit({ type: 'book', at }, index);
          }
        }
        if (steps.has('anything-else') && !anythingElse && kind !== undefined) {
          anythingElse = true;
          emit({ type: 'ask-anything-else', at }, index);
        }
        if (steps.has('close') && !closed && kind !== undefined) {
          closed = true;
          emit({ type: 'close', at }, index);
        }
      }
      for (const event of turn.events ?? []) {
        if (event.type === 'hold-start' && !onHold) {
          onHold = true;
          emit({ type: 'hold', at, consent: event.consent ?? holdAsked }, index);
        } else if (event.type === 'hold-end' && onHold) {
          onHold = false;
          emit({ type: 'resume', at }, index);
        } else if (event.type === 'transfer') {
          emit({ type: 'transfer', at, to: event.to ?? 'another line' }, index);
        } else if (event.type === 'hang-up') {
          ended = true;
          emit({ type: 'hang-up', at, by: event.by }, index);
        }
      }
    });
    return { events, turns: sources };
  };
  return { derive };
}

/**
 * Derive call-machine events from a transcript (compiles the matchers on each call; use
 * {@link createEventDeriver} for many transcripts).
 *
 * @param transcript - the call's turns
 * @param options - preset, start time, call id, script slots
 * @returns the events and the turn each came from
 * @throws KefuError `invalid_input` for a malformed transcript or start time
 * @example
 * ```ts
 * import { eventsFromTranscript, createCallMachine } from 'kefu/classify';
 * const { events } = eventsFromTranscript({
 *   turns: [
 *     { speaker: 'agent', text: '您好，燃气公司12号客服员为您服务' },
 *     { speaker: 'customer', text: '我家燃气表不走了' },
 *     { speaker: 'agent', text: '好的，我马上安排师傅上门，您还有其他问题吗？' },
 *   ],
 * });
 * createCallMachine().replay(events).ok; // true
 * ```
 */
export function eventsFromTranscript(transcript: Transcript, options: EventsFromTranscriptOptions = {}): DerivedEvents {
  return createEventDeriver(options).derive(transcript, options);
}
