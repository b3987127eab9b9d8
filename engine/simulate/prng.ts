/**
 * A small, fast, seeded pseudo-random generator for synthetic data: sfc32 (Chris Doty-Humphrey's
 * "small fast counting" generator, 128-bit state, passes PractRand to terabytes), seeded through
 * splitmix32. Deterministic across platforms: only 32-bit integer arithmetic. Never `Math.random`.
 * Not for anything secret.
 */

/** splitmix32 step: a well-mixed 32-bit value of `x` (a bijection on uint32). */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

const TWO_POW_32 = 4294967296;

/** A table for `Rng.weighted`: values and their cumulative weights. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Builds a `WeightedTable` from `[value, weight]` pairs (weights ≥ 0, not all 0). */
export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    if (!(w >= 0)) throw new RangeError(`weightedTable: weight ${w} is not ≥ 0`);
    total += w;
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('weightedTable: weights sum to 0');
  return { values: pairs.map(([v]) => v), cumulative, total };
}

/**
 * sfc32 with helpers. `new Rng(seed, stream)` gives an independent sequence per (seed, stream)
 * pair; `reseed` re-uses the object (no allocation in hot loops).
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Resets the state from a (seed, stream) pair; both are read as unsigned integers < 2^53. */
  reseed(seed: number, stream = 0): this {
    const sLo = seed >>> 0;
    const sHi = Math.floor(seed / TWO_POW_32) >>> 0;
    const tLo = stream >>> 0;
    const tHi = Math.floor(stream / TWO_POW_32) >>> 0;
    this.a = mix32(sLo ^ 0x243f6a88);
    this.b = mix32(sHi ^ mix32(tHi ^ 0x85a308d3));
    this.c = mix32(tLo ^ mix32(this.a ^ 0x13198a2e));
    this.d = 1;
    // Discard the first outputs so nearby seeds diverge.
    for (let i = 0; i < 12; i++) this.uint32();
    return this;
  }

  /** Next uniform 32-bit unsigned integer. */
  uint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number {
    return this.uint32() / TWO_POW_32;
  }

  /** Uniform in (0, 1): safe for `Math.log`. */
  nextOpen(): number {
    return (this.uint32() + 0.5) / TWO_POW_32;
  }

  /** Uniform real in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of a weighted table. */
  weighted<T>(table: WeightedTable<T>): T {
    const x = this.next() * table.total;
    const cum = table.cumulative;
    // First index whose cumulative weight exceeds x (binary search).
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cum[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return table.values[lo] as T;
  }

  /** A value in [min, max) leaning towards min (the smaller of two uniforms). */
  skewed(min: number, max: number): number {
    return min + (max - min) * Math.min(this.next(), this.next());
  }
}
