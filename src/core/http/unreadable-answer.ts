import { ProviderFailure } from './provider-failure.js';
import type { HttpAnswer } from './send.js';

/** Who answered: the id failures carry, the name messages use, and the setting that says where it is. */
export interface ProviderName {
  readonly id: string;
  readonly label: string;
  /** The variable holding its base URL, named when an answer says the URL is wrong. */
  readonly baseUrlSetting: string;
}

/** HTTP statuses that refuse the caller's credentials, whatever the body says (a gateway or ingress in front may answer them). */
export function isAuthStatus(status: number): boolean {
  return status === 401 || status === 403;
}

/**
 * An answer that cannot be read. Which failure it is depends on what the status says:
 * - 503: the provider refused the call before processing it (nothing applied);
 * - 404/405: nothing is served there, so nothing was applied: the base URL is wrong;
 * - any other 5xx: an outage, and the call may have been applied;
 * - anything else: the provider is up and answered, but not in a shape we read. The call may
 *   have been applied, so its outcome is unknown; it says nothing of the provider's health, so it
 *   never counts towards opening a circuit.
 */
export function unreadableAnswer(provider: ProviderName, answer: HttpAnswer, reason: string): ProviderFailure {
  const details = { provider: provider.id, providerCode: `HTTP ${answer.status}` };
  if (answer.status === 503) return new ProviderFailure('not-sent', `${provider.label} is unavailable (HTTP 503)`, details);
  if (answer.status === 404 || answer.status === 405) {
    return new ProviderFailure(
      'misconfigured',
      `${provider.label} serves nothing at this path (HTTP ${answer.status}): check ${provider.baseUrlSetting}`,
      details,
    );
  }
  const message = `${provider.label} sent an unreadable answer (HTTP ${answer.status}): ${reason}`;
  if (answer.status >= 500) return new ProviderFailure('outcome-unknown', message, details);
  return new ProviderFailure('outcome-unknown', message, { ...details, notTheProvider: 'malformed-answer' });
}

/** The answer's JSON, or undefined when it is not JSON (an ingress's HTML error page, say). */
export function jsonOrUndefined(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

/** The answer's JSON, or the unreadable-answer failure when it is not JSON. */
export function answerJson(provider: ProviderName, answer: HttpAnswer): unknown {
  const json = jsonOrUndefined(answer);
  if (json === undefined) throw unreadableAnswer(provider, answer, 'not JSON');
  return json;
}
