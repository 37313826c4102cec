// Runs axe-core (the standard accessibility engine) in the page and returns its serious and
// critical violations, each as "rule: target (help)". The engine's source is evaluated through
// the browser protocol, which the page's CSP does not govern; the app itself loads nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly html?: string }[];
}

/** Serious and critical violations in `page` now (optionally within one element). */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (selector) =>
      (
        window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }
      ).axe
        .run(selector ? { include: [selector] } : document)
        .then((result) => result.violations),
    within ?? null,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) => `${v.id}: ${JSON.stringify(node.target)} (${v.help}) ${node.html ?? ''}`,
      ),
    );
}
