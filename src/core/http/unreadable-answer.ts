import { ProviderFailure } from './provider-failure.js';
import type { HttpAnswer } from './send.js';

/** Who answered: the id failures carry, and the name messages use. */
export interface ProviderName {
  readonly id: string;
  readonly label: string;
}

/**
 * An answer that cannot be read. The call may have been applied, so its outcome is unknown;
 * only a 503 says the provider refused it before processing.
 */
export function unreadableAnswer(provider: ProviderName, answer: HttpAnswer, reason: string): ProviderFailure {
  if (answer.status === 503) {
    return new ProviderFailure('not-sent', `${provider.label} is unavailable (HTTP 503)`, { provider: provider.id });
  }
  return new ProviderFailure('outcome-unknown', `${provider.label} sent an unreadable answer (HTTP ${answer.status}): ${reason}`, {
    provider: provider.id,
  });
}

/** The answer's JSON, or the unreadable-answer failure when it is not JSON. */
export function answerJson(provider: ProviderName, answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    throw unreadableAnswer(provider, answer, 'not JSON');
  }
}
