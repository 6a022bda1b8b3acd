import { html } from './html.js';

export const KINDS = {
  Person: { label: 'Person', plural: 'People', css: 'person' },
  Organization: { label: 'Organization', plural: 'Organizations', css: 'org' },
  Place: { label: 'Place', plural: 'Places', css: 'place' },
  Incident: { label: 'Incident', plural: 'Incidents', css: 'incident' },
  Statement: { label: 'Statement', plural: 'Statements', css: 'statement' },
  Article: { label: 'Article', plural: 'Articles', css: 'article' },
  Feed: { label: 'Feed', plural: 'Feeds', css: 'feed' },
};

export const nodeHref = (id) => `#/n/${encodeURIComponent(id)}`;

/** Words of an enum value: AIR_DRONE_STRIKE → "Air/drone strike". */
export function enumLabel(value) {
  if (!value) return '';
  const special = { AIR_DRONE_STRIKE: 'Air/drone strike', SHELLING_MISSILE_ATTACK: 'Shelling/missile attack', NGO: 'NGO' };
  if (special[value]) return special[value];
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people read it, at the precision it is known. */
export function formatDate(iso, precision = 'DAY') {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return `${MONTHS[m - 1]} ${y}`;
  if (precision === 'UNKNOWN') return 'date unknown';
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const label = (node) => node?.name ?? node?.headline ?? node?.title ?? node?.text ?? '(unnamed)';

export function kindBadge(typename) {
  const kind = KINDS[typename] ?? { label: typename, css: 'other' };
  return html`<span class="badge ${kind.css}">${kind.label}</span>`;
}

export function entityLink(entity) {
  if (!entity) return '';
  return html`<a class="entity ${KINDS[entity.__typename]?.css ?? ''}" href="${nodeHref(entity.id)}">${entity.name}</a>`;
}

export const shorten = (text, max = 90) => (text && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text ?? '');

export function casualties(incident) {
  const parts = [];
  if (incident.killed != null) parts.push(`${incident.killedAtLeast ? 'at least ' : ''}${incident.killed} killed`);
  if (incident.injured != null) parts.push(`${incident.injuredAtLeast ? 'at least ' : ''}${incident.injured} injured`);
  return parts.join(', ');
}

export const plural = (n, one, many) => `${n} ${Number(n) === 1 ? one : many}`;

/** An empty state that says what would be here and what to do. */
export const empty = (text) => html`<p class="empty">${text}</p>`;
