import type { Clock } from '../clock.js';
import type { Deadline } from '../deadline.js';
import { ProviderFailure, type ProviderFailureDetails } from './provider-failure.js';

export interface IssuedToken {
  readonly accessToken: string;
  /** Present when the provider lets a token be renewed without the app secret. */
  readonly refreshToken?: string | undefined;
  readonly expiresInSeconds: number;
}

export interface TokenEndpoints {
  issue(deadline: Deadline): Promise<IssuedToken>;
  /** Renews with a refresh token; absent when the provider has none. */
  refresh?(refreshToken: string, deadline: Deadline): Promise<IssuedToken>;
  /** How long a refresh token lives (LingXing: 2 h). */
  readonly refreshTokenLifeMs?: number;
  /** What an operator checks when a newly issued token is refused too, e.g. `CLOUDPENSE_CLIENT_ID and CLOUDPENSE_CLIENT_SECRET`. */
  readonly credentials: string;
}

/**
 * The provider refused the access token a call carried, for any auth-looking reason (a token
 * code, HTTP 401/403): the call itself was not processed. Thrown by a client's answer reader and
 * handled by AccessTokenCache.call; a `not-sent` failure should it ever escape.
 */
export class TokenRefused extends ProviderFailure {
  override name = 'TokenRefused';
  constructor(label: string, details: ProviderFailureDetails) {
    super('not-sent', `${label} refused the access token`, details);
  }
}

interface Held {
  readonly token: IssuedToken;
  readonly obtainedAt: number;
  readonly expiresAt: number;
}

/**
 * Keeps one access token per process: fetched on first use, renewed before it expires, and
 * never fetched twice at once however many requests ask (one renewal in flight).
 */
export class AccessTokenCache {
  private held: Held | undefined;
  private pending: Promise<Held> | undefined;

  constructor(
    private readonly endpoints: TokenEndpoints,
    private readonly clock: Clock,
  ) {}

  async accessToken(deadline: Deadline): Promise<string> {
    const now = this.clock.now();
    const held = this.held;
    if (held && now < held.expiresAt) {
      // Renew early in the background; callers keep using the still-valid token meanwhile.
      if (now >= this.renewAt(held)) this.renew(deadline).catch(() => {});
      return held.token.accessToken;
    }
    return (await this.renew(deadline)).token.accessToken;
  }

  /**
   * Runs `call` with the cached token. When the provider refuses that token (TokenRefused), drops
   * it, obtains another from the app credentials and resends once: a refused token means nothing
   * was processed, so the resend is safe for any call. A second token refused too means the
   * credentials or the app's rights are wrong, which no retry mends: PROVIDER_MISCONFIGURED.
   */
  async call<T>(deadline: Deadline, call: (accessToken: string) => Promise<T>): Promise<T> {
    let refused: TokenRefused | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const accessToken = await this.accessToken(deadline);
      try {
        return await call(accessToken);
      } catch (error) {
        if (!(error instanceof TokenRefused)) throw error;
        this.invalidate(accessToken);
        refused = error;
      }
    }
    throw new ProviderFailure('misconfigured', `${refused!.message} again after renewing it: check ${this.endpoints.credentials} and the app's permissions`, {
      provider: refused!.provider,
      providerCode: refused!.providerCode,
      providerMessage: refused!.providerMessage,
      traceId: refused!.traceId,
    });
  }

  /**
   * Drops a token the provider refused, unless a newer one already replaced it. The next token
   * comes from the app credentials, not from a refresh token issued with the refused one.
   */
  invalidate(accessToken: string): void {
    if (this.held?.token.accessToken === accessToken) this.held = undefined;
  }

  /** Puts in a token just issued elsewhere (the credential probe), so no issued token goes unused. */
  adopt(token: IssuedToken): void {
    const obtainedAt = this.clock.now();
    this.held = { token, obtainedAt, expiresAt: obtainedAt + token.expiresInSeconds * 1000 };
  }

  private renew(deadline: Deadline): Promise<Held> {
    this.pending ??= this.obtain(deadline).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async obtain(deadline: Deadline): Promise<Held> {
    const previous = this.held;
    const { refresh, refreshTokenLifeMs = 0 } = this.endpoints;
    let token: IssuedToken | undefined;
    if (refresh && previous?.token.refreshToken && this.clock.now() < previous.obtainedAt + refreshTokenLifeMs - 60_000) {
      token = await refresh(previous.token.refreshToken, deadline).catch(() => undefined);
    }
    token ??= await this.endpoints.issue(deadline);
    this.adopt(token);
    return this.held!;
  }

  /** Renew with a quarter of the life left, at most 5 minutes before expiry. */
  private renewAt(held: Held): number {
    const life = held.expiresAt - held.obtainedAt;
    return held.expiresAt - Math.min(5 * 60_000, life / 4);
  }
}
