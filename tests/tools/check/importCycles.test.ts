import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/tools/check/importCycles.ts';

describe('findCycles', () => {
  it('finds none in a graph that only goes one way', () => {
    expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('names the modules of each circle, as the old dataset ↔ recordBitsets ↔ recordOrder one', () => {
    const graph = new Map([
      ['dataset', ['recordBitsets', 'recordOrder', 'dates']],
      ['recordBitsets', ['dataset', 'recordOrder']],
      ['recordOrder', ['dataset']],
      ['dates', []],
    ]);
    expect(findCycles(graph)).toEqual([
      ['dataset', 'recordBitsets'],
      ['dataset', 'recordBitsets', 'recordOrder'],
    ]);
  });

  it('finds a module that imports itself', () => {
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a']]);
  });
});
