/**
 * Compact number structures the indexes are built from: bitsets and growable number lists. Uses nothing else.
 * Other folders import from this file only.
 */
export { allBits, bitsetWords, countAnd, countBits, hasBit, setBit } from './bitset.ts';
export type { Bitset } from './bitset.ts';
export { NumberList } from './numberList.ts';
