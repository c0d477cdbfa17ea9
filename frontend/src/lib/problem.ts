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

/** The sentence to show a person for any error. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  return 'Something went wrong. Please try again.';
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
      other.push(field ? `${field}: ${message}` : message);
    }
  }
  return { byField, other };
}
