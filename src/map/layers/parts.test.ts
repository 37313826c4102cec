import { describe, expect, it } from 'vitest';
import { ringSegments, type PathPart } from './parts';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];
const rings: readonly PathPart<string>[] = Object.freeze([
  { record: 'a', index: 0, geometry: square },
  {
    record: 'b',
    index: 1,
    geometry: [
      [5, 5],
      [6, 5],
    ],
  },
]);

describe('ringSegments', () => {
  it('splits each ring into its consecutive segments, the closing one included', () => {
    expect(ringSegments(rings)).toEqual([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 0],
      ],
      [
        [5, 5],
        [6, 5],
      ],
    ]);
  });

  it('answers the same array for the same rings', () => {
    expect(ringSegments(rings)).toBe(ringSegments(rings));
  });
});
