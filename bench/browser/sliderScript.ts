// In-page scripts (plain JavaScript text) for the slider measurement: each moves the first enabled
// weight slider of the Score tab (or, without one, calls store.setWeights) and times input →
// next analysis in the store → the frame after it is painted.

/** Opens the Score tab if there is one; answers whether a weight slider is on screen. */
export const OPEN_SCORE_TAB = `(() => {
  document.querySelector('#tab-score')?.click();
  return new Promise((done) => setTimeout(() => done(Boolean(
    document.querySelector('#tabpanel-score input[type=range]:not([disabled])'))), 300));
})()`;

const MOVE = `
  const store = window.__atlasStore;
  const slider = document.querySelector('#tabpanel-score input[type=range]:not([disabled])');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const move = (i) => {
    if (slider) {
      const min = Number(slider.min || 0), max = Number(slider.max || 1);
      const step = Number(slider.step) || (max - min) / 20;
      setValue.call(slider, String(min + step * (1 + (i % Math.max(2, Math.floor((max - min) / step))))));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const w = store.getState().weights;
      store.getState().setWeights({ ...w, subsystemWeights: { ...w.subsystemWeights, compute: 0.05 + (i % 20) * 0.045 } });
    }
  };
  const nextAnalysis = () => new Promise((done) => {
    const before = store.getState().analysis;
    const stop = store.subscribe((s) => { if (s.analysis !== before) { stop(); done(); } });
  });
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
`;

/** `count` single moves, each waiting for its repaint; resolves with the latencies in ms. */
export const sliderLatencies = (count: number) => `(async () => {
  ${MOVE}
  const out = [];
  for (let i = 0; i < ${count}; i++) {
    const landed = nextAnalysis();
    const start = performance.now();
    move(i);
    await Promise.race([landed, pause(5000)]);
    await painted();
    out.push(performance.now() - start);
    await pause(40);
  }
  return { latencies: out, usedSlider: Boolean(slider) };
})()`;

/** A drag: `count` moves 16 ms apart, then waits for the last repaint; resolves with its window. */
export const sliderDrag = (count: number) => `(async () => {
  ${MOVE}
  const startMs = performance.now();
  for (let i = 0; i < ${count}; i++) { move(i); await pause(16); }
  await Promise.race([nextAnalysis(), pause(2000)]);
  await painted();
  return { startMs, endMs: performance.now() };
})()`;

/** `count` redraws with nothing changed — the deck.gl canvas (forced, `deck.redraw`) and the map
 * (`triggerRepaint`), then the frame after them: the cost of one frame of this map in this
 * browser, the floor under any input → repaint latency. */
export const idleRepaints = (count: number) => `(async () => {
  const map = window.__atlasMap;
  const overlay = window.__atlasDeck;
  const deck = (overlay && overlay._deck) || overlay;
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const out = [];
  for (let i = 0; i < ${count}; i++) {
    const start = performance.now();
    map.triggerRepaint();
    if (deck) deck.redraw('benchmark: idle repaint');
    await painted();
    out.push(performance.now() - start);
    await new Promise((done) => setTimeout(done, 40));
  }
  return out;
})()`;
