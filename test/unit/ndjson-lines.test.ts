import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ndjsonLines } from '../../src/ndjson-lines.js';

async function read(chunks: Buffer[]) {
  const lines: string[] = [];
  let bytes = 0;
  for await (const chunk of ndjsonLines(Readable.from(chunks))) {
    lines.push(...chunk.lines);
    bytes += chunk.bytes;
  }
  return { lines, bytes };
}

describe('ndjsonLines', () => {
  it('gives every line whole, wherever the chunks cut (inside a line, inside a UTF-8 character), and every byte counted', async () => {
    const text = '{"a":"目标"}\r\n{"b":2}\n\n{"c":"\\n"}\r{"d":4}\n{"e":5}';
    const body = Buffer.from(text);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const chunks = Array.from({ length: Math.ceil(body.length / size) }, (_, i) => body.subarray(i * size, (i + 1) * size));
      // CRLF ends a line; a lone CR is JSON whitespace and stays; the last line needs no newline.
      expect(await read(chunks)).toEqual({ lines: ['{"a":"目标"}', '{"b":2}', '', '{"c":"\\n"}\r{"d":4}', '{"e":5}'], bytes: body.length });
    }
  });

  it('gives nothing for an empty body', async () => {
    expect(await read([])).toEqual({ lines: [], bytes: 0 });
  });
});
