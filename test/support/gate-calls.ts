import { Deadline } from '../../src/core/deadline.js';
import { sleep } from '../../src/core/emulation/faults.js';
import type { QuotaGate } from '../../src/core/quota/quota-gate.js';

/**
 * Sends `count` calls of 5 ms through a gate at once (each within a 5 s deadline), telling `onCall`
 * each caller's number as it is admitted; answers the most that were in flight together.
 */
export async function peakInFlight(gate: QuotaGate, count: number, onCall: (caller: number) => void = () => {}): Promise<number> {
  let inFlight = 0;
  let peak = 0;
  await Promise.all(
    Array.from({ length: count }, (_, caller) =>
      gate.within(Deadline.in(5_000), async () => {
        onCall(caller);
        peak = Math.max(peak, ++inFlight);
        await sleep(5);
        inFlight--;
      }),
    ),
  );
  return peak;
}
