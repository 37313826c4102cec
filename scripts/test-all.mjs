// `npm test`: the one gate CI runs. Steps in order, stopping at the first failure: Chromium,
// type check, lint, format check, unit tests, build, browser tests. Ends with one line
// `N passed, M failed[, K skipped]` summed from the unit and browser JSON reports; a failed
// step that is not a test run (or a test run that crashed) counts as one failed test there.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const unitReport = 'test-results/unit.json';
const e2eReport = 'test-results/e2e.json';

const steps = [
  { name: 'chromium', command: [process.execPath, 'scripts/ensure-chromium.mjs'] },
  { name: 'type check', command: [bin('tsc'), '-b'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format check', command: [bin('prettier'), '--check', '.'] },
  {
    name: 'unit tests',
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
    report: unitReport,
  },
  { name: 'build', command: [bin('vite'), 'build'] },
  {
    name: 'browser tests',
    command: [bin('vitest'), 'run', '-c', 'vitest.e2e.config.ts', `--outputFile.json=${e2eReport}`],
    report: e2eReport,
  },
];

function run([command, ...args]) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('close', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}

/** Test counts from a vitest JSON report, or undefined if there is none. */
function readCounts(path) {
  if (!existsSync(`${root}/${path}`)) return undefined;
  try {
    const report = JSON.parse(readFileSync(`${root}/${path}`, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return undefined;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  for (const step of steps) if (step.report) rmSync(`${root}/${step.report}`, { force: true });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const rows = [];
  const started = Date.now();
  for (const step of steps) {
    const [command, ...args] = step.command;
    console.log(`\n=== ${step.name}: ${[basename(command), ...args].join(' ')}`);
    const stepStarted = Date.now();
    const code = await run(step.command);
    const duration = Date.now() - stepStarted;
    const counts = step.report ? readCounts(step.report) : undefined;
    if (counts) {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
    }
    const crashed = code !== 0 && (counts?.failed ?? 0) === 0;
    if (crashed) totals.failed += 1;
    rows.push(
      `${step.name.padEnd(14)} ${seconds(duration).padStart(8)}  ${code === 0 ? 'ok' : 'FAILED'}`,
    );
    console.log(
      `=== ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds(duration)}`,
    );
    if (code !== 0) {
      if (crashed) console.log(`(${step.name} failed outside any test: counted as 1 failed)`);
      for (const skipped of steps.slice(steps.indexOf(step) + 1)) {
        rows.push(`${skipped.name.padEnd(14)} ${'-'.padStart(8)}  not run`);
      }
      break;
    }
  }
  console.log(`\nSteps (total ${seconds(Date.now() - started)}):`);
  for (const row of rows) console.log(`  ${row}`);
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  return totals.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
