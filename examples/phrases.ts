/**
 * The phrase catalog, the matcher and the call scripts on a short hotline call.
 *
 * Run: npx tsx examples/phrases.ts
 */
import { PHRASE_CATALOG, compileCatalog, extendCatalog } from 'kefu/phrases';
import { normalizeText, createLineIndex } from 'kefu/text';
import { createToSimplified } from 'kefu/text/traditional';
import { compileScripts, render } from 'kefu/scripts';
import { SCRIPTS, gasHotline } from 'kefu/presets';

// 1. Render the hotline's scripts from their templates (rules: SCR-GREET, SCR-CLOSE).
const greeting = render(SCRIPTS['gas-greet'], { company: '阳泉市煤气公司', agentNo: '12' });
console.log('Greeting:', greeting);

// 2. A host adds its own forbidden phrase and relaxes the 你 rule, without forking the catalog.
const catalog = extendCatalog(PHRASE_CATALOG, {
  add: [
    {
      id: 'acme-forbid-1',
      text: '没办法',
      gloss: 'nothing I can do',
      category: 'forbidden',
      rule: 'PHR-FORBID',
      source: 'ACME handbook',
      kind: 'forbidden',
      severity: 'warn',
      suggestions: [{ zh: '我能做到的是……', en: 'What I can do is …' }],
    },
  ],
  override: [{ id: 'nin-ni', severity: 'off' }],
});

// 3. Compile once, scan every agent turn (rules: PHR-FORBID, PHR-FORBID-2, PHR-FILLER).
const checker = compileCatalog(catalog.filter((e) => e.kind === 'forbidden' && e.severity !== 'off'));
const scripts = compileScripts(Object.values(gasHotline.scripts), { slots: { company: '阳泉市煤气公司' } });
const agentTurns = [
  `${greeting}。`,
  '嗯，您是桃园小区3号楼2单元101号王明先生吗？',
  '不管怎样，我们都会帮您处理。',
  '这个我不 知 道，快下班了，明天再来吧。',
  '真没办法。您还有其他问题吗？',
  '感谢您的来电，如果有问题，请您与我们联系，再见！',
];
const transcript = agentTurns.join('\n');
const lineAt = createLineIndex(transcript);
let offset = 0;
for (const turn of agentTurns) {
  for (const m of checker.scan(turn)) {
    const { line, column } = lineAt(offset + m.start);
    const hint = m.entry.suggestions?.[0]?.zh ?? '(remove it)';
    console.log(`${line}:${column}  ${m.entry.severity}  ${m.entry.rule}  “${turn.slice(m.start, m.end)}” → ${hint}`);
  }
  for (const s of scripts.find(turn))
    console.log(`${lineAt(offset + s.start).line}:${lineAt(offset + s.start).column}  script ${s.scriptId} (${s.rule}) ${JSON.stringify(s.slots)}`);
  offset += turn.length + 1;
}

// 4. Traditional text goes through the optional converter entry.
const toSimplified = createToSimplified('tw');
const traditional = compileCatalog(PHRASE_CATALOG, { normalize: { toSimplified } });
console.log(
  'Traditional:',
  traditional
    .scan('這個問題我不知道')
    .map((m) => `${m.id}@${m.start}-${m.end}`)
    .join(' '),
);
console.log('Normalised:', normalizeText('請您 稍等！', { toSimplified }).text);
