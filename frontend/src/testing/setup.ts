import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// The app calls the API with same-origin paths ("/api/me"), as a browser allows. Node's Request,
// which jsdom does not replace, wants absolute URLs, so resolve them against the jsdom page.
const NodeRequest = globalThis.Request;
class SameOriginRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
}
globalThis.Request = SameOriginRequest as typeof Request;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
