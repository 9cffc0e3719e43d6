import type { ProviderConnections } from './facade.js';
import { LingxingEmulator, type LingxingEmulatorOptions } from './providers/lingxing/emulator.js';

export interface Emulators {
  readonly lingxing: LingxingEmulator;
  readonly connections: ProviderConnections;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  readonly lingxing?: LingxingEmulatorOptions;
  /** A fixed port; a free one by default. */
  readonly lingxingPort?: number;
}

/** Starts every provider emulator on loopback, each on a free port, and says how to reach them. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const lingxing = await LingxingEmulator.start(options.lingxing, options.lingxingPort);
  return {
    lingxing,
    connections: { lingxing: { baseUrl: lingxing.url, appId: lingxing.appId, appSecret: lingxing.appSecret } },
    close: async () => {
      await lingxing.close();
    },
  };
}
