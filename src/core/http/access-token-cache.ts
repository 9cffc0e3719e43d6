import type { Clock } from '../clock.js';
import type { Deadline } from '../deadline.js';

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

  /** Drops a token the provider refused, unless a newer one already replaced it. */
  invalidate(accessToken: string): void {
    if (this.held?.token.accessToken === accessToken) this.held = { ...this.held, expiresAt: 0 };
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
    const obtainedAt = this.clock.now();
    this.held = { token, obtainedAt, expiresAt: obtainedAt + token.expiresInSeconds * 1000 };
    return this.held;
  }

  /** Renew with a quarter of the life left, at most 5 minutes before expiry. */
  private renewAt(held: Held): number {
    const life = held.expiresAt - held.obtainedAt;
    return held.expiresAt - Math.min(5 * 60_000, life / 4);
  }
}
