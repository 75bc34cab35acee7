/**
 * The intent classifier (rules: CALL-1, CALL-2): text or a transcript → call kind, a score per kind,
 * the evidence, and a priority. One matcher (the phrase module's) is compiled from the whole lexicon
 * once; each text is normalised once and scanned once.
 *
 * @module
 */
import { CALL_KINDS, CallKind, type Priority, type Speaker } from '../model/enums.js';
import { KefuError } from '../model/error.js';
import type { Transcript } from '../model/transcript.js';
import { compileMatcher, type MatcherPattern, type PhraseMatch } from '../text/matcher.js';
import { normalizeText, type NormalizedText, type NormalizeOptions } from '../text/normalize.js';
import { clauseNumbers, firstAt, NO_SPANS, orderByRange, questionBefore, spanIndex, type StepCounter } from './cue-scope.js';
import { defaultPriority } from './call-machine.js';
import type { IntentModel, IntentPrediction } from './intent-model.js';
import { DEFAULT_LEXICON, extendLexicon, type CueLexicon, type LexiconAddition } from './lexicon.js';

/**
 * One matched cue: which kind it supports, where it is in the ORIGINAL text (half-open UTF-16
 * offsets), in which turn, and whether it was denied (没有煤气味) or resolved (煤气味没了).
 *
 * @example
 * ```ts
 * const e: IntentEvidence = { kind: 'emergency', cue: '煤气味', text: '煤气味', start: 5, end: 8, weight: 3, negated: false };
 * ```
 */
export interface IntentEvidence {
  readonly kind: CallKind;
  /** The lexicon's cue text. */
  readonly cue: string;
  /** The text as it stands in the input (may differ in width, spacing or punctuation). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What the cue added to its kind's score (0 when negated). */
  readonly weight: number;
  readonly negated: boolean;
  /** The word that denied or resolved it. */
  readonly negation?: string;
  /** 0-based turn index when a transcript was classified. */
  readonly turn?: number;
  readonly speaker?: Speaker;
}

/**
 * What a caller wants: a call kind, or `unknown` when the classifier cannot tell with confidence and
 * the call should go to a person rather than to a guess (only with a model; see `unknownBelow`).
 *
 * @example
 * ```ts
 * const kind: IntentKind = 'unknown';
 * ```
 */
export type IntentKind = CallKind | 'unknown';

/**
 * What the classifier decided.
 *
 * - `kind`: the call kind; an asserted emergency cue always wins (CALL-2); `unknown` when a model is
 *   not confident, no cue supports its guess and nothing suggests danger.
 * - `priority`: `urgent` for an asserted emergency, at least `high` when `needsConfirmation`.
 * - `needsConfirmation`: an emergency cue was denied, resolved, asked about, supposed, or only heard
 *   from the agent — the agent must confirm there is no danger; it never silently disappears.
 * - `safetyTopic`: the danger is a topic (a question, a supposition, a product name), not a report.
 * - `matched`: whether any cue matched (when not, `kind` is the `consultation` fallback).
 *
 * @example
 * ```ts
 * const r: IntentResult = classifyIntent('我家没有煤气味了，就是灶打不着火');
 * r.kind; // 'repair'
 * r.needsConfirmation; // true
 * r.priority; // 'high'
 * ```
 */
export interface IntentResult {
  readonly kind: IntentKind;
  readonly priority: Priority;
  readonly needsConfirmation: boolean;
  /**
   * The text speaks of a danger it does not report as present — a question or supposition about one
   * (万一着火怎么办), a denial (没有煤气味), a product (报警器), or an agent's question — and the kind
   * is not `emergency`: route it as its kind, with the danger noted for the agent to rule out.
   */
  readonly safetyTopic: boolean;
  /**
   * A major emergency (重大抢险: fire, explosion, poisoning, a person down or trapped — the lexicon's
   * `major`), asserted by the caller: the call machine escalates it to leadership (rule: CALL-2).
   */
  readonly major: boolean;
  readonly matched: boolean;
  readonly scores: { readonly [K in CallKind]: number };
  readonly evidence: readonly IntentEvidence[];
  /** The learned model's view, when the classifier has one (its label may be a host's own, e.g. `sales`). */
  readonly model?: IntentPrediction;
}

/**
 * Options of {@link createClassifier}.
 *
 * @example
 * ```ts
 * const options: ClassifierOptions = { agentWeight: 0.25 };
 * ```
 */
export interface ClassifierOptions {
  /** Text normalisation (e.g. a traditional→simplified converter), passed to the phrase matcher. */
  readonly normalize?: NormalizeOptions;
  /** How much an agent turn's cues count against a customer turn's (default 0.25). */
  readonly agentWeight?: number;
  /**
   * A learned model (`loadIntentModel`) that decides the kind; the lexicon then only raises doubt. Its
   * label wins when it is a call kind; an emergency cue the model does not confirm makes the result
   * `needsConfirmation` at priority `high` instead of deciding it.
   */
  readonly model?: IntentModel;
  /**
   * With a model: the emergency probability from which a call is treated as an emergency even when
   * another kind is likelier (default 0.1, chosen on the tuning writers; urgent, `needsConfirmation`).
   */
  readonly emergencyThreshold?: number;
  /**
   * With a model: an emergency cue of the lexicon, asserted by the caller, makes the call urgent
   * (`needsConfirmation`) unless the model's emergency probability is below this (default 1e-4, chosen
   * on the tuning writers): the cue keeps its say, the model vetoes only what it is sure is no danger
   * (a question about danger, a product name).
   */
  readonly emergencyCueFloor?: number;
  /**
   * With a model: when its confidence is below this, no lexicon cue supports its label and nothing
   * suggests danger, the kind is `unknown` (route to a person). Default 0.9, chosen on the tuning
   * writers (the utterances it sets aside are two thirds misclassified there); 0 turns it off.
   */
  readonly unknownBelow?: number;
}

/**
 * A compiled classifier. Build it once with {@link createClassifier}; `classify` is linear in the text.
 *
 * @example
 * ```ts
 * const classifier: IntentClassifier = createClassifier();
 * classifier.classify('燃气表不走了').kind; // 'repair'
 * ```
 */
export interface IntentClassifier {
  readonly lexicon: CueLexicon;
  /** Classify a caller's utterance, or a transcript (customer turns first, agent turns weigh less). */
  classify(input: string | Transcript): IntentResult;
  /**
   * The work `classify` does on `input`, in steps (matcher transitions, positions and matches the cue
   * indexes visit, n-grams the model reads): a cost measure that does not depend on the machine, used
   * to test that classifying is linear in the text.
   * @internal
   */
  countSteps(input: string | Transcript): number;
}

/** Emergency probability treated as urgent with a model, chosen on the tuning writers (scripts/eval-intents.ts). */
const DEFAULT_EMERGENCY_THRESHOLD = 0.1;
/** Known n-grams a text needs before the model's reading of it counts (two characters and their pair). */
const MIN_MODEL_GRAMS = 3;
/** With a model: below this confidence, an unsupported guess is `unknown` (tuning writers). */
const DEFAULT_UNKNOWN_BELOW = 0.9;
/** With a model: an asserted emergency cue is urgent unless the model puts danger below this (tuning writers). */
const DEFAULT_EMERGENCY_CUE_FLOOR = 1e-4;

/** Options must be an object (or left out): `null` is a caller's mistake to name, not a TypeError. */
function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new KefuError('invalid_input', 'options must be an object', [{ path: ['options'], message: 'must be an object or left out', value: options }]);
  }
}

/** A probability option, checked at the edge: (0, 1], or [0, 1] where zero is allowed. */
function probabilityOption(name: string, value: unknown, zero: 'above zero' | 'zero allowed'): number {
  const low = zero === 'zero allowed' ? 0 : Number.MIN_VALUE;
  if (typeof value !== 'number' || !(value >= low && value <= 1)) {
    const range = zero === 'zero allowed' ? '[0, 1]' : '(0, 1]';
    throw new KefuError('invalid_input', `${name} must be in ${range}`, [{ path: [name], message: `must be a number in ${range}`, value }]);
  }
  return value;
}

/** Tie order: safety first, then redress, then bookings and work orders; the generic question last. */
const PRECEDENCE: readonly CallKind[] = ['emergency', 'complaint', 'appointment', 'repair', 'callback', 'business', 'consultation', 'invitation'];

/** Characters that may stand between a negator and its cue (没有闻到煤气味, 也没什么气味). */
const FILLER = new Set(Array.from('有闻到感觉发现再已经什么啥点一股些都也还并任何这那种现在又'));
const MAX_GAP = 4;
/** Normalised characters a hazard pattern allows between its two words unless it says otherwise. */
const DEFAULT_HAZARD_WINDOW = 12;
/** A composed hazard counts as a strong emergency cue. */
const HAZARD_WEIGHT = 3;
/** The pattern index of a composed hazard's match: it is no one pattern of the automaton. */
const HAZARD_PATTERN = -1;
/** A clause break in the original text: a negation never reaches across it. */
const CLAUSE_BREAK = /[,，。.!！?？;；:：、\n\r]/;
const isClauseBreak = (ch: string): boolean => CLAUSE_BREAK.test(ch);
/** A sentence break: a supposition (如果…) reaches to the end of its sentence, across commas. */
const SENTENCE_BREAK = /[。.!！?？;；\n\r]/;
const isSentenceBreak = (ch: string): boolean => SENTENCE_BREAK.test(ch);

type Role =
  | { readonly role: 'cue'; readonly kind: CallKind; readonly weight: number; readonly text: string }
  | { readonly role: 'negator' | 'hedge' | 'resolver' | 'neutral' | 'inquiry' | 'hypothetical'; readonly text: string }
  | { readonly role: 'hazard' | 'context'; readonly text: string; readonly hazard: number };

interface Scored {
  readonly match: PhraseMatch;
  readonly kind: CallKind;
  readonly weight: number;
  readonly cue: string;
}

const zeroScores = (): Record<CallKind, number> => ({ consultation: 0, repair: 0, emergency: 0, complaint: 0, callback: 0, appointment: 0, invitation: 0, business: 0 });

/**
 * Compile a lexicon into one classifier (compile once, classify many).
 *
 * @param lexicon - a complete lexicon (default {@link DEFAULT_LEXICON}); extend it with `extendLexicon`
 * @param options - normalisation and the agent-turn weight
 * @returns the classifier
 * @throws KefuError `invalid_input` when the lexicon or options are malformed
 * @example
 * ```ts
 * import { createClassifier, DEFAULT_LEXICON, extendLexicon } from 'kefu/classify';
 * const classifier = createClassifier(extendLexicon(DEFAULT_LEXICON, { cues: { repair: ['自闭阀'] } }));
 * const result = classifier.classify('我家里闻到很重的煤气味');
 * result.kind; // 'emergency'
 * result.priority; // 'urgent'
 * ```
 */
export function createClassifier(lexicon: CueLexicon = DEFAULT_LEXICON, options: ClassifierOptions = {}): IntentClassifier {
  if (typeof lexicon !== 'object' || lexicon === null || typeof lexicon.cues !== 'object' || lexicon.cues === null) {
    throw new KefuError('invalid_input', 'lexicon must be a CueLexicon with cues per call kind', [{ path: ['lexicon'], message: 'must be an object with cues', value: lexicon }]);
  }
  // Validate through the same path as additions, from an empty base.
  const empty: CueLexicon = {
    cues: { consultation: [], repair: [], emergency: [], complaint: [], callback: [], appointment: [], invitation: [], business: [] },
    negators: [],
    hedges: [],
    resolvers: [],
    neutral: [],
    inquiries: [],
    hypotheticals: [],
    hazards: [],
    major: [],
  };
  const checked = extendLexicon(empty, lexicon);
  checkOptions(options);
  const agentWeight = options.agentWeight ?? 0.25;
  if (typeof agentWeight !== 'number' || !(agentWeight >= 0 && agentWeight <= 1)) {
    throw new KefuError('invalid_input', 'agentWeight must be between 0 and 1', [{ path: ['agentWeight'], message: 'must be a number between 0 and 1', value: agentWeight }]);
  }

  const roles: Role[] = [];
  const patterns: MatcherPattern[] = [];
  for (const kind of CallKind.options) {
    for (const cue of checked.cues[kind]) {
      const text = typeof cue === 'string' ? cue : cue.text;
      const weight = typeof cue === 'string' ? 1 : (cue.weight ?? 1);
      roles.push({ role: 'cue', kind, weight, text });
      patterns.push({ id: `cue:${kind}`, text });
    }
  }
  const addWords = (role: 'negator' | 'hedge' | 'resolver' | 'neutral' | 'inquiry' | 'hypothetical', words: readonly string[]): void => {
    for (const text of words) {
      roles.push({ role, text });
      patterns.push({ id: role, text });
    }
  };
  addWords('negator', checked.negators);
  addWords('hedge', checked.hedges);
  addWords('resolver', checked.resolvers);
  addWords('neutral', checked.neutral);
  addWords('inquiry', checked.inquiries);
  addWords('hypothetical', checked.hypotheticals);
  checked.hazards.forEach((h, hazard) => {
    for (const text of h.hazard) {
      roles.push({ role: 'hazard', text, hazard });
      patterns.push({ id: 'hazard', text });
    }
    for (const text of h.context) {
      roles.push({ role: 'context', text, hazard });
      patterns.push({ id: 'context', text });
    }
  });
  const model = options.model;
  const emergencyThreshold = probabilityOption('emergencyThreshold', options.emergencyThreshold ?? DEFAULT_EMERGENCY_THRESHOLD, 'above zero');
  const cueFloor = probabilityOption('emergencyCueFloor', options.emergencyCueFloor ?? DEFAULT_EMERGENCY_CUE_FLOOR, 'zero allowed');
  const unknownBelow = probabilityOption('unknownBelow', options.unknownBelow ?? DEFAULT_UNKNOWN_BELOW, 'zero allowed');
  const majorCues: ReadonlySet<string> = new Set(checked.major);
  const matcher = compileMatcher(patterns, options.normalize === undefined ? {} : { normalize: options.normalize });

  /** Cues of one text with negation decided; offsets are the original text's. Linear in the text. */
  const analyse = (original: string, counter: StepCounter | undefined): { scored: Scored[]; negated: { scored: Scored; by: string }[]; normalized: string } => {
    const normalized = normalizeText(original, options.normalize);
    const matches = counter === undefined ? matcher.scanNormalized(normalized) : scanCounting(normalized, counter);
    const cues: Scored[] = [];
    const negators: PhraseMatch[] = [];
    const hedges: PhraseMatch[] = [];
    const resolvers: PhraseMatch[] = [];
    const neutral: PhraseMatch[] = [];
    const inquiries: PhraseMatch[] = [];
    const suppositions: PhraseMatch[] = [];
    const parts: { match: PhraseMatch; role: 'hazard' | 'context'; hazard: number; text: string }[] = [];
    for (const m of matches) {
      const role = roles[m.pattern] as Role;
      if (role.role === 'cue') cues.push({ match: m, kind: role.kind, weight: role.weight, cue: role.text });
      else if (role.role === 'negator') negators.push(m);
      else if (role.role === 'hedge') hedges.push(m);
      else if (role.role === 'resolver') resolvers.push(m);
      else if (role.role === 'inquiry') inquiries.push(m);
      else if (role.role === 'hypothetical') suppositions.push(m);
      else if (role.role === 'hazard' || role.role === 'context') parts.push({ match: m, role: role.role, hazard: role.hazard, text: role.text });
      else neutral.push(m);
    }
    if (counter !== undefined) counter.steps += matches.length;
    const text = normalized.text;
    const length = text.length;
    // A cue inside a neutral phrase does not count; of nested cues only the longest counts (着火 inside
    // 打不着火 is no fire), and of cues on the same text in one kind the heaviest.
    const inNeutral = spanIndex(neutral, length, counter);
    const live = cues.filter((c) => !inNeutral.covers(c.match.normalizedStart, c.match.normalizedEnd));
    // With one cue (most utterances) there is nothing to nest or outweigh.
    const inLonger =
      live.length < 2
        ? NO_SPANS
        : spanIndex(
            live.map((c) => c.match),
            length,
            counter,
          );
    // Cues on the same span are neighbours in match order (by end, then longest first): of each run of
    // one span, the heaviest cue of each kind stays (the first listed on a tie).
    const outweighed = new Set<Scored>();
    for (let i = 0; live.length > 1 && i < live.length;) {
      const first = live[i];
      let j = i + 1;
      while (j < live.length && live[j]?.match.normalizedStart === first?.match.normalizedStart && live[j]?.match.normalizedEnd === first?.match.normalizedEnd) j++;
      for (let a = i; a < j; a++) {
        for (let b = i; b < j; b++) {
          const [x, y] = [live[a], live[b]];
          if (x !== undefined && y !== undefined && a !== b && x.kind === y.kind && (y.weight > x.weight || (y.weight === x.weight && y.match.pattern < x.match.pattern)))
            outweighed.add(x);
        }
      }
      i = j;
    }
    const kept = live.filter((c) => !inLonger.coversStrictly(c.match.normalizedStart, c.match.normalizedEnd) && !outweighed.has(c));
    if (counter !== undefined) counter.steps += 2 * live.length;
    // rule: CALL-2 — a hazard with what makes it present nearby (卡在半空 … 工人) is an emergency cue
    // spanning both. A word inside a longer cue (出气 in 不出气) or a neutral phrase is not a part.
    if (parts.length > 0) {
      const inAnyCue = spanIndex(
        cues.map((c) => c.match),
        length,
        counter,
      );
      // 里面没人: a denied person is no context.
      const deniedAt = firstAt(negators, 'end', length, counter);
      const last = new Map<string, { match: PhraseMatch; text: string }>();
      for (const part of parts) {
        const { normalizedStart: ps, normalizedEnd: pe } = part.match;
        if (inAnyCue.coversStrictly(ps, pe) || inNeutral.covers(ps, pe) || (part.role === 'context' && (deniedAt[ps] ?? -1) !== -1)) continue;
        const pattern = checked.hazards[part.hazard];
        if (pattern === undefined) continue;
        const partner = last.get(`${part.hazard}:${part.role === 'hazard' ? 'context' : 'hazard'}`);
        // Of parts ending together (啥都没开, 没开) the longest, which comes first, stands for them.
        const own = `${part.hazard}:${part.role}`;
        if ((last.get(own)?.match.normalizedEnd ?? -1) < pe) last.set(own, { match: part.match, text: part.text });
        if (partner === undefined || ps - partner.match.normalizedEnd > (pattern.window ?? DEFAULT_HAZARD_WINDOW)) continue;
        const [first, second] = partner.match.normalizedStart <= ps ? [partner.match, part.match] : [part.match, partner.match];
        const match: PhraseMatch = {
          id: 'hazard',
          pattern: HAZARD_PATTERN,
          start: first.start,
          end: Math.max(first.end, second.end),
          normalizedStart: first.normalizedStart,
          normalizedEnd: Math.max(first.normalizedEnd, second.normalizedEnd),
        };
        const [hazardWord, contextWord] = part.role === 'hazard' ? [part.text, partner.text] : [partner.text, part.text];
        kept.push({ match, kind: 'emergency', weight: HAZARD_WEIGHT, cue: `hazard:${pattern.id} ${hazardWord}+${contextWord}` });
      }
      if (counter !== undefined) counter.steps += parts.length;
    }
    // A negator counts only on its own: not inside a hedge (是不是) nor inside a cue (不敢开灯, 不出气).
    const inHedge = negators.length === 0 ? NO_SPANS : spanIndex(hedges, length, counter);
    const inCue =
      negators.length === 0
        ? NO_SPANS
        : spanIndex(
            cues.map((c) => c.match),
            length,
            counter,
          );
    const realNegators =
      negators.length === 0 ? negators : negators.filter((n) => !inHedge.covers(n.normalizedStart, n.normalizedEnd) && !inCue.covers(n.normalizedStart, n.normalizedEnd));
    const onlyFiller = (from: number, to: number): boolean => {
      if (to - from > MAX_GAP) return false;
      for (let k = from; k < to; k++) if (!FILLER.has(text[k] ?? '')) return false;
      return true;
    };
    const emergencies = kept.some((c) => c.kind === 'emergency');
    // Only emergency cues are governed by negation; the indexes are built when there is one.
    const clauses = emergencies ? clauseNumbers(original, isClauseBreak, counter) : undefined;
    const sameClause = (from: number, to: number): boolean => clauses !== undefined && clauses[from] === clauses[to];
    const negatorEndingAt = emergencies ? firstAt(realNegators, 'end', length, counter) : undefined;
    const resolverStartingAt = emergencies ? firstAt(resolvers, 'start', length, counter) : undefined;
    // For each position, the first word of `list` before it within the same clause or sentence (as
    // `numbers` count them): a question (怎么判断…) or a supposition (如果…) governs what follows it there.
    const governing = (list: readonly PhraseMatch[], numbers: Int32Array | undefined): Int32Array | undefined =>
      numbers === undefined
        ? undefined
        : questionBefore(
            list,
            length,
            (p) => numbers[normalized.offsets[p] ?? original.length] ?? 0,
            (q) => numbers[q.end] ?? 0,
            counter,
          );
    const asks = governing(inquiries, clauses);
    // A supposition governs the rest of its sentence: 如果在高速上爆胎了应该怎么处理.
    const supposed = governing(suppositions, clauses === undefined || suppositions.length === 0 ? undefined : clauseNumbers(original, isSentenceBreak, counter));
    const scored: Scored[] = [];
    const negated: { scored: Scored; by: string }[] = [];
    for (const c of kept) {
      if (c.kind !== 'emergency' || negatorEndingAt === undefined || resolverStartingAt === undefined || asks === undefined) {
        scored.push(c);
        continue;
      }
      // rule: CALL-2 — only a plain denial lowers an emergency cue, and then only to “needs confirmation”.
      // The denial ends at most MAX_GAP filler characters before the cue, in the same clause; of several,
      // the first found in match order.
      let before = -1;
      for (let end = Math.max(0, c.match.normalizedStart - MAX_GAP); end <= c.match.normalizedStart; end++) {
        const i = negatorEndingAt[end] ?? -1;
        const n = realNegators[i];
        if (n !== undefined && (before === -1 || i < before) && onlyFiller(end, c.match.normalizedStart) && sameClause(n.end, c.match.start)) before = i;
      }
      let after = -1;
      if (before === -1) {
        for (let start = c.match.normalizedEnd; start <= Math.min(length, c.match.normalizedEnd + MAX_GAP); start++) {
          const i = resolverStartingAt[start] ?? -1;
          const r = resolvers[i];
          if (r !== undefined && (after === -1 || i < after) && onlyFiller(c.match.normalizedEnd, start) && sameClause(c.match.end, r.start)) after = i;
        }
      }
      // A question about a danger (怎么判断是不是漏气) is not a report of one.
      const asked =
        before === -1 && after === -1
          ? (inquiries[asks[c.match.normalizedStart] ?? -1] ?? (supposed === undefined ? undefined : suppositions[supposed[c.match.normalizedStart] ?? -1]))
          : undefined;
      if (counter !== undefined) counter.steps += 2 * (MAX_GAP + 1) * (MAX_GAP + 1);
      const by = realNegators[before] ?? resolvers[after] ?? asked;
      if (by === undefined) scored.push(c);
      else negated.push({ scored: c, by: original.slice(by.start, by.end) });
    }
    return { scored, negated, normalized: text };
  };

  /** The matcher's scan, counting its steps (the counting path is the matcher's own). */
  const scanCounting = (normalized: NormalizedText, counter: StepCounter): PhraseMatch[] => {
    counter.steps += matcher.countSteps(normalized.original);
    return matcher.scanNormalized(normalized);
  };

  const run = (input: string | Transcript, counter: StepCounter | undefined): IntentResult => {
    const segments: { text: string; turn?: number; speaker?: Speaker }[] = [];
    if (typeof input === 'string') segments.push({ text: input });
    else if (typeof input === 'object' && input !== null && Array.isArray(input.turns)) {
      input.turns.forEach((turn, index) => {
        if (typeof turn !== 'object' || turn === null || typeof turn.text !== 'string') {
          throw new KefuError('invalid_input', `turns[${index}].text must be a string`, [
            { path: ['turns', index, 'text'], message: 'must be a string', value: typeof turn === 'object' && turn !== null ? turn.text : turn },
          ]);
        }
        segments.push({ text: turn.text, turn: index, speaker: turn.speaker });
      });
    } else {
      throw new KefuError('invalid_input', 'input must be a string or a transcript with turns', [
        { path: ['input'], message: 'must be a string or { turns: Turn[] }', value: typeof input },
      ]);
    }

    const scores = zeroScores();
    const evidence: IntentEvidence[] = [];
    let emergencyAsserted = 0;
    let hazardAsserted = false;
    let majorAsserted = false;
    let doubt = false;
    const normalizedOf = new Map<string, string>();
    for (const segment of segments) {
      if (segment.speaker === 'system') continue;
      const fromAgent = segment.speaker === 'agent';
      const factor = fromAgent ? agentWeight : 1;
      const { scored, negated, normalized } = analyse(segment.text, counter);
      normalizedOf.set(segment.text, normalized);
      const where = { ...(segment.turn === undefined ? {} : { turn: segment.turn }), ...(segment.speaker === undefined ? {} : { speaker: segment.speaker }) };
      const found: IntentEvidence[] = [];
      for (const s of scored) {
        const weight = s.weight * factor;
        // An agent naming a danger (“您闻到煤气味了吗？”) asks for confirmation; it is not the caller's report.
        if (s.kind === 'emergency' && fromAgent) doubt = true;
        else if (s.kind === 'emergency') {
          emergencyAsserted += s.weight;
          if (s.match.pattern === HAZARD_PATTERN) hazardAsserted = true;
          if (majorCues.has(s.cue) || majorCues.has(s.cue.split(' ')[0] ?? '')) majorAsserted = true;
        }
        scores[s.kind] += weight;
        found.push({ kind: s.kind, cue: s.cue, text: segment.text.slice(s.match.start, s.match.end), start: s.match.start, end: s.match.end, weight, negated: false, ...where });
      }
      for (const { scored: s, by } of negated) {
        doubt = true;
        found.push({
          kind: s.kind,
          cue: s.cue,
          text: segment.text.slice(s.match.start, s.match.end),
          start: s.match.start,
          end: s.match.end,
          weight: 0,
          negated: true,
          negation: by,
          ...where,
        });
      }
      // Segments come in turn order; within one, evidence by position (a counting sort: linear).
      for (const e of orderByRange(found, segment.text.length, counter)) evidence.push(e);
    }
    for (const kind of CallKind.options) scores[kind] = Math.round(scores[kind] * 100) / 100;

    const best = (kinds: readonly CallKind[]): CallKind | undefined => {
      let top: CallKind | undefined;
      for (const kind of kinds) if (scores[kind] > 0 && (top === undefined || scores[kind] > scores[top])) top = kind;
      return top;
    };
    const matched = evidence.length > 0;
    if (model !== undefined) {
      // The caller's words decide; an agent's are the fallback when no customer turn exists.
      const own = segments.filter((s) => s.speaker === undefined || s.speaker === 'customer');
      const spoken = own.length > 0 ? own : segments.filter((s) => s.speaker !== 'system');
      // Normalisation drops the line breaks between turns, so the model's own normalisation of the joined
      // turns is the join of the lexicon's normalised turns, when both normalise alike.
      if (counter !== undefined) counter.steps += model.data.order * spoken.reduce((n, s) => n + s.text.length, 0);
      const prediction =
        model.normalize === options.normalize
          ? model.predictNormalized(spoken.map((s) => normalizedOf.get(s.text) ?? normalizeText(s.text, options.normalize).text).join(''))
          : model.predict(spoken.map((s) => s.text).join('\n'));
      const urgency = prediction.probabilities['emergency'] ?? 0;
      // One literal per result rather than a spread of a shared base: this runs for every utterance.
      const result = (kind: IntentKind, priority: Priority, needsConfirmation: boolean): IntentResult => ({
        kind,
        priority,
        needsConfirmation,
        safetyTopic: kind !== 'emergency' && (doubt || emergencyAsserted > 0),
        major: kind === 'emergency' && majorAsserted,
        matched,
        scores,
        evidence,
        model: prediction,
      });
      // A model that knows fewer than MIN_MODEL_GRAMS of the text's n-grams (嗯, 喂？喂？) has no view: its
      // label is little more than the commonest label of its training data, not a reading of the call.
      const informed = prediction.grams >= MIN_MODEL_GRAMS;
      if (informed && prediction.label === 'emergency') return result('emergency', 'urgent', doubt);
      // rule: CALL-2 — emergency first: a real chance of danger is urgent until the agent has confirmed.
      if (informed && urgency >= emergencyThreshold) return result('emergency', 'urgent', true);
      // A composed hazard (a person hurt, people trapped, a vehicle in danger on the road) is never
      // outvoted by the model: its words are the report.
      if (hazardAsserted || (emergencyAsserted >= 1 && urgency >= cueFloor)) return result('emergency', 'urgent', true);
      const learned = informed ? CALL_KINDS.find((k) => k === prediction.label) : undefined;
      const kind = learned ?? best(PRECEDENCE.filter((k) => k !== 'emergency')) ?? 'consultation';
      // An emergency cue the model does not confirm (a question about danger, a product name) still
      // needs the agent's confirmation; it never silently disappears.
      if (emergencyAsserted >= 1 || doubt) return result(kind, 'high', true);
      // A guess the model is not sure of and no cue of the lexicon supports goes to a person.
      const supported = evidence.some((e) => e.kind === kind && !e.negated && e.weight > 0);
      if (!supported && (!informed || prediction.confidence < unknownBelow)) return result('unknown', 'normal', false);
      return result(kind, defaultPriority(kind), false);
    }
    if (emergencyAsserted >= 1) {
      return { kind: 'emergency', priority: 'urgent', needsConfirmation: false, safetyTopic: false, major: majorAsserted, matched, scores, evidence };
    }
    if (doubt) {
      const other = best(PRECEDENCE.filter((k) => k !== 'emergency'));
      // rule: CALL-2 — a denied or doubtful danger is not urgent yet, but it is never below high.
      return { kind: other ?? 'emergency', priority: 'high', needsConfirmation: true, safetyTopic: other !== undefined, major: false, matched, scores, evidence };
    }
    const kind = best(PRECEDENCE) ?? 'consultation';
    return { kind, priority: defaultPriority(kind), needsConfirmation: false, safetyTopic: false, major: false, matched, scores, evidence };
  };

  const countSteps = (input: string | Transcript): number => {
    const counter: StepCounter = { steps: 0 };
    run(input, counter);
    return counter.steps;
  };
  return { lexicon: checked, classify: (input) => run(input, undefined), countSteps };
}

/**
 * Options of {@link classifyIntent}.
 *
 * @example
 * ```ts
 * const options: ClassifyIntentOptions = { lexicon: { cues: { repair: ['自闭阀'] } } };
 * ```
 */
export interface ClassifyIntentOptions extends ClassifierOptions {
  /** An organisation's classify data (its lexicon additions are applied). */
  readonly preset?: { readonly lexicon: LexiconAddition };
  /** More additions, applied after the preset's. */
  readonly lexicon?: LexiconAddition;
}

/**
 * Classify one utterance or transcript (rules: CALL-1, CALL-2). Compiles the lexicon on each call:
 * to classify many texts, build a classifier once with {@link createClassifier}.
 *
 * @param input - a caller's utterance, or a transcript
 * @param options - a preset's classify data and/or lexicon additions
 * @returns kind, priority, needsConfirmation, a score per kind and the evidence
 * @example
 * ```ts
 * import { classifyIntent } from 'kefu/classify';
 * classifyIntent('我家里闻到很重的煤气味').priority; // 'urgent'
 * classifyIntent('现在不漏气了').needsConfirmation; // true
 * ```
 */
export function classifyIntent(input: string | Transcript, options: ClassifyIntentOptions = {}): IntentResult {
  checkOptions(options);
  const additions: LexiconAddition[] = [];
  if (options.preset !== undefined) additions.push(options.preset.lexicon);
  if (options.lexicon !== undefined) additions.push(options.lexicon);
  const lexicon = additions.length === 0 ? DEFAULT_LEXICON : extendLexicon(DEFAULT_LEXICON, ...additions);
  return createClassifier(lexicon, options).classify(input);
}
