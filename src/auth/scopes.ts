/** What a caller may do, one scope per domain and direction. */
export const SCOPES = [
  'goals:read',
  'goals:write',
  'touch-tasks:write',
  'opportunities:write',
  'accounting-rules:read',
  'accounting-rules:write',
  'quotas:read',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a verified JWT subject, an API key by name, or anyone (AUTH_MODE=none). */
export interface Principal {
  readonly id: string;
  readonly kind: 'jwt' | 'api-key' | 'anonymous';
  readonly scopes: ReadonlySet<string>;
}

export const ANONYMOUS: Principal = { id: 'anonymous', kind: 'anonymous', scopes: new Set(SCOPES) };
