/**
 * HyperLogLog sketches for unique sessions and visitors (docs/adr/0008-click-pipeline.md;
 * why not a library: docs/adr/0021-hand-written-hyperloglog.md).
 * 2^10 registers (standard error ≈ 3.3 %). Serialised sparse while few registers are set
 * (3 bytes each) and dense (1 byte per register) beyond, so the many quiet hourly rows stay
 * small. Merging is a register-wise max, so hours can be summed over any range.
 */
const P = 10;
const M = 1 << P;
const SPARSE = 0;
const DENSE = 1;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/**
 * cyrb53's mixing (public domain, bryc/code) returning both 32-bit halves: well distributed
 * and about ten times cheaper than a crypto digest, which the sketches do not need.
 */
function cyrb64(value: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(M);
  }

  add(value: string): void {
    const [high, low] = cyrb64(value);
    const index = high >>> (32 - P);
    // Rank: position of the first 1 bit after the index bits (22 of `high`, then `low`).
    const rest = ((high << P) | (low >>> (32 - P))) >>> 0;
    const rank = rest === 0 ? 33 : Math.clz32(rest) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): this {
    for (let i = 0; i < M; i++) {
      if (other.registers[i] > this.registers[i]) this.registers[i] = other.registers[i];
    }
    return this;
  }

  count(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -this.registers[i];
      if (this.registers[i] === 0) zeros++;
    }
    const estimate = (ALPHA * M * M) / sum;
    // Linear counting is more accurate for small cardinalities.
    if (estimate <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(estimate);
  }

  isEmpty(): boolean {
    return this.registers.every((r) => r === 0);
  }

  serialize(): Uint8Array {
    const set: number[] = [];
    for (let i = 0; i < M; i++) if (this.registers[i] !== 0) set.push(i);
    if (set.length * 3 + 1 < M + 1) {
      const out = new Uint8Array(1 + set.length * 3);
      out[0] = SPARSE;
      set.forEach((index, k) => {
        out[1 + k * 3] = index >> 8;
        out[2 + k * 3] = index & 0xff;
        out[3 + k * 3] = this.registers[index];
      });
      return out;
    }
    const out = new Uint8Array(M + 1);
    out[0] = DENSE;
    out.set(this.registers, 1);
    return out;
  }

  static deserialize(bytes: Uint8Array | null | undefined): HyperLogLog {
    const hll = new HyperLogLog();
    if (!bytes || bytes.length === 0) return hll;
    if (bytes[0] === DENSE && bytes.length === M + 1) {
      hll.registers.set(bytes.subarray(1));
      return hll;
    }
    for (let k = 1; k + 2 < bytes.length; k += 3) {
      const index = (bytes[k] << 8) | bytes[k + 1];
      if (index < M) hll.registers[index] = bytes[k + 2];
    }
    return hll;
  }
}
