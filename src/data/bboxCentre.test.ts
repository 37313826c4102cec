import { describe, expect, it } from 'vitest';
import { bboxCentre } from './bboxCentre';

describe('bboxCentre', () => {
  it('is the centre of the bounding box of all outer rings', () => {
    const ring = (w: number, s: number, e: number, n: number) => [
      [w, s],
      [e, s],
      [e, n],
      [w, s],
    ];
    expect(bboxCentre({ type: 'Polygon', coordinates: [ring(100, 20, 110, 30)] })).toEqual([105, 25]);
    expect(
      bboxCentre({ type: 'MultiPolygon', coordinates: [[ring(100, 20, 102, 22)], [ring(110, 30, 120, 40)]] }),
    ).toEqual([110, 30]);
  });
});
