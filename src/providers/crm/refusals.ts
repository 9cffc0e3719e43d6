import { ProviderFailure } from '../../core/http/provider-failure.js';
import { MESSAGES } from './wire.js';

/** Why the CRM refused one update, from its message; mapped here and only here. */
export type CrmRefusal =
  | { readonly reason: 'not-found' }
  | { readonly reason: 'empty-code' }
  | { readonly reason: 'nothing-to-update' }
  | { readonly reason: 'invalid-stage'; readonly stage: string }
  | { readonly reason: 'invalid-confidence' }
  | { readonly reason: 'other'; readonly message: string };

export function refusalFrom(message: string): CrmRefusal {
  if (message === MESSAGES.notFound) return { reason: 'not-found' };
  if (message === MESSAGES.emptyCode) return { reason: 'empty-code' };
  if (message === MESSAGES.nothingToUpdate) return { reason: 'nothing-to-update' };
  if (message === MESSAGES.invalidConfidence) return { reason: 'invalid-confidence' };
  if (message.startsWith(MESSAGES.invalidStagePrefix)) return { reason: 'invalid-stage', stage: message.slice(MESSAGES.invalidStagePrefix.length).trim() };
  return { reason: 'other', message };
}

/** The CRM refused our secret (its message, or HTTP 401/403): every call would fail the same way, and an operator must act. */
export function authFailure(providerMessage: string): ProviderFailure {
  return new ProviderFailure('misconfigured', 'The CRM refused the internal secret: check CRM_INTERNAL_SECRET', {
    provider: 'crm',
    providerCode: providerMessage.startsWith('HTTP ') ? providerMessage : '-1',
    providerMessage,
  });
}

/** The CRM, for failures of answers that cannot be read. */
export const CRM = { id: 'crm', label: 'The CRM', baseUrlSetting: 'CRM_BASE_URL' } as const;
