/** Largest value a token varint may carry: 4 bytes of 7 bits (lengths, versions, minutes). */
const MAX_VARINT = 2 ** 28 - 1;

/** Appends an unsigned LEB128 varint. */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
    throw new RangeError(`varint out of range: ${value}`);
  }
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * Reads a varint at `pos`; null when it runs past the end, is longer than 4 bytes or is not
 * minimal (a trailing zero byte), so every value has exactly one encoding.
 */
export function readVarint(bytes: Uint8Array, pos: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const b = bytes[pos + i];
    if (b === undefined) return null;
    value += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) {
      if (b === 0 && i > 0) return null;
      return { value, next: pos + i + 1 };
    }
  }
  return null;
}
