import { startEmulators } from '../emulators.js';

/**
 * Runs the provider emulators alone, e.g. to point a `PROVIDERS=live` facade at them.
 * Credentials come from the same variables the facade reads (random when unset);
 * LINGXING_EMULATOR_PORT picks the port (a free one by default).
 */
const emulators = await startEmulators({
  lingxing: {
    ...(process.env.LINGXING_APP_ID ? { appId: process.env.LINGXING_APP_ID } : {}),
    ...(process.env.LINGXING_APP_SECRET ? { appSecret: process.env.LINGXING_APP_SECRET } : {}),
  },
  lingxingPort: Number(process.env.LINGXING_EMULATOR_PORT ?? 0),
});
console.log(`LingXing emulator at ${emulators.lingxing.url} (app id ${emulators.lingxing.appId})`);

const stop = async () => {
  await emulators.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
