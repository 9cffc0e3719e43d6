import type { Clock } from '../../core/clock.js';
import type { Deadline } from '../../core/deadline.js';
import type { TokenData } from './wire.js';

/** Refresh tokens live 2 h and are single-use. */
const REFRESH_TOKEN_LIFE_MS = 2 * 60 * 60 * 1000;

interface Held {
  accessToken: string;
  refreshToken: string;
  obtainedAt: number;
  expiresAt: number;
}

export interface TokenEndpoints {
  issue(deadline: Deadline): Promise<TokenData>;
  refresh(refreshToken: string, deadline: Deadline): Promise<TokenData>;
}

/**
 * Keeps one access token per process: fetched on first use, refreshed before it expires, and
 * never fetched twice at once however many requests ask (one refresh in flight).
 */
export class LingxingTokens {
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
      return held.accessToken;
    }
    return (await this.renew(deadline)).accessToken;
  }

  /** Drops a token the gateway refused, unless a newer one already replaced it. */
  invalidate(accessToken: string): void {
    if (this.held?.accessToken === accessToken) this.held = { ...this.held, expiresAt: 0 };
  }

  private renew(deadline: Deadline): Promise<Held> {
    this.pending ??= this.obtain(deadline).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async obtain(deadline: Deadline): Promise<Held> {
    const previous = this.held;
    let data: TokenData | undefined;
    if (previous && this.clock.now() < previous.obtainedAt + REFRESH_TOKEN_LIFE_MS - 60_000) {
      data = await this.endpoints.refresh(previous.refreshToken, deadline).catch(() => undefined);
    }
    data ??= await this.endpoints.issue(deadline);
    const obtainedAt = this.clock.now();
    this.held = {
      accessToken: data.access_token,
      refreshToken: data.refresh_token,
      obtainedAt,
      expiresAt: obtainedAt + data.expires_in * 1000,
    };
    return this.held;
  }

  /** Renew with a quarter of the life left, at most 5 minutes before expiry. */
  private renewAt(held: Held): number {
    const life = held.expiresAt - held.obtainedAt;
    return held.expiresAt - Math.min(5 * 60_000, life / 4);
  }
}
