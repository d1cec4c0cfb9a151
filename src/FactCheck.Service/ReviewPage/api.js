// Calls to the FactCheck HTTP API on this origin. In Azure the API needs a function key: the page asks for it once and
// keeps it in sessionStorage (this tab only), sending it as a header, never in a URL where logs and history keep it.

const KEY_ITEM = 'factcheck.functionKey';

/** An answer other than 2xx, with the problem details' one-line reason. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
  }
}

export function setFunctionKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_ITEM, key);
  } else {
    sessionStorage.removeItem(KEY_ITEM);
  }
}

/**
 * One API call. path is relative to /api (already encoded); body may be a string, Blob or object (sent as JSON).
 * Resolves to { status, json, headers }; rejects with ApiError.
 */
export async function callApi(path, { method = 'GET', body, contentType, headers = {} } = {}) {
  const sent = { Accept: 'application/json', ...headers };
  const key = sessionStorage.getItem(KEY_ITEM);
  if (key) {
    sent['x-functions-key'] = key;
  }

  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    sent['Content-Type'] = 'application/json';
  } else if (contentType) {
    sent['Content-Type'] = contentType;
  }

  let response;
  try {
    response = await fetch(`/api/${path}`, { method, headers: sent, body: payload, cache: 'no-store', credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, `The server cannot be reached (${error.message}). Is FactCheck still running?`);
  }

  const text = await response.text();
  let json = null;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }

  if (!response.ok) {
    const detail = json && typeof json.detail === 'string'
      ? json.detail
      : `${response.status} ${response.statusText || 'error'}`;
    throw new ApiError(response.status, detail);
  }

  return { status: response.status, json, headers: response.headers };
}

export const listArticles = ({ status, top, continuationToken }) => {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (top) query.set('top', String(top));
  if (continuationToken) query.set('continuationToken', continuationToken);
  return callApi(`articles?${query}`);
};

export const getArticle = (id) => callApi(`articles/${encodeURIComponent(id)}`);

/** reason: "correct" with a dismissal of an archive flag (the draft is right: the archive takes its claim). */
export const reviewFlag = (id, flag, status, note, reason) =>
  callApi(`articles/${encodeURIComponent(id)}/flags/${encodeURIComponent(flag.id)}`, {
    method: 'PATCH',
    headers: { 'If-Match': flag.etag },
    body: reason ? { status, note: note || null, reason } : { status, note: note || null },
  });

export const uploadDraft = (name, body, contentType) =>
  callApi(`drafts?name=${encodeURIComponent(name)}`, { method: 'POST', body, contentType });
