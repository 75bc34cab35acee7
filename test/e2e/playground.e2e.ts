// The playground in a real browser: load the built site from file:// in headless Chromium, paste a fixture
// transcript with known findings, and compare what the page shows with what the library returns for the
// same input; then switch preset, compute an SLA due date across National Day, and screenshot both tabs.
// Needs the built site (npm run docs) and Chromium at /usr/bin/chromium (or KEFU_CHROMIUM).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callMachineOptions, classifyIntent, createCallMachine, eventsFromTranscript } from '../../src/classify/index.js';
import { createChecker, type CheckResult } from '../../src/phrases/index.js';
import { parseTranscriptText } from '../../src/transcripts/index.js';
import { createCalendar, evaluateTaskWith } from '../../src/sla/index.js';
import { presets, type Preset } from '../../src/presets/index.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const page_ = join(repo, 'docs', 'api', 'playground', 'index.html');
const artifacts = join(repo, 'artifacts');
const executablePath = process.env['KEFU_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIXTURE = join(repo, 'test', 'fixtures', 'transcripts', 'forbidden-phrase.json');

/** What the library itself says about a transcript text under a lint config (the page must agree). */
function expected(text: string, { lint, classify }: Preset): CheckResult & { kind: string; path: string } {
  const { transcript } = parseTranscriptText(text);
  const intent = classifyIntent(transcript, { preset: classify });
  const run = createCallMachine(callMachineOptions(classify)).replay(eventsFromTranscript(transcript, { preset: classify }).events);
  return { ...createChecker({ preset: lint }).check(transcript, intent.kind === 'unknown' ? {} : { callKind: intent.kind }), kind: intent.kind, path: run.path.join(' ') };
}

interface ShownMark {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  readonly findings: number[];
  readonly text: string;
}

interface MarkElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

async function shownMarks(page: Page): Promise<ShownMark[]> {
  // The callback runs in the page; this project compiles without the DOM library, so the part of Element
  // it reads is spelled out.
  return page.$$eval('mark.finding', (marks: readonly MarkElement[]) =>
    marks.map((m) => ({
      turn: Number(m.getAttribute('data-turn')),
      start: Number(m.getAttribute('data-start')),
      end: Number(m.getAttribute('data-end')),
      findings: (m.getAttribute('data-findings') ?? '')
        .split(' ')
        .filter((s: string) => s !== '')
        .map(Number),
      text: m.textContent ?? '',
    })),
  );
}

async function paste(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="transcript-input"]', text);
  await page.click('[data-testid="check"]');
}

describe('playground in headless Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(page_)) throw new Error(`${page_} is missing: build the site first with npm run docs`);
    if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}`);
    mkdirSync(artifacts, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath, args: ARGS, headless: true, viewport: { width: 1400, height: 1000 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // Only the playground's own errors count: typedoc's pages log file:// warnings about their SVG icons.
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.includes('/playground/')) problems.push(`console: ${message.text()}`);
    });
    await page.goto(pathToFileURL(page_).href);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('loads from file:// with no script error and checks its sample call', async () => {
    expect(problems).toEqual([]);
    expect(await page.locator('[data-testid="turns"] .turn').count()).toBeGreaterThan(0);
  });

  it("is reached offline from the site's home page and from a page deeper in the reference", async () => {
    for (const start of ['index.html', 'modules/sla.html']) {
      await page.goto(pathToFileURL(join(repo, 'docs', 'api', start)).href);
      await page.click('#tsd-toolbar-links a:has-text("Playground")');
      await page.waitForSelector('body[data-ready="true"]');
      expect(page.url()).toBe(pathToFileURL(page_).href);
    }
    expect(problems).toEqual([]);
  });

  it('highlights exactly the ranges the checker reports, with the same score (rule: PHR-FORBID)', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const want = expected(text, presets['gas-hotline']);
    expect(want.diagnostics.some((d) => d.ruleId === 'forbidden-phrase')).toBe(true);
    await page.selectOption('[data-testid="preset-select"]', 'gas-hotline');
    await paste(page, text);
    await expect.poll(() => page.getAttribute('[data-testid="score"]', 'data-score')).toBe(String(want.score));
    expect(await page.textContent('[data-testid="kind"]')).toBe(want.kind);
    expect(want.path).not.toBe('');
    expect(await page.getAttribute('[data-testid="call-path"]', 'data-path')).toBe(want.path);
    expect(Number(await page.textContent('[data-testid="finding-count"]'))).toBe(want.diagnostics.length);

    const { transcript } = parseTranscriptText(text);
    const marks = await shownMarks(page);
    // Every mark shows the text of its range, and its findings are the ones whose range covers it.
    for (const mark of marks) {
      expect(mark.text).toBe(transcript.turns[mark.turn]?.text.slice(mark.start, mark.end));
      for (const index of mark.findings) {
        const d = want.diagnostics[index];
        expect(d?.turn).toBe(mark.turn);
        const range = d?.range ?? { start: 0, end: transcript.turns[mark.turn]?.text.length ?? 0 };
        expect(mark.start).toBeGreaterThanOrEqual(range.start);
        expect(mark.end).toBeLessThanOrEqual(range.end);
      }
    }
    // And every finding located in a turn is covered exactly: its marks tile its range.
    want.diagnostics.forEach((d, index) => {
      if (d.turn === undefined) return;
      const range = d.range ?? { start: 0, end: transcript.turns[d.turn]?.text.length ?? 0 };
      const mine = marks.filter((m) => m.findings.includes(index)).sort((a, b) => a.start - b.start);
      if (range.start === range.end) {
        expect(mine.map((m) => [m.start, m.end])).toEqual([[range.start, range.end]]);
        return;
      }
      expect(mine[0]?.start).toBe(range.start);
      expect(mine.at(-1)?.end).toBe(range.end);
      for (let i = 1; i < mine.length; i += 1) expect(mine[i]?.start).toBe(mine[i - 1]?.end);
    });

    // Clicking the forbidden phrase shows its message and the standards' suggested wording.
    const forbidden = want.diagnostics.findIndex((d) => d.ruleId === 'forbidden-phrase');
    await page.click(`mark.finding[data-findings~="${forbidden}"]`);
    const shownMessage = await page.textContent('[data-testid="detail-message"]');
    const first = marks.find((m) => m.findings.includes(forbidden))?.findings[0] ?? forbidden;
    expect(shownMessage).toBe(want.diagnostics[first]?.message.zh);
    await page.screenshot({ path: join(artifacts, 'playground-check.png'), fullPage: true });
  });

  it('opens a WebVTT file and reads it with the format detected, as the library does', async () => {
    const file = join(repo, 'test', 'fixtures', 'formats', 'call.vtt');
    const text = readFileSync(file, 'utf8');
    const { format, transcript } = parseTranscriptText(text, { fileName: 'call.vtt' });
    expect(format).toBe('vtt');
    const hotline = presets['gas-hotline'];
    const kind = classifyIntent(transcript, { preset: hotline.classify }).kind;
    const want = createChecker({ preset: hotline.lint }).check(transcript, kind === 'unknown' ? {} : { callKind: kind });
    await page.selectOption('[data-testid="preset-select"]', 'gas-hotline');
    await page.setInputFiles('#file', file);
    await expect.poll(() => page.textContent('[data-testid="status"]')).toContain('vtt');
    expect(await page.getAttribute('[data-testid="score"]', 'data-score')).toBe(String(want.score));
    expect(await page.locator('[data-testid="turns"] .turn').count()).toBe(transcript.turns.length);
  });

  it("re-checks with another preset and shows that preset's score", async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const want = expected(text, presets['enterprise-hotline']);
    // The two presets judge this call differently, so the page cannot pass by ignoring the switch.
    expect(want.score).not.toBe(expected(text, presets['gas-hotline']).score);
    await page.selectOption('[data-testid="preset-select"]', 'gas-hotline');
    await paste(page, text);
    await page.selectOption('[data-testid="preset-select"]', 'enterprise-hotline');
    await expect.poll(() => page.getAttribute('[data-testid="score"]', 'data-score')).toBe(String(want.score));
    expect(Number(await page.textContent('[data-testid="finding-count"]'))).toBe(want.diagnostics.length);
  });

  it('computes an SLA due date across National Day as the library does (rule: PM-SLA-2)', async () => {
    const { sla } = presets['property-management'];
    const start = '2026-09-30T16:00:00+08:00';
    const calendar = createCalendar(sla.calendar);
    const evaluation = evaluateTaskWith({ id: 'e2e', kind: 'complaint', priority: 'normal', createdAt: start, timeline: [] }, sla.policies, { now: start, calendar });
    const target = evaluation?.targets.find((t) => t.dueAt !== null);
    expect(target).toBeDefined();

    await page.selectOption('[data-testid="preset-select"]', 'property-management');
    await page.click('[data-testid="tab-sla"]');
    await page.selectOption('[data-testid="sla-kind"]', 'complaint');
    await page.selectOption('[data-testid="sla-priority"]', 'normal');
    await page.fill('[data-testid="sla-start"]', '2026-09-30T16:00');
    await page.click('[data-testid="sla-compute"]');
    expect(await page.textContent('[data-testid="sla-policy"]')).toBe(evaluation?.policyId);
    expect(await page.getAttribute(`[data-testid="sla-target-${target?.targetId}"]`, 'data-due')).toBe(target?.dueAt?.toISOString());
    // The timeline shades the National Day holidays.
    expect(await page.locator('[data-testid="timeline"] .day.holiday').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'playground-sla.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
