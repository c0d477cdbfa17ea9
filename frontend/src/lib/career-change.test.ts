import { describe, expect, it } from 'vitest';
import { careerChange } from './career-change';

describe('careerChange', () => {
  it('calls another company a new position', () => {
    expect(careerChange({ title: 'Engineer', company: 'Acme' }, { title: 'CTO', company: 'Globex' })?.summary).toBe(
      'started a new position as CTO at Globex',
    );
  });
  it('calls a new title at the same company a promotion, whatever the case', () => {
    expect(careerChange({ title: 'Engineer', company: 'Acme' }, { title: 'Staff Engineer', company: 'ACME' })).toEqual({
      kind: 'PROMOTION',
      summary: 'was promoted to Staff Engineer at ACME',
    });
  });
  it('sees nothing to announce when neither changes, or the company is cleared', () => {
    expect(careerChange({ title: 'Engineer', company: 'Acme' }, { title: 'engineer', company: 'acme' })).toBeNull();
    expect(careerChange({ title: 'Engineer', company: 'Acme' }, { title: 'Engineer', company: '' })).toBeNull();
  });
});
