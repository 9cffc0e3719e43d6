import { GraphQLError } from 'graphql';
import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, importSPKI, type JWTVerifyGetKey, jwtVerify, type KeyObject } from 'jose';
import { findApiKey, type StoredApiKey } from './api-keys.js';
import { ANONYMOUS, type Principal } from './scopes.js';

export interface JwtSettings {
  /** One of: a JWKS URL, a PEM public key (RS256/ES256…), or a shared secret (HS256). */
  readonly jwksUrl?: string | undefined;
  readonly publicKeyPem?: string | undefined;
  readonly secret?: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  readonly clockToleranceSeconds: number;
  /** The longest a token may live, `exp` minus `iat` (or minus now, without `iat`). */
  readonly maxLifetimeSeconds: number;
}

export interface AuthSettings {
  readonly mode: 'none' | 'required';
  readonly jwt?: JwtSettings | undefined;
  readonly apiKeys: readonly StoredApiKey[];
}

/** How often the key source's failures are told to the operator at most. */
const KEY_SOURCE_WARNING_INTERVAL_MS = 60_000;

/** A missing or bad credential: the whole request is refused (HTTP 401). The reason never echoes the credential. */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

type Key = KeyObject | Uint8Array | JWTVerifyGetKey;

/** Turns a request's credentials (Bearer JWT or API key) into a principal, or refuses it. */
export class Authenticator {
  private key: Promise<Key> | undefined;
  private lastKeySourceWarning = -Infinity;

  constructor(
    private readonly settings: AuthSettings,
    /** Told, at most once a minute, that the JWKS could not be fetched: every token then fails, and the caller cannot tell why. */
    private readonly onKeySourceFailure: (error: unknown) => void = () => {},
  ) {}

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Principal> {
    if (this.settings.mode === 'none') return ANONYMOUS;
    const authorization = single(headers.authorization);
    const apiKey = single(headers['x-api-key']) ?? /^ApiKey\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (apiKey) {
      const key = findApiKey(this.settings.apiKeys, apiKey.trim());
      if (!key) throw unauthenticated('unknown API key');
      return { id: `api-key:${key.name}`, kind: 'api-key', scopes: new Set(key.scopes) };
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (bearer) return this.verifyJwt(bearer.trim());
    throw unauthenticated('send a Bearer token or an API key (x-api-key)');
  }

  private async verifyJwt(token: string): Promise<Principal> {
    const jwt = this.settings.jwt;
    if (!jwt) throw unauthenticated('this deployment accepts API keys only');
    try {
      const key = await (this.key ??= this.loadKey(jwt));
      const { payload } = await jwtVerify(token, key as never, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        clockTolerance: jwt.clockToleranceSeconds,
        // A token without an expiry would never expire.
        requiredClaims: ['exp'],
      });
      const lifetime = payload.exp! - (payload.iat ?? Math.floor(Date.now() / 1000));
      if (lifetime > jwt.maxLifetimeSeconds) throw Object.assign(new Error('lifetime'), { code: `lifetime over ${jwt.maxLifetimeSeconds} s` });
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? payload.scp.map(String) : [];
      return { id: `jwt:${payload.sub ?? 'unknown'}`, kind: 'jwt', scopes: new Set(scopes.filter(Boolean)) };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (jwt.jwksUrl && isKeySourceFailure(code)) this.warnKeySource(error);
      throw unauthenticated(`the token was refused (${code ?? 'invalid'})`);
    }
  }

  private warnKeySource(error: unknown): void {
    const now = Date.now();
    if (now - this.lastKeySourceWarning < KEY_SOURCE_WARNING_INTERVAL_MS) return;
    this.lastKeySourceWarning = now;
    this.onKeySourceFailure(error);
  }

  private async loadKey(jwt: JwtSettings): Promise<Key> {
    if (jwt.jwksUrl) return createRemoteJWKSet(new URL(jwt.jwksUrl));
    if (jwt.publicKeyPem) {
      // The algorithm comes from the key: RSA → RS256, EC P-256 → ES256, Ed25519 → EdDSA.
      const type = createPublicKey(jwt.publicKeyPem).asymmetricKeyType;
      return importSPKI(jwt.publicKeyPem, type === 'ec' ? 'ES256' : type === 'ed25519' ? 'EdDSA' : 'RS256');
    }
    return new TextEncoder().encode(jwt.secret);
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** jose's codes for a JWKS that could not be fetched or read (anything else is the token's fault). */
function isKeySourceFailure(code: string | undefined): boolean {
  return (
    code === undefined ||
    code === 'ERR_JWKS_TIMEOUT' ||
    code === 'ERR_JWKS_INVALID' ||
    code === 'ERR_JOSE_GENERIC' ||
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND'
  );
}
