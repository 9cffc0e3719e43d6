import { StringDecoder } from 'node:string_decoder';

/**
 * An NDJSON body's lines as its chunks arrive, each chunk's complete lines with the chunk's size in
 * bytes. A line ends at `\n` (a `\r` before it is dropped, for CRLF files); a lone `\r` is JSON
 * whitespace and stays. Split per chunk with String#split, not readline's line-by-line events: a
 * 100,000-line upload is a few hundred calls, not 100,000.
 */
export async function* ndjsonLines(body: AsyncIterable<Buffer | string>): AsyncGenerator<{ lines: string[]; bytes: number }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of body) {
    const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    rest = lines.pop()!;
    yield { lines: lines.map(withoutCarriageReturn), bytes: Buffer.byteLength(chunk) };
  }
  const last = rest + decoder.end();
  if (last !== '') yield { lines: [withoutCarriageReturn(last)], bytes: 0 };
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
