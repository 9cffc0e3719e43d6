import type { ProviderConnections } from './facade.js';
import type { TopConnection } from './providers/top/client.js';
import { CloudpenseEmulator, type CloudpenseEmulatorOptions } from './providers/cloudpense/emulator.js';
import { CrmEmulator, type CrmEmulatorOptions } from './providers/crm/emulator.js';
import { LingxingEmulator, type LingxingEmulatorOptions } from './providers/lingxing/emulator.js';
import { TopEmulator, type TopEmulatorOptions } from './providers/top/emulator.js';

export interface Emulators {
  readonly lingxing: LingxingEmulator;
  readonly top: TopEmulator;
  readonly crm: CrmEmulator;
  readonly cloudpense: CloudpenseEmulator;
  readonly connections: ProviderConnections;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  readonly lingxing?: LingxingEmulatorOptions;
  readonly top?: TopEmulatorOptions & { readonly signMethod?: TopConnection['signMethod'] };
  readonly crm?: CrmEmulatorOptions;
  readonly cloudpense?: CloudpenseEmulatorOptions;
  /** Serve every emulator under this path (e.g. `/tenant-x`), as providers behind a tenant path or an ingress are; its URLs include it. */
  readonly pathPrefix?: string;
  /** Fixed ports; free ones by default. */
  readonly lingxingPort?: number;
  readonly topPort?: number;
  readonly crmPort?: number;
  readonly cloudpensePort?: number;
}

/** Starts every provider emulator on loopback, each on a free port, and says how to reach them. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const [lingxing, top, crm, cloudpense] = await Promise.all([
    LingxingEmulator.start({ ...options.lingxing, pathPrefix: options.pathPrefix }, options.lingxingPort),
    TopEmulator.start({ ...options.top, pathPrefix: options.pathPrefix }, options.topPort),
    CrmEmulator.start({ ...options.crm, pathPrefix: options.pathPrefix }, options.crmPort),
    CloudpenseEmulator.start({ ...options.cloudpense, pathPrefix: options.pathPrefix }, options.cloudpensePort),
  ]);
  return {
    lingxing,
    top,
    crm,
    cloudpense,
    connections: {
      lingxing: { baseUrl: lingxing.url, appId: lingxing.appId, appSecret: lingxing.appSecret },
      top: { gatewayUrl: top.url, appKey: top.appKey, appSecret: top.appSecret, signMethod: options.top?.signMethod ?? 'hmac-sha256' },
      crm: { baseUrl: crm.url, internalSecret: crm.internalSecret },
      cloudpense: { baseUrl: cloudpense.url, clientId: cloudpense.clientId, clientSecret: cloudpense.clientSecret },
    },
    close: async () => {
      await Promise.all([lingxing.close(), top.close(), crm.close(), cloudpense.close()]);
    },
  };
}
