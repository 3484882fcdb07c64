import { readVarint, writeVarint } from "./varint";

/**
 * Characters common in URLs, tags and IDs, 6 bits each: a lower-case URL costs 3/4 of its
 * UTF-8 bytes (1/4 fewer base64url characters in the link). Anything else is stored as UTF-8.
 */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-._~/?=&%:+#,;@!$'()*[]{}| ^";
const INDEX = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Appends a string: varint (n << 1 | packed), then n 6-bit codes or n UTF-8 bytes. */
export function writeString(out: number[], value: string): void {
  const codes: number[] = [];
  for (const ch of value) {
    const code = INDEX.get(ch);
    if (code === undefined) {
      const utf8 = Buffer.from(value, "utf8");
      writeVarint(out, utf8.length * 2);
      for (const b of utf8) out.push(b);
      return;
    }
    codes.push(code);
  }
  writeVarint(out, codes.length * 2 + 1);
  let acc = 0;
  let bits = 0;
  for (const code of codes) {
    acc = (acc << 6) | code;
    bits += 6;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a string of at most maxChars characters; null when it is cut short, too long, not
 * valid UTF-8, or packed with a code outside the alphabet or non-zero padding bits.
 */
export function readString(bytes: Uint8Array, pos: number, maxChars: number): { value: string; next: number } | null {
  const head = readVarint(bytes, pos);
  if (!head) return null;
  const n = Math.floor(head.value / 2);
  if (head.value % 2 === 0) {
    // UTF-8: up to 4 bytes per character.
    if (n > maxChars * 4 || head.next + n > bytes.length) return null;
    let value: string;
    try {
      value = utf8Decoder.decode(bytes.subarray(head.next, head.next + n));
    } catch {
      return null;
    }
    if ([...value].length > maxChars) return null;
    return { value, next: head.next + n };
  }
  const byteLength = Math.ceil((n * 6) / 8);
  if (n > maxChars || head.next + byteLength > bytes.length) return null;
  let value = "";
  let acc = 0;
  let bits = 0;
  let p = head.next;
  for (let i = 0; i < n; i++) {
    while (bits < 6) {
      acc = ((acc << 8) | bytes[p++]) & 0xffff;
      bits += 8;
    }
    bits -= 6;
    const code = (acc >> bits) & 0x3f;
    if (code >= ALPHABET.length) return null;
    value += ALPHABET[code];
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null;
  return { value, next: p };
}
