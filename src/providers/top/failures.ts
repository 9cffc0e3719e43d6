import { ProviderFailure } from '../../core/http/provider-failure.js';
import type { GatewayError } from './wire.js';

const PROVIDER = 'top';

// Gateway codes: the facade's credentials or configuration are wrong; no retry helps, an operator must act.
const MISCONFIGURED: Record<number, string> = {
  21: 'TOP says the method is missing',
  22: 'TOP does not know the method: is the app authorised for alibaba.lingyang.utouch.submit.initiative.batch.task?',
  24: 'TOP says the signature is missing',
  25: 'TOP refused the signature: check TOP_APP_SECRET and TOP_SIGN_METHOD',
  26: 'TOP wants a session for this call: set TOP_SESSION',
  27: 'TOP refused the session: TOP_SESSION is invalid or expired',
  28: 'TOP says the app key is missing: set TOP_APP_KEY',
  29: 'TOP does not know the app key: check TOP_APP_KEY',
  30: 'TOP says the timestamp is missing',
  31: "TOP refused the timestamp: is this host's clock more than 10 minutes off?",
  32: 'TOP says the API version is missing',
  33: 'TOP refused the API version',
  34: 'TOP does not support the API version',
};

/**
 * Missing (40) or invalid (41) arguments: a refusal of the batch's data, e.g. one task without the
 * contact its plan's channel needs (a plan's channel is not something the facade can know).
 * ProviderRejected, never PROVIDER_MISCONFIGURED; the refused chunk is split to isolate the task.
 */
export const PARAMETER_CODES: ReadonlySet<number> = new Set([40, 41]);

/** Seconds named by code 7's sub_msg, "This ban will last for N more seconds". */
export function banSeconds(error: GatewayError): number | undefined {
  const match = /(\d+)\s+more\s+seconds?/i.exec(error.sub_msg ?? error.msg);
  return match ? Number(match[1]) : undefined;
}

/** Every TOP error_response becomes a typed failure here, and only here. */
export function failureFromGateway(error: GatewayError, now: number, defaultBanMs: number): ProviderFailure {
  const details = {
    provider: PROVIDER,
    providerCode: error.sub_code ?? String(error.code),
    providerMessage: error.sub_msg ?? error.msg,
    traceId: error.request_id,
  };
  switch (error.code) {
    case 7: {
      const seconds = banSeconds(error);
      const retryAt = now + (seconds === undefined ? defaultBanMs : seconds * 1000);
      return new ProviderFailure('rate-limited', `TOP holds this app's calls until ${new Date(retryAt).toISOString()}`, { ...details, retryAt });
    }
    case 8:
      return new ProviderFailure('rate-limited', 'TOP: call frequency exceeded', details);
    case 10:
      return new ProviderFailure('not-sent', 'TOP: service unavailable', details);
  }
  const misconfigured = MISCONFIGURED[error.code];
  if (misconfigured) {
    return new ProviderFailure('misconfigured', `${misconfigured} (${error.code} ${error.sub_msg ?? error.msg})`, details);
  }
  // isp.* sub-codes are the platform's own faults behind the gateway: the call may have been applied.
  if (error.sub_code?.startsWith('isp.')) return new ProviderFailure('outcome-unknown', `TOP platform error: ${details.providerMessage}`, details);
  return new ProviderFailure('rejected', `TOP refused the batch: ${details.providerMessage}`, details);
}

/** An HTTP 401/403 in front of the gateway (a proxy, an allow list): the app's credentials or this host are refused. */
export function credentialsRefusedByStatus(status: number): ProviderFailure {
  return new ProviderFailure('misconfigured', `TOP refused the call with HTTP ${status}: check TOP_APP_KEY, TOP_APP_SECRET and TOP_SESSION`, {
    provider: PROVIDER,
    providerCode: `HTTP ${status}`,
  });
}

/** TOP, for failures of answers that cannot be read. */
export const TOP = { id: PROVIDER, label: 'TOP', baseUrlSetting: 'TOP_GATEWAY_URL' } as const;
