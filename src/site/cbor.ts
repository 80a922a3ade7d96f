/**
 * A small CBOR codec (RFC 8949) for the shapes Pagefind's index files use: unsigned and negative
 * integers, byte and text strings, arrays and maps of definite length, and the simple values false,
 * true and null. Encoding is canonical (shortest argument), as Pagefind's encoder writes it, so a
 * decoded file encodes back to the same bytes. Anything else (floats, tags, indefinite lengths) is
 * refused with the offset where it stands.
 */

/** A decoded CBOR value. Maps keep their keys' order. */
export type CborValue =
  number | string | Uint8Array | boolean | null | CborValue[] | Map<CborValue, CborValue>;

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Decodes one CBOR item that fills `bytes`. `what` names the input in errors. */
export function decodeCbor(bytes: Uint8Array, what = 'the input'): CborValue {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(
      `${what}: ${why} at byte ${at}. Fix: the file is not the CBOR this codec reads.`,
    );
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) return fail(`unsupported additional information ${info}`);
    if (at + size > bytes.length) return fail('truncated argument');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at + i]!;
    if (!Number.isSafeInteger(n)) return fail('integer beyond 2^53');
    at += size;
    return n;
  };
  const item = (): CborValue => {
    if (at >= bytes.length) return fail('unexpected end');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      return fail(`unsupported simple value or float ${info}`);
    }
    const n = argument(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (at + n > bytes.length) return fail('truncated string');
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? Uint8Array.from(slice) : decoder.decode(slice);
      }
      case 4: {
        const list: CborValue[] = [];
        for (let i = 0; i < n; i++) list.push(item());
        return list;
      }
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        return fail(`unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the item`);
  return value;
}

/** Encodes a value in canonical CBOR (shortest arguments, definite lengths). */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new Error(`encodeCbor: ${n} is not an integer CBOR can carry here.`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 255);
    else if (n < 0x100000000)
      out.push((major << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
    else {
      out.push((major << 5) | 27);
      const high = Math.floor(n / 0x100000000);
      for (const v of [high, n >>> 0])
        out.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
    }
  };
  const put = (v: CborValue): void => {
    if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else if (typeof v === 'number') {
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = encoder.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const x of v) out.push(x);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) put(x);
    } else {
      head(5, v.size);
      for (const [k, x] of v) {
        put(k);
        put(x);
      }
    }
  };
  put(value);
  return Uint8Array.from(out);
}
