// `npx tsx bench/browser/runBrowserBench.ts [--runs N]`: builds the app and the naive baseline
// page into a temp folder, writes fixtures S and L, serves them, and measures in one headless
// Chromium (SwiftShader): cold load, first paint and heap on L against the baseline, sliders.
// Prints the table and writes bench/.out/browser-results.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/e2e/support/browser';
import { machineInfo } from '../harness';
import { browserTable, type BrowserResults } from './browserTable';
import { prepareBench } from './prepareBench';
import { appLoadRun, baselineLoadRun, sliderRun, type LoadRun, type SliderRun } from './scenarios';
import { startStaticServer } from './staticServer';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const log = (line: string) => console.log(line);

const prepared = await prepareBench(log);
const server = await startStaticServer([
  { prefix: '/app/', dir: prepared.appDir },
  { prefix: '/app-L/', dir: prepared.appDir },
  { prefix: '/app-L/data/', dir: prepared.fixtureDirs.L },
  { prefix: '/baseline/', dir: prepared.baselineDir },
  { prefix: '/fixture-L/', dir: prepared.fixtureDirs.L },
  { prefix: '/app-R/', dir: prepared.appDir },
  { prefix: '/app-R/data/', dir: prepared.regionsOnlyDir },
  { prefix: '/fixture-R/', dir: prepared.regionsOnlyDir },
]);
const browser = await launchChromium();
const version = browser.version();
const started = performance.now();
try {
  const defaultLoads: LoadRun[] = [];
  const appL: LoadRun[] = [];
  const baselineL: LoadRun[] = [];
  let sliderDefault: SliderRun | undefined;
  let sliderL: SliderRun | undefined;
  // One uncounted load of each page first: Chromium's GPU process keeps compiled shader programs
  // for the session, so the timed runs measure data and drawing rather than SwiftShader's
  // first-ever shader compilation (reported separately as the first cold load).
  const firstEver = await appLoadRun(browser, `${server.origin}/app/`, false);
  await firstEver.measured.close();
  log(`first-ever load (shaders compiled): ${firstEver.run.interactiveMs?.toFixed(0)} ms`);
  await (await appLoadRun(browser, `${server.origin}/app-L/`, false)).measured.close();
  await baselineLoadRun(
    browser,
    `${server.origin}/baseline/?manifest=/fixture-L/manifest.json`,
    false,
  );
  for (let i = 0; i < RUNS; i++) {
    const cold = await appLoadRun(browser, `${server.origin}/app/`, false);
    defaultLoads.push(cold.run);
    if (i === 0) sliderDefault = await sliderRun(cold.measured);
    await cold.measured.close();
    log(`default run ${i + 1}: interactive ${cold.run.interactiveMs?.toFixed(0)} ms`);
  }
  for (let i = 0; i < RUNS; i++) {
    const app = await appLoadRun(browser, `${server.origin}/app-L/`, true);
    appL.push(app.run);
    if (i === 0) sliderL = await sliderRun(app.measured);
    await app.measured.close();
    log(`L app run ${i + 1}: ${JSON.stringify(app.run)}`);
    const base = await baselineLoadRun(
      browser,
      `${server.origin}/baseline/?manifest=/fixture-L/manifest.json`,
      true,
    );
    baselineL.push(base);
    log(`L baseline run ${i + 1}: ${JSON.stringify(base)}`);
  }
  // The same pages holding L's regions alone: what is left when the sites and lines are taken away.
  const appRegionsOnly = await appLoadRun(browser, `${server.origin}/app-R/`, true);
  await appRegionsOnly.measured.close();
  const baselineRegionsOnly = await baselineLoadRun(
    browser,
    `${server.origin}/baseline/?manifest=/fixture-R/manifest.json`,
    true,
  );
  const regionsOnlyHeap = {
    app: appRegionsOnly.run.heapBytes ?? NaN,
    baseline: baselineRegionsOnly.heapBytes ?? NaN,
  };
  log(`regions-only heap: ${JSON.stringify(regionsOnlyHeap)}`);
  const results: BrowserResults = {
    firstEverLoad: firstEver.run,
    defaultLoads,
    appL,
    baselineL,
    sliderDefault,
    sliderL,
    regionsOnlyHeap,
  };
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const header = `${new Date().toISOString()} · ${machineInfo()} · Chromium ${version} (headless, SwiftShader WebGL) · measured in ${seconds} s`;
  const table = browserTable(results);
  console.log(`\n${header}\n\n${table}`);
  const outDir = fileURLToPath(new URL('../.out', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'browser-results.md'),
    `# Browser benchmark\n\n${header}\n\n${table}\n\n<details><summary>raw runs</summary>\n\n\`\`\`json\n${JSON.stringify(results, null, 1)}\n\`\`\`\n</details>\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
