import { ProviderFailure } from '../../core/http/provider-failure.js';

const PROVIDER = 'lingxing';

/** Gateway codes that mean our access token must be replaced before the call can succeed (see AccessTokenCache.call). */
export const TOKEN_CODES = new Set(['2001003', '2001005']);
/** Codes of the token endpoints that mean the refresh token is spent: start over with the app secret. */
export const REFRESH_SPENT_CODES = new Set(['2001008', '2001009']);

// Credentials, permissions or our signing are wrong: retrying cannot help, an operator must act.
const MISCONFIGURED: Record<string, string> = {
  '2001001': 'the LingXing app does not exist: check LINGXING_APP_ID',
  '2001002': 'the LingXing app secret is not correct: check LINGXING_APP_SECRET',
  '2001004': 'the LingXing app is not authorised for this API',
  '2001006': 'LingXing refused the request signature',
  '3001001': 'a required LingXing query parameter was missing',
  '3001002': "this host's IP address is not on the LingXing app's allow list",
};

/** Every LingXing answer that is not a success becomes a typed failure here, and only here. */
export function failureFromGateway(code: string, msg: string): ProviderFailure {
  const details = { provider: PROVIDER, providerCode: code, providerMessage: msg };
  if (code === '3001008') return new ProviderFailure('rate-limited', 'LingXing: too many requests in flight', details);
  // The signature's 120 s life ran out before the gateway read it (clock skew or a stalled send).
  if (code === '2001007') return new ProviderFailure('not-sent', 'LingXing: the request signature expired', details);
  const misconfigured = MISCONFIGURED[code];
  if (misconfigured) return new ProviderFailure('misconfigured', misconfigured, details);
  return new ProviderFailure('rejected', `LingXing refused the call: ${msg}`, details);
}

export function failureFromBusiness(code: number, msg: string | undefined, traceId: string | undefined): ProviderFailure {
  return new ProviderFailure('rejected', `LingXing refused the call: ${msg ?? `code ${code}`}`, {
    provider: PROVIDER,
    providerCode: String(code),
    providerMessage: msg ?? '',
    traceId,
  });
}

/** LingXing, for failures of answers that cannot be read (gateway errors' HTTP status is undocumented). */
export const LINGXING = { id: PROVIDER, label: 'LingXing', baseUrlSetting: 'LINGXING_BASE_URL' } as const;
