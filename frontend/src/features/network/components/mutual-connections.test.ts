import { describe, expect, it } from 'vitest';
import { aSummary } from '@/testing/data';
import { mutualNames } from './mutual-connections';

const a = aSummary({ displayName: 'Ada' });
const b = aSummary({ displayName: 'Bob' });
const c = aSummary({ displayName: 'Cy' });

describe('mutualNames', () => {
  it('names everyone when all are known, and summarizes the rest', () => {
    expect(mutualNames(1, [a])).toBe('Ada');
    expect(mutualNames(2, [a, b])).toBe('Ada and Bob');
    expect(mutualNames(3, [a, b, c])).toBe('Ada, Bob and Cy');
    expect(mutualNames(12, [a, b, c])).toBe('Ada, Bob and 10 others');
    expect(mutualNames(4, [a, b, c])).toBe('Ada, Bob and 2 others');
  });
});
