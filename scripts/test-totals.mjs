// Sum vitest JSON reports into one line: "N passed, N failed".
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  failed += failedTests;
  // A file that fails to load has no failed tests of its own: count it once so a broken run never reads as clean.
  if (report.success === false && failedTests === 0) failed += Math.max(1, report.numFailedTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
