import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/phrases/checker.js';
import { compileScripts } from '../../src/scripts/match.js';
import { assembleTemplate, templatePieces } from '../../src/text/recognise.js';
import { DEFAULT_SLOT_SPECS, render, type Script } from '../../src/text/template.js';

// One template engine: kefu/scripts' matcher and the checker (here through a host category, which
// recognises a template inside the checker's shared automaton) read a template the same way.
const READ_BACK: Script = {
  id: 'demo-readback',
  rule: 'SCR-AUTO',
  template: '您指定的维修技师是{technician}高级技师，请问信息是否准确',
  quote: '您指定的维修技师是XXX高级技师,请问是信息是否准确',
  source: 'S3 一 2 ⑤',
  gloss: 'your technician is senior technician {technician}; is that correct?',
};

function viaScripts(script: Script, text: string): string[] {
  return compileScripts([script])
    .find(text)
    .map((m) => `${m.start}-${m.end}`);
}

function viaChecker(template: string, text: string): string[] {
  const checker = createChecker({ categories: [{ id: 'said', mode: 'must-not-include', criteria: [{ script: template, speaker: 'agent' }] }] });
  return checker
    .check({ turns: [{ speaker: 'agent', text }] })
    .diagnostics.flatMap((d) => (d.ruleId !== 'category/said' || d.range === undefined ? [] : [`${d.range.start}-${d.range.end}`]));
}

describe('one template engine', () => {
  it('a 12-character technician name (SCR-AUTO) is found by both (the scripts matcher allowed 8, the checker 16)', () => {
    const name = '阿卜杜热依木买买提艾力江';
    expect([...name]).toHaveLength(12);
    const text = render(READ_BACK, { technician: name });
    expect(viaScripts(READ_BACK, text)).toEqual([`0-${text.length}`]);
    expect(viaChecker(READ_BACK.template, text)).toEqual([`0-${text.length}`]);
    expect(compileScripts([READ_BACK]).find(text)[0]?.slots).toEqual({ technician: name });
  });

  it('a gap of 14 characters fits a 12-character slot plus the 2-character filler budget; 15 does not', () => {
    const fits = render(READ_BACK, { technician: '张'.repeat(14) });
    const tooLong = render(READ_BACK, { technician: '张'.repeat(15) });
    expect(viaScripts(READ_BACK, fits)).toHaveLength(1);
    expect(viaScripts(READ_BACK, tooLong)).toEqual([]);
    expect(viaChecker(READ_BACK.template, tooLong)).toEqual([]);
  });

  it('the two callers agree on any rendering of a template inside noise', () => {
    const templates = ['您好，{company}{agentNo}号客服员为您服务', '您是{address}{fullName}{title}吗？', '感谢您的来电，如果有问题，请您与我们联系，再见！', READ_BACK.template];
    const filler = fc.constantFrom('', '嗯', '，', '那个', ' ', '好的');
    const value = (max: number) => fc.string({ unit: fc.constantFrom('王', '明', '1', '2', '号', '楼', '，'), minLength: 1, maxLength: max + 2 });
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        filler,
        filler,
        fc.array(value(14), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('先生', '女士'),
        (template, before, after, values, title) => {
          const script: Script = { ...READ_BACK, id: 'x', template };
          let i = 0;
          const text = before + template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'title' ? title : (values[i++ % values.length] ?? ''))) + after;
          // The checker reports the first occurrence in a turn; the scripts matcher lists them all.
          expect(viaChecker(template, text)).toEqual(viaScripts(script, text).slice(0, 1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('clauses link to the closest earlier clause: the match is tight and the slot short', () => {
    const pieces = templatePieces({ id: 'g', template: '您好，{agentNo}号为您服务' });
    expect(pieces.map((p) => [p.alternatives, p.maxGap, p.gapSlots])).toEqual([
      [['您好'], 0, []],
      [['号为您服务'], (DEFAULT_SLOT_SPECS.agentNo?.maxLength ?? 0) + 2, ['agentNo']],
    ]);
    const text = '您好您好12号为您服务';
    const found = assembleTemplate(
      pieces,
      [
        [
          { start: 0, end: 2 },
          { start: 2, end: 4 },
        ],
        [{ start: 6, end: 11 }],
      ],
      text,
    );
    expect(found).toEqual([{ first: { start: 2, end: 4 }, last: { start: 6, end: 11 }, slots: { agentNo: '12' } }]);
  });
});
