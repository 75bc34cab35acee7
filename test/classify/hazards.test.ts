import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/classify/classifier.js';
import { DEFAULT_HAZARDS } from '../../src/classify/hazards.js';
import { DEFAULT_LEXICON, extendLexicon } from '../../src/classify/lexicon.js';
import { KefuError } from '../../src/model/error.js';

// rule: CALL-2 — an emergency is a hazard with what makes it present, found within a window of the
// text, not one fixed phrase; questions and suppositions about danger are not reports.
const hazardsOf = (text: string) =>
  classifyIntent(text)
    .evidence.filter((e) => e.cue.startsWith('hazard:'))
    .map((e) => [e.cue, e.text, e.negated]);

describe('hazards by composition (CALL-2)', () => {
  it.each([
    ['电梯卡住了，里面困着两个老人', 'hazard:trapped 困着+老人', '困着两个老人'],
    ['工人的手被机器夹住了', 'hazard:person-hurt 夹住+手', '手被机器夹住'],
    ['车在下坡，刹车踩不下去了', 'hazard:road 刹车踩不下去+下坡', '下坡，刹车踩不下去'],
    ['灶的旋钮掉了关不上，一直在出气', 'hazard:gas-unstoppable 出气+一直', '一直在出气'],
    ['家里啥都没开，燃气表还在转', 'hazard:meter-running 还在转+啥都没开', '啥都没开，燃气表还在转'],
  ])('%s → urgent, by %s', (text, cue, span) => {
    const r = classifyIntent(text);
    expect([r.kind, r.priority, r.safetyTopic]).toEqual(['emergency', 'urgent', false]);
    expect(hazardsOf(text)).toContainEqual([cue, span, false]);
  });

  it.each([
    ['电梯卡住了，里面没人', '里面没人: a denied person is no context'],
    ['车库的卷帘门卡住了，车出不来', 'a car, not a person'],
    ['热水器一直不出气', '出气 inside the repair cue 不出气'],
    ['车子在高速上抛锚了', 'a stall is a breakdown, not a road hazard'],
  ])('%s is no hazard (%s)', (text) => {
    expect(hazardsOf(text)).toEqual([]);
    expect(classifyIntent(text).kind).not.toBe('emergency');
  });

  it('a supposition governs its sentence: consultation, safety topic, for the agent to confirm', () => {
    const r = classifyIntent('如果在高速上爆胎了，应该怎么处理');
    expect([r.kind, r.priority, r.needsConfirmation, r.safetyTopic]).toEqual(['consultation', 'high', true, true]);
    expect(hazardsOf('如果在高速上爆胎了，应该怎么处理')).toEqual([['hazard:road 爆胎+高速', '高速上爆胎', true]]);
    // The next sentence is a report again.
    expect(classifyIntent('如果漏气怎么办。现在厨房里一股煤气味').kind).toBe('emergency');
  });

  it('a fire, a person hurt or people trapped is major (重大抢险); a meter running is not', () => {
    expect(classifyIntent('厨房着火了').major).toBe(true);
    expect(classifyIntent('工人的手被机器夹住了').major).toBe(true);
    expect(classifyIntent('家里啥都没开，燃气表还在转').major).toBe(false);
    expect(classifyIntent('如果厨房着火了怎么办').major).toBe(false);
  });

  it('hosts add their own hazard patterns; bad ones are KefuErrors naming the field', () => {
    const lexicon = extendLexicon(DEFAULT_LEXICON, { hazards: [{ id: 'flood', hazard: ['水漫进'], context: ['配电箱'], window: 6 }] });
    expect(lexicon.hazards.map((h) => h.id)).toEqual([...DEFAULT_HAZARDS.map((h) => h.id), 'flood']);
    expect(DEFAULT_LEXICON.hazards).toBe(DEFAULT_HAZARDS);
    expect(() => extendLexicon(DEFAULT_LEXICON, { hazards: [{ id: '', hazard: ['x'], context: ['y'] }] })).toThrowError(/hazards\[0\]\.id/);
    expect(() => extendLexicon(DEFAULT_LEXICON, { hazards: [{ id: 'x', hazard: [], context: ['y'], window: -1 }] })).toThrowError(KefuError);
  });
});
