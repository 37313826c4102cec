// Ids and default names of new scenarios: ids short, random and unique in the browser (links carry
// them); names numbered in the user's language ("情景 2", "Scenario 2").
import type { Lang } from '../../domain/lang';
import type { Scenario } from '../../domain/scenario/modification';

export function newScenarioId(existing: readonly Pick<Scenario, 'id'>[]): string {
  const taken = new Set(existing.map((s) => s.id));
  for (;;) {
    const id = `s${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}

export function scenarioName(existing: readonly Pick<Scenario, 'name'>[], lang: Lang): string {
  const word = lang === 'zh' ? '情景' : 'Scenario';
  const names = new Set(existing.map((s) => s.name));
  let n = existing.length + 1;
  while (names.has(`${word} ${n}`)) n += 1;
  return `${word} ${n}`;
}
