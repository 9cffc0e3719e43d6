import type { Emulators } from '../../src/emulators.js';
import { PATHS } from '../../src/providers/lingxing/wire.js';

/**
 * Watches how much of LingXing's bucket and TOP's window a run uses once steady: the bucket from
 * `fromMs` to `toMs` after now (every replica warm, before the run's tail), TOP from the end of its
 * first window's calls (a burst) to the end of the third window's.
 */
export function watchQuotaUse(emulators: Emulators, options: { topLimit: number; topWindowMs: number; fromMs: number; toMs: number }) {
  const area = () => emulators.lingxing.inFlightAreaNow(PATHS.batchOperate);
  // Divided by the time that really passed between the two readings (timers fire late under load), on the emulator's clock.
  let from = { area: 0, at: 0 };
  let bucketUse = NaN;
  const timers = [
    setTimeout(() => (from = { area: area(), at: performance.now() }), options.fromMs),
    setTimeout(() => (bucketUse = (area() - from.area) / (10 * (performance.now() - from.at))), options.toMs),
  ];
  let firstWindow: { calls: number; at: number } | undefined;
  let topRate = NaN;
  const poll = setInterval(() => {
    const { calls, lastCallAt } = emulators.top.stats;
    if (!firstWindow && calls >= options.topLimit) firstWindow = { calls, at: lastCallAt! };
    if (firstWindow && Number.isNaN(topRate) && calls >= 3 * options.topLimit) topRate = (calls - firstWindow.calls) / (lastCallAt! - firstWindow.at);
  }, 5);
  return {
    /** Share of LingXing's 10 tokens held, on average, over the steady span. */
    bucketUse: () => bucketUse,
    /** TOP calls per ms once steady, as a share of what its window allows. */
    topUse: () => topRate / (options.topLimit / options.topWindowMs),
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      clearInterval(poll);
    },
  };
}
