import type { components } from '@/api/schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** An RFC 9457 problem answered by the API (or made up here when the API could not be reached). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).title === 'string' &&
    typeof (body as Problem).status === 'number'
  );
}

export function problemFromResponse(response: Response, body: unknown): ApiError {
  if (isProblem(body)) {
    return new ApiError({ ...body, code: body.code ?? 'UNKNOWN' });
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    code: 'UNEXPECTED_RESPONSE',
    detail:
      response.status >= 500
        ? 'Rapport is having trouble right now. Please try again in a moment.'
        : `The request failed (HTTP ${response.status}).`,
  });
}

export function networkProblem(): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'NETWORK_ERROR',
    detail: 'Could not reach Rapport. Check your connection and try again.',
  });
}

/** "positions[0].title" -> "the title"; "linkUrl" -> "the link url". */
function fieldName(field: string): string {
  const last = (field.split('.').pop() ?? field).replace(/\[\d+\]/g, '');
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words ? `the ${words}` : 'a value';
}

/** A validation message as a person would say it ("size must be between 0 and 300" -> "must be at most 300 characters long"). */
function plainRule(message: string): string {
  const size = /^size must be between (\d+) and (\d+)$/.exec(message);
  if (size) return Number(size[1]) <= 1 ? `must be at most ${size[2]} characters long` : `must be ${size[1]} to ${size[2]} characters long`;
  if (/^must not be (blank|empty|null)$/.test(message)) return 'is required';
  return message;
}

/** Capitalised, ending with a full stop: every message the app shows is a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}

/**
 * The sentence to show a person for any error, in Rapport's voice: the problem's detail when
 * it is written for people, a plain sentence for what is not (a validation rule, a rate limit,
 * a failure on the server's side).
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  const { problem } = error;
  if (problem.code === 'RATE_LIMITED') {
    const wait = /try again in (\d+) seconds?/i.exec(problem.detail ?? '');
    const seconds = wait ? Number(wait[1]) : null;
    return seconds
      ? `You are going a little fast. Please wait ${seconds === 1 ? 'a second' : `${seconds} seconds`} and try again.`
      : 'You are going a little fast. Please wait a moment and try again.';
  }
  if (problem.status >= 500 && !problem.detail) return 'Something went wrong on our side. Please try again in a moment.';
  const errors = problem.errors ?? [];
  // The rule itself is said at each field (or in fieldErrors' `other`): here only where to look, never twice.
  if (problem.code === 'VALIDATION_FAILED' && errors.length > 0) {
    const names = [...new Set(errors.map((item) => fieldName(item.field)))];
    return asSentence(`Please check ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`);
  }
  return asSentence(problem.detail ?? problem.title);
}

/**
 * Spreads a problem's `errors[]` over the named form fields. A field is matched by its full name
 * or by its last dotted segment (`request.email` -> `email`); whatever matches no field is
 * returned in `other`, so it can be shown next to the form instead of being lost.
 */
export function fieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { byField, other };
  for (const { field, message } of error.problem.errors ?? []) {
    const last = field.split('.').pop() ?? field;
    const match = fields.find((name) => name === field) ?? fields.find((name) => name === last);
    if (match) {
      byField[match] = byField[match] ? `${byField[match]} ${message}` : message;
    } else {
      other.push(asSentence(field ? `${fieldName(field)} ${plainRule(message)}` : message));
    }
  }
  return { byField, other };
}
