import type { Speaker } from '../model/enums.js';
import { KefuError } from '../model/error.js';
import type { ChannelMap, SpeakerLabels } from './types.js';

/**
 * The speaker labels `text`, `vtt` and `srt` transcripts use by default: the common Chinese and English
 * names for the agent (客服, 坐席, 座席, 客服员, 话务员, agent, A) and the customer (客户, 用户, 来电人,
 * customer, caller, user, B), and the system (系统, system, IVR).
 *
 * @example
 * ```ts
 * import { DEFAULT_SPEAKER_LABELS, parseTranscriptText } from 'kefu/transcripts';
 * parseTranscriptText('经理：您好', { labels: { ...DEFAULT_SPEAKER_LABELS, 经理: 'agent' } }).transcript.turns[0];
 * // { speaker: 'agent', text: '您好' }
 * ```
 */
export const DEFAULT_SPEAKER_LABELS: SpeakerLabels = Object.freeze({
  客服: 'agent',
  坐席: 'agent',
  座席: 'agent',
  客服员: 'agent',
  话务员: 'agent',
  agent: 'agent',
  A: 'agent',
  客户: 'customer',
  用户: 'customer',
  来电人: 'customer',
  customer: 'customer',
  caller: 'customer',
  user: 'customer',
  B: 'customer',
  系统: 'system',
  system: 'system',
  IVR: 'system',
});

const SPEAKERS: ReadonlySet<string> = new Set<Speaker>(['agent', 'customer', 'system']);

/**
 * Labels compiled for lookup: lower-cased keys, and the labels longest first so that `客服员` wins
 * over `客服` when matching a line prefix.
 * @internal
 */
export interface CompiledLabels {
  readonly byKey: ReadonlyMap<string, Speaker>;
  readonly longestFirst: readonly { readonly key: string; readonly speaker: Speaker }[];
  /** The labels as the caller wrote them, for messages. */
  readonly names: readonly string[];
}

/** @internal */
export function compileLabels(labels: SpeakerLabels | undefined): CompiledLabels {
  const source = labels ?? DEFAULT_SPEAKER_LABELS;
  const byKey = new Map<string, Speaker>();
  for (const [label, speaker] of Object.entries(source)) {
    const key = label.trim().toLowerCase();
    if (key === '' || /[:：\r\n]/.test(key)) {
      throw new KefuError('invalid_input', `labels: "${label}" cannot be a speaker label`, [
        { path: ['labels', label], message: 'must be non-empty and contain no colon or line break', value: label },
      ]);
    }
    if (!SPEAKERS.has(speaker)) {
      throw new KefuError('invalid_input', `labels.${label} must be agent, customer or system`, [
        { path: ['labels', label], message: 'must be agent, customer or system', value: speaker },
      ]);
    }
    byKey.set(key, speaker);
  }
  const longestFirst = [...byKey].map(([key, speaker]) => ({ key, speaker })).sort((a, b) => b.key.length - a.key.length);
  return { byKey, longestFirst, names: Object.keys(source) };
}

/** @internal */
export function lookupLabel(labels: CompiledLabels, label: string): Speaker | undefined {
  return labels.byKey.get(label.trim().toLowerCase());
}

/**
 * Validate a channel map and turn it into a lookup; `undefined` when the caller gave none.
 * @internal
 */
export function compileChannels(channels: ChannelMap | undefined): ReadonlyMap<number, Speaker> | undefined {
  if (channels === undefined) return undefined;
  const out = new Map<number, Speaker>();
  for (const [key, speaker] of Object.entries(channels)) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0) {
      throw new KefuError('invalid_input', `channels: "${key}" is not a channel or speaker id`, [
        { path: ['channels', key], message: 'must be a non-negative integer', value: key },
      ]);
    }
    if (!SPEAKERS.has(speaker)) {
      throw new KefuError('invalid_input', `channels.${key} must be agent, customer or system`, [
        { path: ['channels', key], message: 'must be agent, customer or system', value: speaker },
      ]);
    }
    out.set(id, speaker);
  }
  return out;
}
