import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPosition, initials, pluralCount } from './format';

describe('format', () => {
  it('counts with thousands separators and the right plural', () => {
    expect(`${pluralCount(2988, 'connection')} · ${pluralCount(512, 'follower')}`).toBe('2,988 connections · 512 followers');
    expect(pluralCount(1, 'follower')).toBe('1 follower');
    expect(pluralCount(0, 'connection')).toBe('0 connections');
  });

  it('writes date ranges as months, open-ended ones as Present', () => {
    expect(formatDateRange('2021-03-15')).toBe('Mar 2021 – Present');
    expect(formatDateRange('2018-01-01', '2021-02-28')).toBe('Jan 2018 – Feb 2021');
  });

  it('joins title and company when both are known', () => {
    expect(formatPosition('CTO', 'Acme')).toBe('CTO at Acme');
    expect(formatPosition(null, 'Acme')).toBe('Acme');
    expect(formatPosition('', null)).toBe('');
  });

  it('takes initials of the first and last names', () => {
    expect(initials('Ada King Lovelace')).toBe('AL');
    expect(initials('plato')).toBe('P');
  });
});
