import { describe, expect, it } from 'vitest';
import { summariseWindAssignments } from './summariseWindAssignments';

describe('summariseWindAssignments', () => {
  it('counts the phases by rule and lists every change of province', () => {
    const lines = summariseWindAssignments([
      { kind: 'inside', regionId: 'CN-JS' },
      { kind: 'reassigned', regionId: 'CN-GD', from: 'CN-YN', km: 2.2 },
      { kind: 'reassigned', regionId: 'CN-GD', from: 'CN-YN' },
      { kind: 'offshore', regionId: 'CN-JS', km: 12 },
    ]);
    expect(lines).toEqual([
      'wind phases: inside 1, reassigned 2, offshore 1',
      'wind reassigned: CN-YN → CN-GD 2',
      'wind offshore by province: CN-JS 1',
    ]);
  });
});
