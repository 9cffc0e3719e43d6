import type { ProviderConnections } from './facade.js';
import type { TopConnection } from './providers/top/client.js';
import { LingxingEmulator, type LingxingEmulatorOptions } from './providers/lingxing/emulator.js';
import { TopEmulator, type TopEmulatorOptions } from './providers/top/emulator.js';

export interface Emulators {
  readonly lingxing: LingxingEmulator;
  readonly top: TopEmulator;
  readonly connections: ProviderConnections;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  readonly lingxing?: LingxingEmulatorOptions;
  readonly top?: TopEmulatorOptions & { readonly signMethod?: TopConnection['signMethod'] };
  /** Fixed ports; free ones by default. */
  readonly lingxingPort?: number;
  readonly topPort?: number;
}

/** Starts every provider emulator on loopback, each on a free port, and says how to reach them. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const [lingxing, top] = await Promise.all([
    LingxingEmulator.start(options.lingxing, options.lingxingPort),
    TopEmulator.start(options.top, options.topPort),
  ]);
  return {
    lingxing,
    top,
    connections: {
      lingxing: { baseUrl: lingxing.url, appId: lingxing.appId, appSecret: lingxing.appSecret },
      top: { gatewayUrl: top.url, appKey: top.appKey, appSecret: top.appSecret, signMethod: options.top?.signMethod ?? 'hmac-sha256' },
    },
    close: async () => {
      await Promise.all([lingxing.close(), top.close()]);
    },
  };
}
