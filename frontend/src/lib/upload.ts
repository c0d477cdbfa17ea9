import { noticeAnswer } from './api-client';
import { getAccessToken } from './auth-token';
import { networkProblem, problemFromResponse } from './problem';

/** How far an upload is: its bytes going out, then the server working on them. */
export type UploadProgress = { phase: 'sending'; sent: number; total: number } | { phase: 'processing' };

type UploadOptions = {
  /** The API path with its query, e.g. `/api/me/network-imports?fileName=…`. */
  url: string;
  body: Blob;
  contentType: string;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/**
 * Sends a file with XMLHttpRequest, the one browser API that reports upload progress (fetch
 * does not), with the same bearer token, 401 handling and problem errors as the typed client.
 * `T` is the answer's type, which the caller takes from the generated schema.
 */
export function uploadWithProgress<T>({ url, body, contentType, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const token = getAccessToken();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : body.size;
      onProgress({ phase: 'sending', sent: Math.min(event.loaded, total), total });
    };
    // Every byte is out: what is left is the server's work.
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(networkProblem());
    xhr.ontimeout = () => reject(networkProblem());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      noticeAnswer(url, xhr.status, token !== null);
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      reject(problemFromResponse(new Response(null, { status: xhr.status, statusText: xhr.statusText }), parsed));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    onProgress({ phase: 'sending', sent: 0, total: body.size });
    xhr.send(body);
  });
}
