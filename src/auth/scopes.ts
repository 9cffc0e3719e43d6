import { MODULES } from '../modules/index.js';

/** What a caller may do, one scope per domain and direction: the scopes each module declares. */
export type Scope = (typeof MODULES)[number]['scopes'][number];
export const SCOPES = MODULES.flatMap((module): readonly Scope[] => module.scopes) as [Scope, ...Scope[]];

/** Who is calling: a verified JWT subject, an API key by name, or anyone (AUTH_MODE=none). */
export interface Principal {
  readonly id: string;
  readonly kind: 'jwt' | 'api-key' | 'anonymous';
  readonly scopes: ReadonlySet<string>;
}

export const ANONYMOUS: Principal = { id: 'anonymous', kind: 'anonymous', scopes: new Set(SCOPES) };
