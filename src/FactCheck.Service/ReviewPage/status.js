// The page's two announcement regions: a polite status line (aria-live) and an alert for errors.
import { byId } from './dom.js';

let sequence = 0;

/** Announces a status message to screen readers and shows it. */
export function announce(message) {
  const status = byId('status');
  // Clearing first makes a repeated message ("Dismissed.") be read again.
  status.textContent = '';
  const mine = ++sequence;
  queueMicrotask(() => {
    if (mine === sequence) status.textContent = message;
  });
  clearAlert();
}

export function showAlert(message) {
  const alert = byId('alert');
  alert.textContent = message;
  alert.hidden = false;
}

export function clearAlert() {
  const alert = byId('alert');
  alert.hidden = true;
  alert.textContent = '';
}
