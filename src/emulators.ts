import type { ProviderConnections } from './facade.js';
import type { TopConnection } from './providers/top/client.js';
import { CrmEmulator, type CrmEmulatorOptions } from './providers/crm/emulator.js';
import { LingxingEmulator, type LingxingEmulatorOptions } from './providers/lingxing/emulator.js';
import { TopEmulator, type TopEmulatorOptions } from './providers/top/emulator.js';

export interface Emulators {
  readonly lingxing: LingxingEmulator;
  readonly top: TopEmulator;
  readonly crm: CrmEmulator;
  readonly connections: ProviderConnections;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  readonly lingxing?: LingxingEmulatorOptions;
  readonly top?: TopEmulatorOptions & { readonly signMethod?: TopConnection['signMethod'] };
  readonly crm?: CrmEmulatorOptions;
  /** Fixed ports; free ones by default. */
  readonly lingxingPort?: number;
  readonly topPort?: number;
  readonly crmPort?: number;
}

/** Starts every provider emulator on loopback, each on a free port, and says how to reach them. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const [lingxing, top, crm] = await Promise.all([
    LingxingEmulator.start(options.lingxing, options.lingxingPort),
    TopEmulator.start(options.top, options.topPort),
    CrmEmulator.start(options.crm, options.crmPort),
  ]);
  return {
    lingxing,
    top,
    crm,
    connections: {
      lingxing: { baseUrl: lingxing.url, appId: lingxing.appId, appSecret: lingxing.appSecret },
      top: { gatewayUrl: top.url, appKey: top.appKey, appSecret: top.appSecret, signMethod: options.top?.signMethod ?? 'hmac-sha256' },
      crm: { baseUrl: crm.url, internalSecret: crm.internalSecret },
    },
    close: async () => {
      await Promise.all([lingxing.close(), top.close(), crm.close()]);
    },
  };
}
