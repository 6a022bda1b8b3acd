// Safe HTML building: every interpolated value is escaped unless it is already markup made by html``.
export class Markup {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

export const esc = (value) => String(value ?? '').replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const part = (value) => {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return esc(value);
};

export function html(strings, ...values) {
  let out = '';
  strings.forEach((s, i) => { out += s + (i < values.length ? part(values[i]) : ''); });
  return new Markup(out);
}

export const trusted = (text) => new Markup(text);

/** Replaces the element's content and returns it. */
export function render(element, markup) {
  element.innerHTML = String(markup);
  return element;
}
