// The article list: name, status, counts by severity, last checked; filter by status; paging with the API's
// continuation tokens (kept in a stack so "Previous page" works).
import { listArticles } from './api.js';
import { byId, el, formatDate, capitalize, replaceChildren } from './dom.js';
import { announce } from './status.js';

const state = { tokens: [null], page: 0, next: null };

export function initListView(onError) {
  byId('list-status').addEventListener('change', () => resetAndLoad(onError));
  byId('list-top').addEventListener('change', () => resetAndLoad(onError));
  byId('list-refresh').addEventListener('click', () => load(onError));
  byId('list-filter').addEventListener('submit', (event) => event.preventDefault());
  byId('page-first').addEventListener('click', () => resetAndLoad(onError));
  byId('page-prev').addEventListener('click', () => {
    if (state.page > 0) {
      state.page -= 1;
      load(onError);
    }
  });
  byId('page-next').addEventListener('click', () => {
    if (state.next) {
      state.tokens[state.page + 1] = state.next;
      state.page += 1;
      load(onError);
    }
  });
}

export function showListView(onError) {
  return resetAndLoad(onError);
}

function resetAndLoad(onError) {
  state.tokens = [null];
  state.page = 0;
  return load(onError);
}

async function load(onError) {
  const table = byId('article-table');
  table.setAttribute('aria-busy', 'true');
  try {
    const { json } = await listArticles({
      status: byId('list-status').value,
      top: byId('list-top').value,
      continuationToken: state.tokens[state.page],
    });
    state.next = json.continuationToken;
    render(json.articles);
    announce(`${json.articles.length} article${json.articles.length === 1 ? '' : 's'} on page ${state.page + 1}.`);
  } catch (error) {
    onError(error);
  } finally {
    table.removeAttribute('aria-busy');
  }
}

function render(articles) {
  const rows = articles.map((article) => el('tr', { dataset: { id: article.id } },
    el('td', {}, el('a', { href: `#/article/${encodeURIComponent(article.id)}` }, article.name ?? article.id)),
    el('td', {}, el('span', { className: `badge status-${article.status}` }, capitalize(article.status)),
      article.reason ? el('span', { className: 'reason-inline' }, ` ${article.reason}`) : null),
    el('td', { className: 'num' }, String(article.counts?.error ?? 0)),
    el('td', { className: 'num' }, String(article.counts?.warning ?? 0)),
    el('td', { className: 'num' }, String(article.counts?.info ?? 0)),
    el('td', {}, el('time', { attrs: { datetime: article.checkedAt ?? undefined } }, formatDate(article.checkedAt)))));
  replaceChildren(byId('article-rows'), ...rows);
  byId('article-table').hidden = articles.length === 0 && state.page === 0;
  byId('list-empty').hidden = !(articles.length === 0 && state.page === 0);
  byId('page-first').disabled = state.page === 0;
  byId('page-prev').disabled = state.page === 0;
  byId('page-next').disabled = !state.next;
  byId('page-label').textContent = `Page ${state.page + 1}`;
}
