import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, fieldErrors } from './problem';

const validation = new ApiError({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  code: 'VALIDATION_FAILED',
  detail: 'Two fields are invalid.',
  errors: [
    { field: 'email', message: 'must be an email' },
    { field: 'signUp.request.handle', message: 'is taken' },
    { field: 'positions[0].title', message: 'must not be blank' },
  ],
});

describe('fieldErrors', () => {
  it('matches fields by full name or last dotted segment and keeps the rest apart', () => {
    expect(fieldErrors(validation, ['email', 'handle'])).toEqual({
      byField: { email: 'must be an email', handle: 'is taken' },
      other: ['positions[0].title: must not be blank'],
    });
  });

  it('has nothing to say about errors that are not problems', () => {
    expect(fieldErrors(new Error('boom'), ['email'])).toEqual({ byField: {}, other: [] });
  });
});

describe('errorMessage', () => {
  it('prefers the detail, then the title, then a generic sentence', () => {
    expect(errorMessage(validation)).toBe('Two fields are invalid.');
    expect(errorMessage(new ApiError({ type: 'x', title: 'Gone', status: 410, code: 'GONE' }))).toBe('Gone');
    expect(errorMessage(new TypeError('x'))).toBe('Something went wrong. Please try again.');
  });
});
