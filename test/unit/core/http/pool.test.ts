import { afterEach, describe, expect, it } from 'vitest';
import { baseUrlProblem, ProviderEndpoint } from '../../../../src/core/http/pool.js';

const timeouts = { connectMs: 1_000, headersMs: 1_000, bodyMs: 1_000 };

describe('ProviderEndpoint', () => {
  const opened: ProviderEndpoint[] = [];
  const endpoint = (url: string) => {
    const made = new ProviderEndpoint(url, { connections: 1, timeouts });
    opened.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((made) => made.close()));
  });

  it('keeps the base URL path, with or without a trailing slash', () => {
    for (const url of ['https://host/tenant-x', 'https://host/tenant-x/', 'https://host/tenant-x//']) {
      expect(endpoint(url).path('/common/glAccountRules/v2/batch?access_token=t')).toBe('/tenant-x/common/glAccountRules/v2/batch?access_token=t');
    }
    expect(endpoint('https://host/a/b/').path('common/x')).toBe('/a/b/common/x');
  });

  it('calls the root when the base URL has no path, and the URL itself for an empty path', () => {
    expect(endpoint('https://openapi.lingxing.com').path('/api/x')).toBe('/api/x');
    expect(endpoint('https://gw.api.taobao.com/router/rest').path('')).toBe('/router/rest');
    expect(endpoint('https://host').path('')).toBe('/');
  });

  it('refuses a base URL with a query or fragment, or that is not http(s)', () => {
    expect(baseUrlProblem('https://host/t?x=1')).toMatch(/query or fragment/);
    expect(baseUrlProblem('https://host/t#x')).toMatch(/query or fragment/);
    expect(baseUrlProblem('ftp://host')).toMatch(/http\(s\)/);
    expect(baseUrlProblem('host/t')).toMatch(/absolute/);
    expect(baseUrlProblem('https://host/t/')).toBeUndefined();
    expect(() => new ProviderEndpoint('https://host/t?x=1', { connections: 1, timeouts })).toThrow(TypeError);
  });
});
