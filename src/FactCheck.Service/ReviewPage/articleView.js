// One article: its extracted text with every flag highlighted at its offsets, the flag panel, filters, reviews and
// the keyboard (j/k next/previous, a accept, d dismiss, Escape close). An archive flag also shows its evidence (the
// draft's claim, the archive's, the archived articles behind it) and can be dismissed as correct.
import { ApiError, getArticle, reviewFlag } from './api.js';
import { byId, el, formatDate, capitalize, replaceChildren } from './dom.js';
import { segment } from './segments.js';
import { announce, showAlert } from './status.js';

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

const state = {
  id: null,
  article: null,
  text: '',
  flags: [],
  visible: [],
  selectedId: null,
  // flag id -> the highlight elements that show it (a flag overlapped by another is cut into several runs)
  flagElements: new Map(),
  // "flagId:index" -> the elements of one related mention
  relatedElements: new Map(),
  busy: false,
};

let onErrorHandler = () => {};

export function initArticleView(onError) {
  onErrorHandler = onError;
  for (const id of ['filter-rule', 'filter-severity', 'filter-status']) {
    byId(id).addEventListener('change', () => render({ keepSelection: true }));
  }
  byId('flag-filter').addEventListener('submit', (event) => event.preventDefault());
  byId('review-form').addEventListener('submit', (event) => event.preventDefault());
  byId('flag-accept').addEventListener('click', () => review('accepted'));
  byId('flag-dismiss').addEventListener('click', () => review('dismissed'));
  byId('flag-dismiss-correct').addEventListener('click', () => review('dismissed', 'correct'));
  byId('flag-reopen').addEventListener('click', () => review('open'));
  byId('flag-close').addEventListener('click', () => closePanel());
  byId('article-text').addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-flags]');
    if (mark) select(mark.dataset.flags.split(' ')[0], { focusList: true });
  });
  document.addEventListener('keydown', onKeyDown);
}

export async function showArticleView(id) {
  const sameArticle = state.id === id;
  state.id = id;
  if (!sameArticle) {
    state.selectedId = null;
    byId('filter-rule').value = '';
    byId('filter-severity').value = '';
    byId('filter-status').value = '';
  }
  await load();
}

export function isArticleViewActive() {
  return !byId('article-view').hidden;
}

async function load() {
  const view = byId('article-view');
  view.setAttribute('aria-busy', 'true');
  try {
    const { json } = await getArticle(state.id);
    state.article = json.article;
    state.text = json.text ?? '';
    state.flags = json.flags ?? [];
    render({ keepSelection: true });
    const count = state.flags.filter((flag) => flag.status === 'open').length;
    announce(`${state.article.name}: ${capitalize(state.article.status)}, ${count} open flag${count === 1 ? '' : 's'}.`);
  } catch (error) {
    onErrorHandler(error);
  } finally {
    view.removeAttribute('aria-busy');
  }
}

function render({ keepSelection }) {
  const { article } = state;
  byId('article-heading').textContent = article.name ?? article.id;
  const counts = article.counts ?? {};
  byId('article-meta').textContent = [
    capitalize(article.status),
    `${plural(counts.error ?? 0, 'error')}, ${plural(counts.warning ?? 0, 'warning')}, ${plural(counts.info ?? 0, 'info')}`,
    `last checked ${formatDate(article.checkedAt)}`,
    article.recognizer ? `recognizer ${article.recognizer}` : null,
  ].filter(Boolean).join(' · ');
  const reason = article.reason || article.lastError;
  byId('article-reason').hidden = !reason;
  byId('article-reason').textContent = reason ? `${capitalize(article.status)}: ${reason}` : '';

  fillRuleFilter();
  state.visible = state.flags.filter(matchesFilters);
  renderText();
  renderFlagList();

  const stillVisible = state.visible.some((flag) => flag.id === state.selectedId);
  if (keepSelection && stillVisible) {
    select(state.selectedId, { scroll: false });
  } else {
    state.selectedId = null;
    byId('flag-panel').hidden = true;
  }
}

function fillRuleFilter() {
  const select = byId('filter-rule');
  const current = select.value;
  const rules = [...new Set(state.flags.map((flag) => flag.rule))].sort();
  replaceChildren(select, el('option', { value: '' }, 'All rules'), ...rules.map((rule) => el('option', { value: rule }, rule)));
  select.value = rules.includes(current) ? current : '';
}

function matchesFilters(flag) {
  const rule = byId('filter-rule').value;
  const severity = byId('filter-severity').value;
  const status = byId('filter-status').value;
  if (rule && flag.rule !== rule) return false;
  if (severity && flag.severity !== severity) return false;
  if (status === '') return flag.status !== 'resolved';
  return status === '*' || flag.status === status;
}

/** True when the span still points at the text it was reported on (a resolved flag may belong to an older version). */
function locatable(location) {
  return Number.isInteger(location.offset) && Number.isInteger(location.length) && location.length > 0
    && state.text.substr(location.offset, location.length) === location.text;
}

function renderText() {
  const spans = [];
  for (const flag of state.visible) {
    if (locatable(flag)) spans.push({ start: flag.offset, end: flag.offset + flag.length, key: `f:${flag.id}` });
    (flag.related ?? []).forEach((related, index) => {
      if (locatable(related)) spans.push({ start: related.offset, end: related.offset + related.length, key: `r:${flag.id}:${index}` });
    });
  }

  const byFlagId = new Map(state.flags.map((flag) => [flag.id, flag]));
  state.flagElements = new Map();
  state.relatedElements = new Map();
  const nodes = segment(state.text.length, spans).map((run) => {
    const piece = state.text.slice(run.start, run.end);
    if (run.keys.length === 0) return document.createTextNode(piece);

    const flagIds = run.keys.filter((key) => key.startsWith('f:')).map((key) => key.slice(2))
      .sort((a, b) => SEVERITY_RANK[byFlagId.get(b).severity] - SEVERITY_RANK[byFlagId.get(a).severity]);
    const relatedKeys = run.keys.filter((key) => key.startsWith('r:')).map((key) => key.slice(2));
    let node;
    if (flagIds.length > 0) {
      const top = byFlagId.get(flagIds[0]);
      node = el('mark', { className: `flag sev-${top.severity} status-${top.status}`, dataset: { flags: flagIds.join(' ') } }, piece);
      for (const id of flagIds) {
        if (!state.flagElements.has(id)) {
          state.flagElements.set(id, []);
          if (!node.id) node.id = `flag-${id}`;
        }
        state.flagElements.get(id).push(node);
      }
    } else {
      node = el('span', { className: 'related' }, piece);
    }
    for (const key of relatedKeys) {
      if (!state.relatedElements.has(key)) state.relatedElements.set(key, []);
      state.relatedElements.get(key).push(node);
    }
    if (relatedKeys.length > 0) node.dataset.related = relatedKeys.join(' ');
    return node;
  });
  replaceChildren(byId('article-text'), ...nodes);
}

function renderFlagList() {
  const items = state.visible.map((flag) => el('li', {},
    el('button', {
      type: 'button',
      className: `flag-item sev-${flag.severity} status-${flag.status}`,
      dataset: { flagId: flag.id },
      on: { click: () => select(flag.id, { focusList: true }) },
    },
    el('span', { className: `badge sev-${flag.severity}` }, capitalize(flag.severity)),
    ` ${flag.rule}: “${flag.text}” (line ${flag.line}) `,
    el('span', { className: `badge status-${flag.status}` }, capitalize(flag.status)))));
  replaceChildren(byId('flag-list'), ...items);
  const hidden = state.flags.length - state.visible.length;
  byId('flag-count').textContent = `${plural(state.visible.length, 'flag')} shown` + (hidden > 0 ? `, ${hidden} hidden by the filters.` : '.');
}

function select(id, { scroll = true, focusList = false } = {}) {
  const flag = state.flags.find((candidate) => candidate.id === id);
  if (!flag) return;
  for (const node of document.querySelectorAll('#article-text .selected, #article-text .related-active, #article-text .flash')) {
    node.classList.remove('selected', 'related-active', 'flash');
  }
  for (const node of document.querySelectorAll('#flag-list [aria-current]')) node.removeAttribute('aria-current');

  if (state.selectedId !== id) byId('review-note').value = flag.note ?? '';
  state.selectedId = id;
  const marks = state.flagElements.get(id) ?? [];
  for (const node of marks) node.classList.add('selected');
  (flag.related ?? []).forEach((_, index) => {
    for (const node of state.relatedElements.get(`${id}:${index}`) ?? []) node.classList.add('related-active');
  });
  const listButton = byId('flag-list').querySelector(`button[data-flag-id="${CSS.escape(id)}"]`);
  listButton?.setAttribute('aria-current', 'true');

  fillPanel(flag, marks.length > 0);
  if (scroll && marks.length > 0) marks[0].scrollIntoView({ block: 'center' });
  if (focusList && listButton) {
    listButton.focus({ preventScroll: true });
    listButton.scrollIntoView({ block: 'nearest' });
  }
}

function fillPanel(flag, highlighted) {
  const panel = byId('flag-panel');
  panel.hidden = false;
  panel.className = `flag-panel sev-${flag.severity}`;
  byId('flag-title').textContent = `${capitalize(flag.severity)}: ${flag.rule}`;
  byId('flag-message').textContent = flag.message;
  const suggestion = byId('flag-suggestion');
  suggestion.hidden = !flag.suggestion;
  replaceChildren(suggestion, ...(flag.suggestion ? ['Suggestion: ', el('strong', {}, flag.suggestion)] : []));
  byId('flag-location').textContent = `Line ${flag.line}, column ${flag.column}: “${flag.text}”`
    + (highlighted ? '' : ' (not in the current text)');

  const related = flag.related ?? [];
  byId('flag-related-block').hidden = related.length === 0;
  replaceChildren(byId('flag-related'), ...related.map((mention, index) => el('li', {},
    el('button', {
      type: 'button',
      className: 'link-button',
      on: { click: () => jumpToRelated(flag.id, index) },
    }, `“${mention.text}”, line ${mention.line}, column ${mention.column}`))));

  fillArchive(flag.archive);

  const reviewed = (flag.reviewer ? ` by ${flag.reviewer}` : '') + (flag.reviewedAt ? ` on ${formatDate(flag.reviewedAt)}` : '');
  const reason = flag.reason === 'correct' ? ' (the draft is correct)' : '';
  byId('flag-status').textContent = `Status: ${capitalize(flag.status)}${reason}${reviewed}.` + (flag.note ? ` Note: ${flag.note}` : '');
  const dismissedAsCorrect = flag.status === 'dismissed' && flag.reason === 'correct';
  byId('flag-accept').disabled = state.busy || flag.status === 'accepted';
  byId('flag-dismiss').disabled = state.busy || (flag.status === 'dismissed' && !dismissedAsCorrect);
  byId('flag-dismiss-correct').hidden = !flag.archive;
  byId('flag-dismiss-correct').disabled = state.busy || dismissedAsCorrect;
  byId('flag-reopen').disabled = state.busy || flag.status === 'open';
}

/** An archive flag's evidence, every value as text: the draft's claim, the archive's with its dates, the articles. */
function fillArchive(archive) {
  const block = byId('flag-archive-block');
  block.hidden = !archive;
  if (!archive) {
    replaceChildren(byId('flag-archive-claims'));
    replaceChildren(byId('flag-archive-articles'));
    return;
  }

  const articles = Array.isArray(archive.articles) ? archive.articles : [];
  const dates = articles.map((article) => article.date).filter((date) => typeof date === 'string').sort();
  const span = dates.length === 0 ? '' : dates[0] === dates[dates.length - 1] ? ` (${dates[0]})` : ` (${dates[0]} to ${dates[dates.length - 1]})`;
  byId('flag-archive-summary').textContent = archive.summary ? `${capitalize(archive.summary)}.` : '';
  byId('flag-archive-summary').hidden = !archive.summary;
  replaceChildren(byId('flag-archive-claims'),
    el('dt', {}, 'This draft'),
    el('dd', { className: 'claim-draft' }, describeClaim(archive.draftClaim)),
    el('dt', {}, 'The archive'),
    el('dd', { className: 'claim-archive' }, describeClaim(archive.archiveSide) + span));
  byId('flag-archive-articles-heading').hidden = articles.length === 0;
  replaceChildren(byId('flag-archive-articles'), ...articles.map((article) => el('li', {},
    `${article.id}, ${article.date}` + (article.title && article.title !== article.id ? `: ${article.title}` : ''))));
}

/** "Mevlüt Çavuşoğlu" for a spelling; "Foreign minister (turkish) held by mevlut cavusoglu" for an office. */
function describeClaim(claim) {
  if (!claim || typeof claim.value !== 'string') return '—';
  if (claim.kind !== 'office') return `“${claim.value}”`;
  const [office, nationality] = claim.value.split('|');
  return `${capitalize(office)}${nationality ? ` (${nationality})` : ''} held by ${claim.personKey}`;
}

function jumpToRelated(flagId, index) {
  const nodes = state.relatedElements.get(`${flagId}:${index}`) ?? [];
  if (nodes.length === 0) {
    announce('That mention is not in the current text.');
    return;
  }
  const target = nodes[0];
  for (const node of nodes) node.classList.add('flash');
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
  announce(`Related mention: ${target.textContent}`);
}

function closePanel() {
  const id = state.selectedId;
  if (id === null) return;
  for (const node of document.querySelectorAll('#article-text .selected, #article-text .related-active, #article-text .flash')) {
    node.classList.remove('selected', 'related-active', 'flash');
  }
  state.selectedId = null;
  byId('flag-panel').hidden = true;
  const button = byId('flag-list').querySelector(`button[data-flag-id="${CSS.escape(id)}"]`);
  button?.removeAttribute('aria-current');
  button?.focus();
  announce('Flag closed.');
}

function move(step) {
  if (state.visible.length === 0) {
    announce('No flags to move to.');
    return;
  }
  const current = state.visible.findIndex((flag) => flag.id === state.selectedId);
  const next = current === -1
    ? (step > 0 ? 0 : state.visible.length - 1)
    : (current + step + state.visible.length) % state.visible.length;
  const flag = state.visible[next];
  select(flag.id, { focusList: true });
  announce(`Flag ${next + 1} of ${state.visible.length}: ${flag.severity} ${flag.rule}, “${flag.text}”. ${flag.message}`);
}

async function review(status, reason) {
  const flag = state.flags.find((candidate) => candidate.id === state.selectedId);
  if (!flag || state.busy) return;
  state.busy = true;
  fillPanel(flag, (state.flagElements.get(flag.id) ?? []).length > 0);
  try {
    const { json } = await reviewFlag(state.id, flag, status, byId('review-note').value.trim(), reason);
    state.flags = state.flags.map((candidate) => (candidate.id === json.id ? json : candidate));
    byId('review-note').value = json.note ?? '';
    state.busy = false;
    const order = state.visible.findIndex((candidate) => candidate.id === json.id);
    render({ keepSelection: true });
    if (state.selectedId === null && state.visible.length > 0) {
      // The filters now hide the reviewed flag: go on to the one that took its place.
      select(state.visible[Math.min(order, state.visible.length - 1)].id, { focusList: true });
    }
    const done = status === 'open' ? 'Reopened' : capitalize(status) + (reason === 'correct' ? ' as correct' : '');
    announce(`${done}: “${json.text}”.`);
  } catch (error) {
    state.busy = false;
    if (error instanceof ApiError && error.status === 412) {
      await load();
      showAlert('This flag changed since the page loaded it (another review or a new check). The article was reloaded; review it again.');
    } else {
      onErrorHandler(error);
      fillPanel(flag, (state.flagElements.get(flag.id) ?? []).length > 0);
    }
  }
}

function onKeyDown(event) {
  if (!isArticleViewActive() || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  const typing = target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if (event.key === 'Escape') {
    if (state.selectedId !== null) {
      event.preventDefault();
      closePanel();
    }
    return;
  }
  if (typing) return;
  const actions = {
    j: () => move(1),
    k: () => move(-1),
    a: () => review('accepted'),
    d: () => review('dismissed'),
  };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
