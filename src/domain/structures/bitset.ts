/** Sets of record positions as bit arrays: bit i of word i >>> 5 stands for position i. */
export type Bitset = Uint32Array;

/** Words (32 bits each) of a bitset over `size` positions; at least one. */
export function bitsetWords(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

export function setBit(mask: Bitset, i: number): void {
  mask[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(mask: Bitset, i: number): boolean {
  return (mask[i >>> 5]! & (1 << (i & 31))) !== 0;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(mask: Bitset): number {
  let total = 0;
  for (let w = 0; w < mask.length; w += 1) if (mask[w] !== 0) total += popcount32(mask[w]!);
  return total;
}

/** popcount(a & b) without allocating; b null means all bits. */
export function countAnd(a: Bitset, b: Bitset | null): number {
  if (b === null) return countBits(a);
  let total = 0;
  for (let w = 0; w < a.length; w += 1) {
    const x = a[w]! & b[w]!;
    if (x !== 0) total += popcount32(x);
  }
  return total;
}

/** Every position of `size` set. */
export function allBits(size: number): Bitset {
  const words = bitsetWords(size);
  const mask = new Uint32Array(words).fill(0xffffffff);
  const rest = size & 31;
  if (size === 0) mask[0] = 0;
  else if (rest !== 0) mask[words - 1] = (1 << rest) - 1;
  return mask;
}
