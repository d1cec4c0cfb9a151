// The review page's entry module: hash routes (#/ list, #/upload, #/article/{id}), the function key prompt, errors.
import { ApiError, setFunctionKey } from './api.js';
import { initArticleView, showArticleView } from './articleView.js';
import { byId } from './dom.js';
import { initListView, showListView } from './listView.js';
import { clearAlert, showAlert } from './status.js';
import { initUploadView } from './uploadView.js';

const VIEWS = ['key-view', 'list-view', 'upload-view', 'article-view'];
let firstRoute = true;

function showView(id, title) {
  for (const view of VIEWS) byId(view).hidden = view !== id;
  document.title = `${title} · FactCheck review`;
  for (const [link, view] of [['nav-articles', 'list-view'], ['nav-upload', 'upload-view']]) {
    if (view === id) byId(link).setAttribute('aria-current', 'page'); else byId(link).removeAttribute('aria-current');
  }
  if (!firstRoute) {
    // Moving focus to the new view's heading tells screen reader users the page changed.
    const heading = byId(id).querySelector('h1');
    heading.tabIndex = -1;
    heading.focus();
  }
  firstRoute = false;
}

function onError(error) {
  if (error instanceof ApiError && error.status === 401) {
    showView('key-view', 'Function key');
    byId('key-input').focus();
    showAlert('The API needs a function key (or the one given is wrong).');
    return;
  }
  showAlert(error.message);
}

function route() {
  clearAlert();
  const hash = location.hash || '#/';
  if (hash.startsWith('#/article/')) {
    const id = decodeURIComponent(hash.slice('#/article/'.length));
    showView('article-view', 'Article');
    return showArticleView(id);
  }
  if (hash === '#/upload') {
    showView('upload-view', 'Upload a draft');
    return undefined;
  }
  showView('list-view', 'Articles');
  return showListView(onError);
}

initListView(onError);
initArticleView(onError);
initUploadView((id) => {
  location.hash = `#/article/${encodeURIComponent(id)}`;
}, onError);
byId('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setFunctionKey(byId('key-input').value.trim());
  byId('key-input').value = '';
  route();
});
window.addEventListener('hashchange', route);
route();
