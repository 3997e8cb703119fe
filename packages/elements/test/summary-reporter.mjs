// SPDX-License-Identifier: MIT
// Prints a plain "browser: N passed, N failed" line alone as the very last line of a run. The runner's own
// closing line sits inside its progress bar, and CI reads the last plain line as the test count.

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, has no test to count: count it as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
    },
    start() {
      // The default reporter redraws its progress bar as it stops, so print once the process exits.
      process.once('exit', () => {
        if (!totals) return;
        const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
