import { startEmulators } from '../emulators.js';

/**
 * Runs the provider emulators alone, e.g. to point a `PROVIDERS=live` facade at them.
 * Credentials come from the same variables the facade reads (random when unset);
 * LINGXING_EMULATOR_PORT and TOP_EMULATOR_PORT pick the ports (free ones by default); TOP_CALL_LIMIT and
 * TOP_CALL_WINDOW_SECONDS set TOP's call quota.
 */
const emulators = await startEmulators({
  lingxing: {
    ...(process.env.LINGXING_APP_ID ? { appId: process.env.LINGXING_APP_ID } : {}),
    ...(process.env.LINGXING_APP_SECRET ? { appSecret: process.env.LINGXING_APP_SECRET } : {}),
  },
  top: {
    ...(process.env.TOP_APP_KEY ? { appKey: process.env.TOP_APP_KEY } : {}),
    ...(process.env.TOP_APP_SECRET ? { appSecret: process.env.TOP_APP_SECRET } : {}),
    ...(process.env.TOP_CALL_LIMIT ? { callLimit: Number(process.env.TOP_CALL_LIMIT) } : {}),
    ...(process.env.TOP_CALL_WINDOW_SECONDS ? { callWindowMs: Number(process.env.TOP_CALL_WINDOW_SECONDS) * 1000 } : {}),
  },
  crm: {
    ...(process.env.CRM_INTERNAL_SECRET ? { internalSecret: process.env.CRM_INTERNAL_SECRET } : {}),
    ...(process.env.CRM_STAGES ? { stages: process.env.CRM_STAGES.split(',') } : {}),
  },
  cloudpense: {
    ...(process.env.CLOUDPENSE_CLIENT_ID ? { clientId: process.env.CLOUDPENSE_CLIENT_ID } : {}),
    ...(process.env.CLOUDPENSE_CLIENT_SECRET ? { clientSecret: process.env.CLOUDPENSE_CLIENT_SECRET } : {}),
  },
  lingxingPort: Number(process.env.LINGXING_EMULATOR_PORT ?? 0),
  cloudpensePort: Number(process.env.CLOUDPENSE_EMULATOR_PORT ?? 0),
  crmPort: Number(process.env.CRM_EMULATOR_PORT ?? 0),
  topPort: Number(process.env.TOP_EMULATOR_PORT ?? 0),
});
console.log(`LingXing emulator at ${emulators.lingxing.url} (app id ${emulators.lingxing.appId})`);
console.log(`TOP emulator at ${emulators.top.url} (app key ${emulators.top.appKey})`);
console.log(`CRM emulator at ${emulators.crm.url}`);
console.log(`CloudPense emulator at ${emulators.cloudpense.url}`);

const stop = async () => {
  await emulators.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
