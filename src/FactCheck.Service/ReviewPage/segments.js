// Splits a text into runs for highlighting. Spans may overlap (two rules on one name, a flag inside another's related
// mention), so the text is cut at every span boundary and each run lists the spans covering it. Offsets are UTF-16
// code units, the unit of JavaScript strings, so they index the text directly.

/**
 * spans: [{ start, end, key }] (end exclusive). Returns [{ start, end, keys }] covering 0..length in order; runs that no
 * span covers have keys = []. Out-of-range spans are clipped; empty ones are ignored. O((n + m) log m).
 */
export function segment(length, spans) {
  const events = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(length, span.start));
    const end = Math.max(0, Math.min(length, span.end));
    if (end > start) {
      events.push({ at: start, open: true, key: span.key });
      events.push({ at: end, open: false, key: span.key });
    }
  }
  // Closings before openings at the same offset, so adjacent spans do not share a run.
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));

  const runs = [];
  const active = new Map();
  let position = 0;
  for (const event of events) {
    if (event.at > position) {
      runs.push({ start: position, end: event.at, keys: [...active.keys()] });
      position = event.at;
    }
    if (event.open) {
      active.set(event.key, (active.get(event.key) ?? 0) + 1);
    } else {
      const count = active.get(event.key) - 1;
      if (count > 0) active.set(event.key, count); else active.delete(event.key);
    }
  }
  if (position < length) runs.push({ start: position, end: length, keys: [] });
  return runs;
}
