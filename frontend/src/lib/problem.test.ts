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
      other: ['The title is required.'],
    });
  });

  it('has nothing to say about errors that are not problems', () => {
    expect(fieldErrors(new Error('boom'), ['email'])).toEqual({ byField: {}, other: [] });
  });
});

describe('errorMessage', () => {
  it('prefers the detail, then the title, then a generic sentence; always a full sentence', () => {
    expect(errorMessage(new ApiError({ type: 'x', title: 'Gone', status: 410, code: 'GONE', detail: 'That post was deleted' }))).toBe(
      'That post was deleted.',
    );
    expect(errorMessage(new ApiError({ type: 'x', title: 'Gone', status: 410, code: 'GONE' }))).toBe('Gone.');
    expect(errorMessage(new TypeError('x'))).toBe('Something went wrong. Please try again.');
  });

  it('says validation problems in plain words, not as server fragments', () => {
    expect(errorMessage(validation)).toBe('Please check the email, the handle and the title.');
    const one = new ApiError({
      type: 'x',
      title: 'Invalid request',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: "Field 'note' size must be between 0 and 300.",
      errors: [{ field: 'sendInvitation.request.note', message: 'size must be between 0 and 300' }],
    });
    expect(errorMessage(one)).toBe('Please check the note.');
    expect(fieldErrors(one, []).other).toEqual(['The note must be at most 300 characters long.']);
  });

  it('turns a rate limit and a server failure into sentences of ours', () => {
    const limited = new ApiError({
      type: 'x',
      title: 'Too many requests',
      status: 429,
      code: 'RATE_LIMITED',
      detail: "Too many requests: the limit 'writes' allows 120 requests per minute. Try again in 7 seconds.",
    });
    expect(errorMessage(limited)).toBe('You are going a little fast. Please wait 7 seconds and try again.');
    expect(errorMessage(new ApiError({ type: 'x', title: 'Internal error', status: 502, code: 'BAD_GATEWAY' }))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
  });
});
