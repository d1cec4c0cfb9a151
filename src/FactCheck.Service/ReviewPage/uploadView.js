// Upload a file or pasted text (POST /api/drafts?name=…), then wait until that version is checked and open it.
// The answer's "check" says where the check is: "done" (factcheck serve checked it inline; "status" says how it ended),
// "superseded" (a later upload of the same name came first: that one is the article now), or "pending" (the blob
// trigger, or serve's sweep after a failure, checks it), in which case the page polls the article until its content
// hash is the SHA-256 of what was sent.
import { ApiError, getArticle, uploadDraft } from './api.js';
import { byId } from './dom.js';
import { announce, showAlert } from './status.js';

const POLL_INTERVAL_MS = 1000;
const POLL_LIMIT_MS = 120000;

const TYPES = {
  text: { type: 'text/plain; charset=utf-8', extension: '.txt' },
  markdown: { type: 'text/markdown; charset=utf-8', extension: '.md' },
  html: { type: 'text/html; charset=utf-8', extension: '.html' },
};

const TYPE_BY_EXTENSION = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function initUploadView(openArticle, onError) {
  byId('upload-file').addEventListener('change', () => {
    const file = byId('upload-file').files[0];
    if (file && !byId('upload-name').value.trim()) byId('upload-name').value = file.name;
  });
  byId('upload-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = byId('upload-submit');
    if (submit.disabled) return;
    const draft = readForm();
    if (!draft) return;
    submit.disabled = true;
    try {
      const id = await upload(draft);
      byId('upload-form').reset();
      openArticle(id);
    } catch (error) {
      onError(error);
    } finally {
      submit.disabled = false;
    }
  });
}

function readForm() {
  const file = byId('upload-file').files[0];
  const text = byId('upload-text').value;
  let name = byId('upload-name').value.trim() || (file ? file.name : '');
  if (!file && text.trim().length === 0) {
    showAlert('Choose a file or paste the text of a draft.');
    byId('upload-file').focus();
    return null;
  }
  if (!name) {
    showAlert('Give the pasted text a name, for example politics/budget.md.');
    byId('upload-name').focus();
    return null;
  }
  if (file) {
    const type = file.type || TYPE_BY_EXTENSION[extensionOf(name)] || 'application/octet-stream';
    return { name, body: file, type };
  }
  const format = TYPES[byId('upload-format').value] ?? TYPES.text;
  if (!extensionOf(name)) name += format.extension;
  return { name, body: new Blob([text], { type: format.type }), type: format.type };
}

async function upload({ name, body, type }) {
  const hash = await sha256(body);
  announce(`Uploading ${name}…`);
  const { json } = await uploadDraft(name, body, type);
  if (json.check === 'done') {
    announce(`${name} ${json.status}.`);
    return json.id;
  }
  if (json.check === 'superseded') {
    announce(`A later upload of ${name} arrived before this one was checked; showing that version.`);
    return json.id;
  }
  if (json.check === 'deleted') {
    throw new Error(`${name} was deleted before it could be checked.`);
  }

  announce(`${name} uploaded; waiting for the check…`);
  const deadline = Date.now() + POLL_LIMIT_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    let article;
    try {
      ({ json: { article } } = await getArticle(json.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) continue;
      throw error;
    }
    // Without Web Crypto (plain http off loopback, where factcheck serve answers inline anyway) any finished check will do.
    const thisVersion = hash === null || article.contentHash === hash;
    if (thisVersion && (article.status === 'checked' || article.status === 'rejected')) {
      announce(`${name} ${article.status}.`);
      return json.id;
    }
    if (thisVersion && article.status === 'failed') {
      announce(`The check of ${name} failed and will be retried: ${article.lastError ?? 'no reason given'}`);
    }
  }
  throw new Error(`${name} was uploaded but is not checked after ${POLL_LIMIT_MS / 1000} s; it will appear in the list once it is.`);
}

/** The SHA-256 the server records as the article's contentHash, or null where Web Crypto is unavailable (plain http off loopback). */
async function sha256(blob) {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function extensionOf(name) {
  const match = /\.[A-Za-z0-9]+$/.exec(name.split('/').pop());
  return match ? match[0].toLowerCase() : '';
}
