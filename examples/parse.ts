/**
 * Parse call transcripts in four formats, check them, and print the reports a QA team reads:
 * ESLint-style text with a summary table, plus a peek at the SARIF for code-scanning dashboards.
 *
 * Run: npx tsx examples/parse.ts
 */
import { createChecker, createSarifLog, formatStylish, type LintFileResult } from 'kefu/phrases';
import { parseTranscriptText } from 'kefu/transcripts';

// 1. Plain text with speaker labels (客服/客户), timestamps and an indented continuation line.
const text = `[00:00] 客服：喂，你找谁？
[00:03] 客户：我家燃气表不走了，电话13812345678
[00:08] 客服：不知道，你找领导去
  没看到我在忙吗
`;

// 2. WebVTT with voice tags.
const vtt = `WEBVTT

00:00:00.000 --> 00:00:03.200
<v 客服>您好，阳泉市煤气公司012号客服员为您服务

00:00:03.500 --> 00:00:06.000
<v 客户>我家燃气表不走了
`;

// 3. Alibaba Cloud file-transcription result: channel 0 is the agent's line, channel 1 the caller's.
const aliyun = JSON.stringify({
  StatusText: 'SUCCESS',
  TaskId: 'demo',
  Result: {
    Sentences: [
      { BeginTime: 0, EndTime: 2600, Text: '您好，阳泉市煤气公司012号客服员为您服务', ChannelId: 0, SpeechRate: 260, SilenceDuration: 0 },
      { BeginTime: 3000, EndTime: 4800, Text: '你们怎么还不来修', ChannelId: 1, SpeechRate: 210, SilenceDuration: 0 },
      { BeginTime: 5200, EndTime: 6900, Text: '我不清楚，你自己打电话问', ChannelId: 0, SpeechRate: 180, SilenceDuration: 0 },
    ],
  },
});

// 4. Tencent Cloud recording-file result (the DescribeTaskStatus `Data`), two-channel audio.
const tencent = JSON.stringify({
  Data: {
    StatusStr: 'success',
    ResultDetail: [
      { FinalSentence: '您好，阳泉市煤气公司012号客服员为您服务', StartMs: 0, EndMs: 2800, SpeakerId: 0, SpeechSpeed: 3.9, Words: [] },
      { FinalSentence: '我想问一下燃气费怎么交', StartMs: 3100, EndMs: 5000, SpeakerId: 1, SpeechSpeed: 5.8, Words: [] },
    ],
  },
});

const checker = createChecker();
const channels = { 0: 'agent', 1: 'customer' } as const;
const inputs: [string, string][] = [
  ['calls/0001.txt', text],
  ['calls/0002.vtt', vtt],
  ['calls/0003.aliyun.json', aliyun],
  ['calls/0004.tencent.json', tencent],
];

const results: LintFileResult[] = inputs.map(([file, content]) => {
  // Format detection reads the content; the channel map is needed only by the ASR formats.
  const { transcript, turnSources, format } = parseTranscriptText(content, { fileName: file, channels });
  console.log(`${file}: read as ${format}, ${transcript.turns.length} turns, speakers ${transcript.turns.map((t) => t.speaker).join('/')}`);
  return { file, transcript, turnSources, result: checker.check(transcript) };
});

console.log(formatStylish(results, { lang: 'en' }));

const sarif = createSarifLog(results, { lang: 'en', rules: checker.rules });
const first = sarif.runs[0]?.results[0];
console.log(`SARIF: ${sarif.runs[0]?.results.length ?? 0} results; the first is ${first?.ruleId} at`, first?.locations[0]?.physicalLocation);

// Speakers are never guessed: an unknown label is an error with its line and column.
try {
  parseTranscriptText('客服：您好\n经理：我来处理');
} catch (error) {
  console.log(`\nRejected: ${(error as Error).message.split('\n')[0]}`);
}
