// Finds the shared third-party datasets (never committed) next to the repository, or reports why
// not, so the tests that read them can skip with a printed reason.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_DATASETS = path.resolve(repoRoot, '../shared/datasets');

export const sharedDatasetsDir: string | undefined = existsSync(SHARED_DATASETS)
  ? SHARED_DATASETS
  : undefined;

/** The text of a shared file, or undefined when it is absent. */
export function readShared(relativePath: string): string | undefined {
  if (!sharedDatasetsDir) return undefined;
  const file = path.join(sharedDatasetsDir, relativePath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** True (after printing why) when a test on `relativePath` must be skipped. */
export function missingShared(relativePath: string): boolean {
  if (readShared(relativePath) !== undefined) return false;
  console.info(`Skipped: ${relativePath} not found under ${SHARED_DATASETS}.`);
  return true;
}
