import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createSarifLog,
  formatJson,
  formatSarif,
  formatStylish,
  formatSummaryTable,
  locateDiagnostic,
  SARIF_SCHEMA_URI,
  summarizeResults,
  type LintFileResult,
  type SarifLog,
} from '../../src/phrases/index.js';
import { parseTranscriptText } from '../../src/transcripts/index.js';
import type { CheckResult, Diagnostic } from '../../src/phrases/types.js';

const text = readFileSync('test/fixtures/formats/bad-call.txt', 'utf8');
const parsed = parseTranscriptText(text);

function diagnostic(ruleId: string, severity: 'warn' | 'error', message: { zh: string; en: string }, domainRules: string[], where: Partial<Diagnostic> = {}): Diagnostic {
  return { ruleId, severity, domainRules, message, suggestions: [], ...where };
}

// Findings as the checker reports them on bad-call.txt (turn texts: 0 "喂，你找谁？", 2 "不知道，你找领导去\n没看到我在忙吗").
const badResult: CheckResult = {
  score: 54,
  summary: [
    { ruleId: 'forbidden-phrase', severity: 'error', count: 2 },
    { ruleId: 'honorific-nin', severity: 'warn', count: 1 },
    { ruleId: 'closing-script', severity: 'warn', count: 1 },
  ],
  diagnostics: [
    diagnostic('forbidden-phrase', 'error', { zh: '禁用语：“不知道”', en: 'Forbidden phrase: 不知道' }, ['PHR-FORBID'], {
      turn: 2,
      speaker: 'agent',
      range: { start: 0, end: 3 },
      entryId: 'forbid.bu-zhi-dao',
      suggestions: [{ zh: '这个问题我帮您请更专业的人员回答好吗？', en: 'Let me ask a specialist to answer this, shall I?' }],
    }),
    diagnostic('honorific-nin', 'warn', { zh: '请用“您”称呼客户', en: 'Address the customer as 您' }, ['PHR-NIN'], { turn: 0, speaker: 'agent', range: { start: 2, end: 3 } }),
    diagnostic('closing-script', 'warn', { zh: '缺少结束语', en: 'Closing script missing' }, ['SCR-CLOSE']),
    diagnostic('forbidden-phrase', 'error', { zh: '禁用语：“没看到我在忙吗”', en: 'Forbidden phrase: 没看到我在忙吗' }, ['PHR-FORBID'], {
      turn: 2,
      speaker: 'agent',
      range: { start: 10, end: 17 },
      time: { start: 6000, end: 6000 },
    }),
  ],
};

const results: LintFileResult[] = [
  { file: 'calls/bad.txt', transcript: parsed.transcript, turnSources: parsed.turnSources, result: badResult },
  { file: 'calls/good.txt', transcript: { turns: [{ speaker: 'agent', text: '您好' }] }, result: { score: 100, summary: [], diagnostics: [] } },
];

describe('locateDiagnostic', () => {
  it('maps turn offsets to 1-based file positions, across a continuation line', () => {
    // "没看到我在忙吗" is offsets 10–17 of turn 2 and starts line 4 after two spaces.
    const located = locateDiagnostic(badResult.diagnostics[3]!, parsed.turnSources);
    expect([located.line, located.column, located.endLine, located.endColumn]).toEqual([4, 3, 4, 10]);
    const nin = locateDiagnostic(badResult.diagnostics[1]!, parsed.turnSources);
    expect([nin.line, nin.column, nin.endLine, nin.endColumn]).toEqual([1, 14, 1, 15]);
    expect(text.split('\n')[0]!.slice(13, 14)).toBe('你');
  });

  it('leaves call-level findings, transcripts without sources and already located findings as they are', () => {
    expect(locateDiagnostic(badResult.diagnostics[2]!, parsed.turnSources)).toBe(badResult.diagnostics[2]);
    expect(locateDiagnostic(badResult.diagnostics[0]!, undefined)).toBe(badResult.diagnostics[0]);
    const given = { ...badResult.diagnostics[0]!, line: 9, column: 9 };
    expect(locateDiagnostic(given, parsed.turnSources)).toBe(given);
  });
});

describe('formatStylish', () => {
  it('writes ESLint-style rows, totals and the summary table in English', () => {
    expect(formatStylish(results, { lang: 'en' })).toBe(
      [
        '',
        'calls/bad.txt',
        '  0:0   warning  Closing script missing            closing-script',
        '  1:14  warning  Address the customer as 您        honorific-nin',
        '  3:12  error    Forbidden phrase: 不知道          forbidden-phrase',
        '  4:3   error    Forbidden phrase: 没看到我在忙吗  forbidden-phrase',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '',
        'Summary',
        '  Files          2',
        '  Calls          2',
        '  Average score  77.0',
        '',
        '  Findings by rule',
        '    Rule              Errors  Warnings  Total',
        '    forbidden-phrase       2         0      2',
        '    closing-script         0         1      1',
        '    honorific-nin          0         1      1',
        '    Total                  2         2      4',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese messages aligned by display width (a Chinese character is two columns)', () => {
    expect(formatStylish(results, { lang: 'zh', summary: false })).toBe(
      [
        '',
        'calls/bad.txt',
        '  0:0   警告  缺少结束语                closing-script',
        '  1:14  警告  请用“您”称呼客户          honorific-nin',
        '  3:12  错误  禁用语：“不知道”          forbidden-phrase',
        '  4:3   错误  禁用语：“没看到我在忙吗”  forbidden-phrase',
        '',
        '✖ 4 个问题（2 个错误，2 个警告）',
        '',
      ].join('\n'),
    );
  });

  it('defaults to Chinese, and colours only when asked (same text once escape codes are removed)', () => {
    const plain = formatStylish(results);
    expect(plain).toContain('✖ 4 个问题（2 个错误，2 个警告）');
    expect(plain).toContain('汇总\n  文件      2\n  通话      2\n  平均得分  77.0\n');
    expect(plain).not.toContain('\u001b[');
    const coloured = formatStylish(results, { color: true });
    expect(coloured).toContain('\u001b[31m错误\u001b[39m');
    expect(coloured).toContain('\u001b[4mcalls/bad.txt\u001b[24m');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('shows #turn for a finding without a source position, and only the summary when nothing is found', () => {
    const unlocated: LintFileResult = { file: 'a.json', transcript: parsed.transcript, result: { ...badResult, diagnostics: [badResult.diagnostics[1]!] } };
    expect(formatStylish([unlocated], { lang: 'en', summary: false })).toBe(
      '\na.json\n  #1  warning  Address the customer as 您  honorific-nin\n\n✖ 1 problem (0 errors, 1 warning)\n',
    );
    expect(formatStylish([results[1]!], { lang: 'en' })).toBe('Summary\n  Files          1\n  Calls          1\n  Average score  100.0\n\n  No findings\n');
    expect(formatStylish([], { lang: 'en', summary: false })).toBe('');
  });
});

describe('summary', () => {
  it('counts distinct files, calls, findings by rule (most first) and the mean score', () => {
    const twoCallsOneFile = [results[0]!, { ...results[1]!, file: 'calls/bad.txt' }];
    expect(summarizeResults(twoCallsOneFile)).toEqual({
      files: 1,
      calls: 2,
      errors: 2,
      warnings: 2,
      averageScore: 77,
      rules: [
        { ruleId: 'forbidden-phrase', errors: 2, warnings: 0 },
        { ruleId: 'closing-script', errors: 0, warnings: 1 },
        { ruleId: 'honorific-nin', errors: 0, warnings: 1 },
      ],
    });
    expect(formatSummaryTable(summarizeResults([]), { lang: 'en' })).toBe('Summary\n  Files          0\n  Calls          0\n  Average score  -\n\n  No findings\n');
  });
});

describe('formatJson', () => {
  it('writes one entry per call with counts, score and located bilingual diagnostics in position order', () => {
    const report = JSON.parse(formatJson(results)) as Record<string, unknown>[];
    expect(report).toHaveLength(2);
    expect(report[1]).toEqual({ file: 'calls/good.txt', turns: 1, score: 100, errorCount: 0, warningCount: 0, diagnostics: [], summary: [] });
    const bad = report[0]!;
    expect(bad).toMatchObject({ file: 'calls/bad.txt', turns: 3, score: 54, errorCount: 2, warningCount: 2, summary: badResult.summary });
    const diagnostics = bad['diagnostics'] as Diagnostic[];
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['closing-script', undefined, undefined, undefined, undefined],
      ['honorific-nin', 1, 14, 1, 15],
      ['forbidden-phrase', 3, 12, 3, 15],
      ['forbidden-phrase', 4, 3, 4, 10],
    ]);
    expect(diagnostics[2]).toEqual({ ...badResult.diagnostics[0], line: 3, column: 12, endLine: 3, endColumn: 15 });
    expect(formatJson([])).toBe('[]');
  });
});

/**
 * The constraints the SARIF 2.1.0 JSON schema puts on what kefu writes: required properties, enums,
 * minimums and formats (sarifLog, run, tool, toolComponent, reportingDescriptor, result, message,
 * location, physicalLocation, artifactLocation, region). Returns the violations found.
 */
function sarifViolations(log: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const need = (cond: boolean, what: string): void => {
    if (!cond) problems.push(what);
  };
  const uriReference = /^[^\s<>"{}|\\^`]*$/;
  const positiveInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;
  if (!isObject(log)) return ['log is not an object'];
  need(log['version'] === '2.1.0', 'version must be "2.1.0"');
  need(typeof log['$schema'] === 'string' && /^https?:\/\/\S+$/.test(log['$schema']), '$schema must be a URI');
  need(Array.isArray(log['runs']), 'runs is required and must be an array');
  for (const [r, run] of ((log['runs'] as unknown[]) ?? []).entries()) {
    if (!isObject(run)) {
      problems.push(`runs[${r}] is not an object`);
      continue;
    }
    need(run['columnKind'] === undefined || run['columnKind'] === 'utf16CodeUnits' || run['columnKind'] === 'unicodeCodePoints', `runs[${r}].columnKind enum`);
    const tool = run['tool'];
    need(isObject(tool) && isObject(tool['driver']), `runs[${r}].tool.driver is required`);
    const driver = (isObject(tool) ? tool['driver'] : undefined) as Record<string, unknown> | undefined;
    need(typeof driver?.['name'] === 'string' && driver['name'] !== '', `runs[${r}].tool.driver.name is required`);
    const rules = (driver?.['rules'] ?? []) as unknown[];
    need(Array.isArray(rules), 'driver.rules must be an array');
    const ids = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      need(isObject(rule) && typeof rule['id'] === 'string', `rules[${i}].id is required`);
      if (!isObject(rule)) continue;
      need(!ids.has(rule['id'] as string), `rules[${i}].id is unique`);
      ids.add(rule['id'] as string);
      for (const key of ['shortDescription', 'fullDescription'] as const) {
        if (rule[key] !== undefined) need(isObject(rule[key]) && typeof rule[key]['text'] === 'string', `rules[${i}].${key}.text is required`);
      }
      if (rule['helpUri'] !== undefined) need(typeof rule['helpUri'] === 'string' && uriReference.test(rule['helpUri']), `rules[${i}].helpUri is a URI`);
      const config = rule['defaultConfiguration'];
      if (config !== undefined) need(isObject(config) && ['none', 'note', 'warning', 'error'].includes(config['level'] as string), `rules[${i}].defaultConfiguration.level enum`);
    }
    const results = run['results'];
    need(results === undefined || Array.isArray(results), `runs[${r}].results must be an array`);
    for (const [i, result] of ((results as unknown[]) ?? []).entries()) {
      if (!isObject(result)) {
        problems.push(`results[${i}] is not an object`);
        continue;
      }
      const message = result['message'];
      need(isObject(message) && (typeof message['text'] === 'string' || typeof message['id'] === 'string'), `results[${i}].message.text or id is required`);
      need(result['level'] === undefined || ['none', 'note', 'warning', 'error'].includes(result['level'] as string), `results[${i}].level enum`);
      if (result['ruleIndex'] !== undefined) {
        need(Number.isInteger(result['ruleIndex']) && (result['ruleIndex'] as number) >= -1, `results[${i}].ruleIndex minimum -1`);
        const rule = rules[result['ruleIndex'] as number] as Record<string, unknown> | undefined;
        need(rule?.['id'] === result['ruleId'], `results[${i}].ruleIndex points at rule ${String(result['ruleId'])}`);
      }
      const fingerprints = result['partialFingerprints'];
      if (fingerprints !== undefined) need(isObject(fingerprints) && Object.values(fingerprints).every((v) => typeof v === 'string'), `results[${i}].partialFingerprints strings`);
      for (const [k, location] of ((result['locations'] as unknown[]) ?? []).entries()) {
        const physical = isObject(location) ? location['physicalLocation'] : undefined;
        if (physical === undefined) continue;
        need(
          isObject(physical) && (isObject(physical['artifactLocation']) || isObject(physical['address'])),
          `results[${i}].locations[${k}].physicalLocation needs artifactLocation or address`,
        );
        if (!isObject(physical)) continue;
        const artifact = physical['artifactLocation'] as Record<string, unknown> | undefined;
        if (artifact?.['uri'] !== undefined)
          need(typeof artifact['uri'] === 'string' && uriReference.test(artifact['uri']), `results[${i}] artifactLocation.uri is a URI reference`);
        const region = physical['region'];
        if (region === undefined) continue;
        if (!isObject(region)) {
          problems.push(`results[${i}] region is not an object`);
          continue;
        }
        need(positiveInt(region['startLine']), `results[${i}] region.startLine minimum 1`);
        for (const key of ['startColumn', 'endLine', 'endColumn'] as const) {
          if (region[key] !== undefined) need(positiveInt(region[key]), `results[${i}] region.${key} minimum 1`);
        }
        if (region['endLine'] !== undefined) need((region['endLine'] as number) >= (region['startLine'] as number), `results[${i}] region ends before it starts`);
      }
    }
  }
  return problems;
}

describe('formatSarif', () => {
  const rules = [
    { id: 'forbidden-phrase', severity: 'error' as const, domainRules: ['PHR-FORBID', 'PHR-FORBID-2'], description: { zh: '禁用语', en: 'Forbidden phrases' } },
    {
      id: 'honorific-nin',
      severity: 'warn' as const,
      domainRules: ['PHR-NIN'],
      description: { zh: '用“您”不用“你”', en: 'Use 您, not 你' },
      helpUri: 'https://example.org/rules/honorific-nin',
    },
  ];

  it('meets the required fields of the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatSarif([...results, { ...results[1]!, file: 'calls/第 3 通.txt' }], { toolVersion: '0.1.0', rules })) as SarifLog;
    expect(sarifViolations(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'kefu', version: '0.1.0' });
  });

  it('the schema check itself catches broken logs', () => {
    expect(sarifViolations({ version: '2.0.0', runs: [{ tool: {} }] })).toEqual([
      'version must be "2.1.0"',
      '$schema must be a URI',
      'runs[0].tool.driver is required',
      'runs[0].tool.driver.name is required',
    ]);
    const bad = createSarifLog(results);
    const mutated = JSON.parse(JSON.stringify(bad)) as { runs: { results: { ruleIndex: number; locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[] };
    mutated.runs[0]!.results[1]!.ruleIndex = 0;
    mutated.runs[0]!.results[1]!.locations[0]!.physicalLocation.region!.startLine = 0;
    expect(sarifViolations(mutated)).toEqual(['results[1].ruleIndex points at rule honorific-nin', 'results[1] region.startLine minimum 1']);
  });

  it('writes rules with descriptions, results with level, message, region and fingerprints', () => {
    const log = createSarifLog(results, { lang: 'en', rules });
    const run = log.runs[0]!;
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'forbidden-phrase',
        shortDescription: { text: 'Forbidden phrases' },
        defaultConfiguration: { level: 'error' },
        properties: { domainRules: ['PHR-FORBID', 'PHR-FORBID-2'] },
      },
      {
        id: 'honorific-nin',
        shortDescription: { text: 'Use 您, not 你' },
        helpUri: 'https://example.org/rules/honorific-nin',
        defaultConfiguration: { level: 'warning' },
        properties: { domainRules: ['PHR-NIN'] },
      },
      { id: 'closing-script' },
    ]);
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.message.text, r.locations[0]!.physicalLocation.region])).toEqual([
      ['closing-script', 2, 'warning', 'Closing script missing', undefined],
      ['honorific-nin', 1, 'warning', 'Address the customer as 您', { startLine: 1, startColumn: 14, endLine: 1, endColumn: 15 }],
      ['forbidden-phrase', 0, 'error', 'Forbidden phrase: 不知道', { startLine: 3, startColumn: 12, endLine: 3, endColumn: 15 }],
      ['forbidden-phrase', 0, 'error', 'Forbidden phrase: 没看到我在忙吗', { startLine: 4, startColumn: 3, endLine: 4, endColumn: 10 }],
    ]);
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('calls/bad.txt');
    expect(run.results[2]!.properties).toEqual({ domainRules: ['PHR-FORBID'], turn: 2, suggestions: ['Let me ask a specialist to answer this, shall I?'] });
    expect(run.results[3]!.properties).toEqual({ domainRules: ['PHR-FORBID'], turn: 2, time: { start: 6000, end: 6000 } });
  });

  it('keeps fingerprints when lines shift and tells different findings apart', () => {
    const shifted = parseTranscriptText(`\n\n${text}`);
    const moved = createSarifLog([{ ...results[0]!, transcript: shifted.transcript, turnSources: shifted.turnSources }]).runs[0]!.results;
    const original = createSarifLog([results[0]!]).runs[0]!.results;
    expect(moved.map((r) => r.locations[0]!.physicalLocation.region?.startLine)).toEqual([undefined, 3, 5, 6]);
    expect(moved.map((r) => r.partialFingerprints)).toEqual(original.map((r) => r.partialFingerprints));
    const prints = original.map((r) => r.partialFingerprints!['kefu/v1']);
    expect(new Set(prints).size).toBe(4);
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{8}$/);
  });

  it('percent-encodes file names into URI references and writes Chinese messages by default', () => {
    const log = createSarifLog([{ ...results[0]!, file: 'calls\\第 3 通.txt' }]);
    const first = log.runs[0]!.results[0]!;
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe('calls/%E7%AC%AC%203%20%E9%80%9A.txt');
    expect(first.message.text).toBe('缺少结束语');
    expect(log.runs[0]!.tool.driver).toEqual({ name: 'kefu', rules: [{ id: 'closing-script' }, { id: 'honorific-nin' }, { id: 'forbidden-phrase' }] });
  });
});
