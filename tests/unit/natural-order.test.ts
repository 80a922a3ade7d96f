import { describe, expect, it } from 'vitest';
import { compareNatural, compareReferences } from '../../src/catalog/natural-order.ts';

const sorted = (items: string[]) => [...items].sort(compareNatural);

describe('compareNatural', () => {
  it('puts ISO/IEC 27002 5.15 before 8.16 and 8.16 before 8.16.1', () => {
    expect(sorted(['8.16.1', '8.16', '5.15'])).toEqual(['5.15', '8.16', '8.16.1']);
  });

  it('compares clause numbers as numbers, not as text', () => {
    expect(sorted(['5.10', '5.9', '5.1', '5.37', '5.8'])).toEqual([
      '5.1',
      '5.8',
      '5.9',
      '5.10',
      '5.37',
    ]);
  });

  it('puts LLM2 before LLM10 and LLM01 before LLM10', () => {
    expect(sorted(['LLM10', 'LLM2'])).toEqual(['LLM2', 'LLM10']);
    expect(sorted(['LLM10', 'LLM01', 'LLM09'])).toEqual(['LLM01', 'LLM09', 'LLM10']);
  });

  it('sorts annex clauses and technique ids by their numbers', () => {
    expect(sorted(['B.9.3', 'B.10.1', 'B.7.2', 'A.8'])).toEqual([
      'A.8',
      'B.7.2',
      'B.9.3',
      'B.10.1',
    ]);
    expect(sorted(['AML.T0057', 'AML.T0002', 'AML.T0015'])).toEqual([
      'AML.T0002',
      'AML.T0015',
      'AML.T0057',
    ]);
  });

  it('sorts framework names by their numbers after the shared prefix', () => {
    expect(
      sorted(['ISO/IEC 27002', 'ISO/IEC 5338', 'ISO/IEC', 'ISO/IEC TR 24029', 'ISO/IEC 42001']),
    ).toEqual(['ISO/IEC', 'ISO/IEC 5338', 'ISO/IEC 27002', 'ISO/IEC 42001', 'ISO/IEC TR 24029']);
  });

  it('ignores case first and tells equal numbers apart by their spelling, so the order is total', () => {
    expect(compareNatural('annex c', 'Annex C')).not.toBe(0);
    expect(Math.sign(compareNatural('01', '1'))).toBe(-Math.sign(compareNatural('1', '01')));
    expect(compareNatural('8.16', '8.16')).toBe(0);
  });
});

describe('compareReferences', () => {
  it('puts a reference to the framework as a whole before its clauses', () => {
    expect(['8.16', null, '5.15'].sort(compareReferences)).toEqual([null, '5.15', '8.16']);
  });
});
