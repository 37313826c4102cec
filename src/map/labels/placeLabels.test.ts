import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  labelBox,
  overlaps,
  placeLabels,
  type LabelCandidate,
} from './placeLabels';

const label = (key: string, lon: number, lat: number, priority = 1): LabelCandidate => ({
  key,
  position: [lon, lat],
  text: key,
  sizePx: 12,
  offsetPx: [0, 0],
  priority,
});

describe('placeLabels', () => {
  it('drops the lower-priority label of two that would overlap, keeps both once apart', () => {
    const hub = label('Guiyang hub', 106.6, 26.6, 0);
    const province = label('Guizhou', 106.7, 26.7, 1);
    expect([...placeLabels([province, hub], 4, estimateTextWidth)]).toEqual(['Guiyang hub']);
    expect(placeLabels([province, hub], 9, estimateTextWidth).size).toBe(2);
  });

  it('keeps no two overlapping boxes, whatever the labels and the zoom (property)', () => {
    const candidate = fc.record({
      lon: fc.double({ min: 100, max: 110, noNaN: true }),
      lat: fc.double({ min: 20, max: 30, noNaN: true }),
      priority: fc.integer({ min: 0, max: 3 }),
      text: fc.string({ minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 40 }),
        fc.double({ min: 3, max: 9 }),
        (items, zoom) => {
          const candidates = items.map((c, i) => ({
            ...label(`k${i}`, c.lon, c.lat, c.priority),
            text: c.text,
          }));
          const kept = candidates.filter((c) =>
            placeLabels(candidates, zoom, estimateTextWidth).has(c.key),
          );
          const boxes = kept.map((c) =>
            labelBox(c, zoom, estimateTextWidth(c.text, c.sizePx, false)),
          );
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
    );
  });

  it('skips labels of size 0 and empty text', () => {
    const hidden = { ...label('X', 100, 30), sizePx: 0 };
    expect(
      placeLabels([hidden, { ...label('Y', 120, 30), text: '' }], 5, estimateTextWidth).size,
    ).toBe(0);
  });

  it('measures Chinese characters a full em and Latin ones narrower', () => {
    expect(estimateTextWidth('贵州', 10, false)).toBe(20);
    expect(estimateTextWidth('ab', 10, false)).toBe(12);
  });
});
