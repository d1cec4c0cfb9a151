// Building DOM without markup strings: every piece of text goes in as a text node, so a draft that contains
// "<script>" or "<img onerror=…>" shows those characters and runs nothing. This file is the only place elements
// are made; nothing in the page parses a string as HTML (a test scans the scripts for the APIs that would).

/**
 * el('li', { className: 'x', attrs: { 'aria-label': 'y' }, dataset: { id: 'z' }, on: { click: fn } }, 'text', child)
 * Strings among the children become text nodes.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { className, attrs, dataset, on, ...properties } = props;
  if ('innerHTML' in properties || 'outerHTML' in properties) throw new Error('el() inserts text, never markup.');
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  Object.assign(node.dataset, dataset ?? {});
  for (const [event, handler] of Object.entries(on ?? {})) node.addEventListener(event, handler);
  Object.assign(node, properties);
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

export const byId = (id) => document.getElementById(id);

/** Replaces a node's children (strings become text nodes). */
export function replaceChildren(node, ...children) {
  node.replaceChildren(...children.filter((child) => child !== null && child !== undefined && child !== false));
}

export function formatDate(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const capitalize = (text) => (text ? text[0].toUpperCase() + text.slice(1) : '');
