import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from './committedData';

const docs = ['docs/DATA.md', 'README.md'].map(
  (file) => [file, readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8')] as const,
);

describe.each(docs)('%s', (_file, doc) => {
  it.each(manifest.layers.map((l) => [l.id, l.feature_count, l.bytes] as const))(
    'states the feature count and size of %s as the manifest does',
    (id, count, bytes) => {
      const size = bytes.toLocaleString('en-GB');
      expect(doc).toMatch(new RegExp(`\\|\\s*\`${id}\`\\s*\\|\\s*${count}\\s*\\|\\s*${size}\\s*\\|`));
    },
  );

  it('names the UHV lines the manifest lists as left out, or says that none is', () => {
    const notes = manifest.layers.find((l) => l.id === 'power_lines')?.notes ?? '';
    const leftOut = notes.match(/Left out for lack of an endpoint: (.*)\./)?.[1] ?? '';
    const ids = [...leftOut.matchAll(/\b(DC|AC)\d+\b/g)].map((m) => m[0]);
    if (ids.length === 0) expect(doc).toMatch(/no (UHV )?line is left out/i);
    for (const id of ids) expect(doc).toContain(`\`${id}\``);
  });

  it('states the edition and its month as the manifest does', () => {
    expect(doc).toMatch(/second\s+edition,?\s+\(?December\s+2026/i);
    expect(manifest.edition_date).toBe('2026-12');
  });
});
