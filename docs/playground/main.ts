// The playground page: DOM glue only. Computing is in library.ts, layout decisions in ui.ts.
import { tzOffset } from '@date-fns/tz';
import type { Diagnostic } from '../../src/phrases/index.js';
import type { Priority, TaskKind } from '../../src/model/index.js';
import { analyse, calendarProbe, CheckerCache, computeSla, isPresetId, playgroundPreset, PRESET_IDS, SAMPLE_TRANSCRIPT, slaTaskKinds, type PresetId } from './library.js';
import { buildSegments, foldPath, formatDurationMs, formatWallTime, localDayStart, marksByTurn, percentAt, scoreBand, wallTimeToIso, workingRuns, worstSeverity } from './ui.js';

const SPEAKER_LABEL: Record<string, string> = { agent: '客服 Agent', customer: '客户 Customer', system: '系统 System', unknown: '未知 Unknown' };
const PRIORITIES: readonly Priority[] = ['normal', 'urgent', 'high', 'low'];
const DAY_MS = 86_400_000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`missing #${id}`);
  return node as T;
}

const cache = new CheckerCache();
const presetSelect = byId<HTMLSelectElement>('preset');
const input = byId<HTMLTextAreaElement>('transcript');
const dropZone = byId<HTMLElement>('drop-zone');
const status = byId<HTMLElement>('status');
const turnsBox = byId<HTMLElement>('turns');
const findingsBox = byId<HTMLElement>('findings');
const detailBox = byId<HTMLElement>('detail');
const summaryBox = byId<HTMLElement>('summary');
let fileName: string | undefined;
let diagnostics: readonly Diagnostic[] = [];

function currentPreset(): PresetId {
  const value = presetSelect.value;
  return isPresetId(value) ? value : 'gas-hotline';
}

function showDetail(index: number): void {
  const d = diagnostics[index];
  detailBox.replaceChildren();
  if (d === undefined) return;
  for (const mark of turnsBox.querySelectorAll('.finding.selected')) mark.classList.remove('selected');
  for (const mark of turnsBox.querySelectorAll(`[data-findings~="${index}"]`)) mark.classList.add('selected');
  detailBox.append(
    el(
      'div',
      { class: `rule ${d.severity}` },
      `${d.severity === 'error' ? '错误 error' : '警告 warn'} · ${d.ruleId}`,
      d.domainRules.length > 0 ? ` · ${d.domainRules.join(', ')}` : '',
    ),
    el('p', { class: 'zh', 'data-testid': 'detail-message' }, d.message.zh),
    el('p', { class: 'en' }, d.message.en),
  );
  if (d.excerpt !== undefined) detailBox.append(el('p', { class: 'excerpt' }, '“', d.excerpt, '”'));
  if (d.suggestions.length > 0) {
    detailBox.append(el('h4', {}, '建议话术 Suggested wording'));
    const list = el('ul', { class: 'suggestions', 'data-testid': 'suggestions' });
    for (const s of d.suggestions) list.append(el('li', {}, el('span', { class: 'zh' }, s.zh), el('span', { class: 'en' }, s.en)));
    detailBox.append(list);
  }
}

function findingLine(d: Diagnostic, index: number): HTMLElement {
  const where = d.turn === undefined ? '整通 call' : `#${d.turn + 1}`;
  const item = el(
    'li',
    { class: d.severity, 'data-finding': String(index), tabindex: '0' },
    el('span', { class: 'where' }, where),
    el('code', {}, d.ruleId),
    ' ',
    d.message.zh,
    el('span', { class: 'en' }, ` — ${d.message.en}`),
  );
  item.addEventListener('click', () => showDetail(index));
  item.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') showDetail(index);
  });
  return item;
}

function runCheck(): void {
  const text = input.value;
  turnsBox.replaceChildren();
  findingsBox.replaceChildren();
  detailBox.replaceChildren(el('p', { class: 'hint' }, '点击高亮处查看说明与建议话术 · Click a highlight for the message and suggested wording'));
  summaryBox.replaceChildren();
  diagnostics = [];
  if (text.trim() === '') {
    status.textContent = '粘贴或拖入一段通话记录 · Paste or drop a transcript';
    return;
  }
  let analysis;
  try {
    analysis = analyse(text, currentPreset(), cache, fileName);
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.className = 'status error';
    return;
  }
  status.className = 'status';
  status.textContent = `格式 format: ${analysis.parsed.format} · ${analysis.parsed.transcript.turns.length} 轮 turns`;
  diagnostics = analysis.result.diagnostics;
  const { result } = analysis;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  summaryBox.append(
    el(
      'div',
      { class: `score ${scoreBand(result.score)}`, 'data-testid': 'score', 'data-score': String(result.score) },
      el('span', { class: 'label' }, '质检得分 Score'),
      el('strong', {}, String(result.score)),
    ),
    el(
      'div',
      { class: 'fact' },
      el('span', { class: 'label' }, '来电类型 Kind'),
      el('strong', { 'data-testid': 'kind' }, analysis.kind),
      analysis.needsConfirmation ? el('em', {}, ' (需确认安全 confirm no danger)') : '',
    ),
    el('div', { class: 'fact' }, el('span', { class: 'label' }, '优先级 Priority'), el('strong', { 'data-testid': 'priority' }, analysis.priority)),
    el('div', { class: 'fact' }, el('span', { class: 'label' }, '问题 Findings'), el('strong', { 'data-testid': 'finding-count' }, `${diagnostics.length}`), ` (${errors} error)`),
    el(
      'div',
      { class: 'fact path' },
      el('span', { class: 'label' }, '通话流程 Call path'),
      el('span', { 'data-testid': 'call-path', 'data-path': analysis.path.join(' ') }, analysis.path.length > 0 ? foldPath(analysis.path) : '—'),
      analysis.pathStopped === undefined ? '' : el('div', { class: 'hint' }, `停在 stopped: ${analysis.pathStopped}`),
    ),
  );
  const turns = analysis.parsed.transcript.turns;
  const { byTurn, callLevel } = marksByTurn(
    diagnostics,
    turns.map((t) => t.text),
  );
  turns.forEach((turn, t) => {
    const line = el('div', { class: 'text' });
    for (const segment of buildSegments(turn.text, byTurn[t] ?? [])) {
      if (segment.findings.length === 0) {
        line.append(segment.text);
        continue;
      }
      const severity = worstSeverity(segment.findings.map((i) => diagnostics[i]?.severity ?? 'warn')) ?? 'warn';
      const mark = el(
        'mark',
        {
          class: `finding ${severity}${segment.text === '' ? ' empty' : ''}`,
          'data-findings': segment.findings.join(' '),
          'data-turn': String(t),
          'data-start': String(segment.start),
          'data-end': String(segment.end),
          title: segment.findings.map((i) => `${diagnostics[i]?.ruleId ?? ''}: ${diagnostics[i]?.message.zh ?? ''} / ${diagnostics[i]?.message.en ?? ''}`).join('\n'),
          tabindex: '0',
        },
        segment.text,
      );
      const first = segment.findings[0] ?? 0;
      mark.addEventListener('click', () => showDetail(first));
      mark.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') showDetail(first);
      });
      line.append(mark);
    }
    turnsBox.append(
      el('div', { class: `turn ${turn.speaker}`, 'data-testid': `turn-${t}` }, el('div', { class: 'speaker' }, `${t + 1} · ${SPEAKER_LABEL[turn.speaker] ?? turn.speaker}`), line),
    );
  });
  const list = el('ol', { class: 'finding-list' });
  diagnostics.forEach((d, i) => list.append(findingLine(d, i)));
  findingsBox.append(el('h3', {}, `问题列表 Findings (${diagnostics.length})`), list);
  if (callLevel.length > 0) findingsBox.append(el('p', { class: 'hint' }, `${callLevel.length} 项针对整通电话 · about the whole call`));
}

async function readDropped(file: File): Promise<void> {
  fileName = file.name;
  input.value = await file.text();
  runCheck();
}

// ── SLA tab ──────────────────────────────────────────────────────────────────────────────────────────
const kindSelect = byId<HTMLSelectElement>('sla-kind');
const prioritySelect = byId<HTMLSelectElement>('sla-priority');
const startInput = byId<HTMLInputElement>('sla-start');
const slaResult = byId<HTMLElement>('sla-result');
const timeline = byId<HTMLElement>('timeline');

function fillKinds(): void {
  const kinds = slaTaskKinds(currentPreset());
  const previous = kindSelect.value;
  kindSelect.replaceChildren(...kinds.map((k) => el('option', { value: k }, k)));
  if (kinds.includes(previous as TaskKind)) kindSelect.value = previous;
}

function runSla(): void {
  slaResult.replaceChildren();
  timeline.replaceChildren();
  const preset = currentPreset();
  const sla = playgroundPreset(preset).sla;
  const zone = sla.calendar.timeZone ?? 'Asia/Shanghai';
  const guessOffset = tzOffset(zone, new Date(Date.parse(`${startInput.value}:00Z`)));
  const start = wallTimeToIso(startInput.value, guessOffset);
  if (start === undefined) {
    slaResult.append(el('p', { class: 'status error' }, '请输入开始时间 · Enter a start time'));
    return;
  }
  let answer;
  try {
    answer = computeSla(preset, kindSelect.value as TaskKind, start, prioritySelect.value as Priority);
  } catch (error) {
    slaResult.append(el('p', { class: 'status error' }, error instanceof Error ? error.message : String(error)));
    return;
  }
  if (answer === undefined) {
    slaResult.append(el('p', { class: 'hint' }, '没有适用的策略 · No policy applies to this task'));
    return;
  }
  const startMs = Date.parse(start);
  const offsetAt = (ms: number): number => tzOffset(zone, new Date(ms));
  const table = el(
    'table',
    { class: 'targets' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, '目标 Target'), el('th', {}, '规则 Rule'), el('th', {}, '计时起点 Starts on'), el('th', {}, '到期 Due'), el('th', {}, '历时 From start')),
    ),
  );
  const body = el('tbody');
  for (const t of answer.targets) {
    body.append(
      el(
        'tr',
        { 'data-testid': `sla-target-${t.targetId}`, 'data-due': t.due === null ? '' : t.due.toISOString() },
        el('td', {}, el('strong', {}, t.targetId), el('div', { class: 'en' }, t.name)),
        el('td', {}, t.rule ?? '—'),
        el('td', {}, t.startOn, t.via === 'dueAt' ? el('div', { class: 'en' }, '假定此刻开始 · as if it started then') : ''),
        el('td', { class: 'due' }, t.due === null ? '—（需工时估计 needs an estimate）' : formatWallTime(t.due.getTime(), offsetAt(t.due.getTime()))),
        el('td', {}, t.due === null ? '—' : formatDurationMs(t.due.getTime() - startMs)),
      ),
    );
  }
  table.append(body);
  slaResult.append(el('p', { class: 'policy' }, '策略 Policy: ', el('code', { 'data-testid': 'sla-policy' }, answer.policyId), ` — ${answer.policyName}`), table);

  // Timeline from the start day's midnight to the day after the last deadline, local to the calendar.
  const dues = answer.targets.flatMap((t) => (t.due === null ? [] : [t.due.getTime()]));
  const from = localDayStart(startMs, offsetAt(startMs));
  const last = Math.max(startMs, ...dues);
  const to = localDayStart(last, offsetAt(last)) + DAY_MS;
  const probe = calendarProbe(answer.calendar);
  const bar = el('div', { class: 'bar' });
  for (let day = from; day < to; day += DAY_MS) {
    const iso = new Date(day + offsetAt(day) * 60_000).toISOString().slice(0, 10);
    const kind = probe.dayKind(iso);
    const cell = el('div', { class: `day ${kind}`, style: `left:${percentAt(day, from, to)};width:${percentAt(from + DAY_MS, from, to)}`, title: `${iso} ${kind}` });
    cell.append(el('span', { class: 'day-label' }, iso.slice(5)));
    bar.append(cell);
  }
  for (const run of workingRuns(from, to, 15 * 60_000, probe.isWorking)) {
    if (run.working) bar.append(el('div', { class: 'run-open', style: `left:${percentAt(run.start, from, to)};width:${percentAt(from + run.end - run.start, from, to)}` }));
  }
  bar.append(
    el('div', { class: 'marker start', style: `left:${percentAt(startMs, from, to)}`, title: `start ${formatWallTime(startMs, offsetAt(startMs))}` }, el('span', {}, '开始 start')),
  );
  for (const t of answer.targets) {
    if (t.due === null) continue;
    const at = t.due.getTime();
    const nearEnd = (at - from) / (to - from) > 0.85;
    bar.append(
      el(
        'div',
        { class: `marker due${nearEnd ? ' right' : ''}`, style: `left:${percentAt(at, from, to)}`, title: `${t.targetId} ${formatWallTime(at, offsetAt(at))}` },
        el('span', {}, t.targetId),
      ),
    );
  }
  timeline.append(
    bar,
    el(
      'div',
      { class: 'legend' },
      el('span', { class: 'swatch open' }),
      '营业时间 working hours ',
      el('span', { class: 'swatch holiday' }),
      '节假日 holiday ',
      el('span', { class: 'swatch rest' }),
      '休息日 rest day ',
      el('span', { class: 'swatch make-up' }),
      '调休上班 make-up day',
    ),
  );
}

// ── wiring ───────────────────────────────────────────────────────────────────────────────────────────
presetSelect.replaceChildren(...PRESET_IDS.map((id) => el('option', { value: id }, `${playgroundPreset(id).name.zh} · ${playgroundPreset(id).name.en}`)));
prioritySelect.replaceChildren(...PRIORITIES.map((p) => el('option', { value: p }, p)));
input.value = SAMPLE_TRANSCRIPT;
let pending: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  fileName = undefined;
  if (pending !== undefined) clearTimeout(pending);
  pending = setTimeout(runCheck, 250);
});
byId<HTMLButtonElement>('check').addEventListener('click', runCheck);
presetSelect.addEventListener('change', () => {
  runCheck();
  fillKinds();
  runSla();
});
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file !== undefined) void readDropped(file);
});
byId<HTMLInputElement>('file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file !== undefined) void readDropped(file);
});
byId<HTMLButtonElement>('sla-compute').addEventListener('click', runSla);
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      byId(other.getAttribute('aria-controls') ?? '').hidden = !selected;
    }
  });
}
fillKinds();
runCheck();
runSla();
document.body.dataset['ready'] = 'true';
