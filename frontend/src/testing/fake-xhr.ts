import { vi } from 'vitest';

type Listener = ((event: ProgressEvent) => void) | null;

/**
 * A stand-in for XMLHttpRequest that a test drives by hand: it records what was sent, then the
 * test reports upload progress, the end of the upload, and the server's answer.
 */
export class FakeXhr {
  static last: FakeXhr | null = null;

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: Listener; onload: Listener } = { onprogress: null, onload: null };
  onload: Listener = null;
  onerror: Listener = null;
  ontimeout: Listener = null;
  onabort: Listener = null;

  constructor() {
    FakeXhr.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.onabort?.(new ProgressEvent('abort'));
  }

  /** The browser says this many bytes of `total` went out. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }

  /** Every byte is out. */
  uploaded() {
    this.upload.onload?.(new ProgressEvent('load'));
  }

  /** The server answers. */
  respond(status: number, body: unknown, statusText = '') {
    this.status = status;
    this.statusText = statusText;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.(new ProgressEvent('load'));
  }

  failNetwork() {
    this.onerror?.(new ProgressEvent('error'));
  }
}

/** Replaces the global XMLHttpRequest with {@link FakeXhr} for this test. */
export function fakeXhr() {
  FakeXhr.last = null;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return {
    get last(): FakeXhr {
      if (!FakeXhr.last) throw new Error('fakeXhr: nothing was sent');
      return FakeXhr.last;
    },
  };
}
