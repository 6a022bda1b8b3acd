// Marks entity names and quotes in article text: the API gives each article's mentions (entity with its names and
// aliases) and statements; their places in the text are found here.
import { html } from './html.js';
import { KINDS, nodeHref } from './format.js';

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans {start, end, entity} of every name or alias of the entities, longest names first, never overlapping. */
export function entitySpans(text, entities) {
  const terms = [];
  for (const entity of entities) {
    for (const term of new Set([entity.name, ...(entity.aliases ?? [])])) {
      if (term && term.length > 1) terms.push({ term, entity });
    }
  }
  terms.sort((a, b) => b.term.length - a.term.length);
  const taken = [];
  const spans = [];
  for (const { term, entity } of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(term)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + term.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      spans.push({ start, end, entity });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Spans {start, end, statement} of statements whose text stands in the paragraph as written. */
export function quoteSpans(text, statements) {
  const spans = [];
  for (const statement of statements) {
    const at = statement.text.length > 3 ? text.indexOf(statement.text) : -1;
    if (at >= 0 && !spans.some((s) => at < s.end && at + statement.text.length > s.start)) {
      spans.push({ start: at, end: at + statement.text.length, statement });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The paragraph as markup: quotes wrapped with their speaker, entity names linked. An entity span that would cross
 * a quote's edge is left unmarked so that the markup nests.
 */
export function markParagraph(text, entities, statements, { link = true } = {}) {
  const quotes = quoteSpans(text, statements);
  const names = entitySpans(text, entities).filter((n) =>
    !quotes.some((q) => (n.start < q.start && n.end > q.start) || (n.start < q.end && n.end > q.end)));
  const entityMarkup = (from, to) => {
    const parts = [];
    let at = from;
    for (const span of names.filter((n) => n.start >= from && n.end <= to)) {
      parts.push(text.slice(at, span.start));
      const css = KINDS[span.entity.__typename]?.css ?? '';
      const words = text.slice(span.start, span.end);
      parts.push(link && span.entity.id
        ? html`<a class="mention ${css}" href="${nodeHref(span.entity.id)}" title="${KINDS[span.entity.__typename]?.label ?? ''}: ${span.entity.name}">${words}</a>`
        : html`<mark class="mention ${css}" title="${KINDS[span.entity.__typename]?.label ?? ''}: ${span.entity.name}">${words}</mark>`);
      at = span.end;
    }
    parts.push(text.slice(at, to));
    return parts;
  };
  const parts = [];
  let at = 0;
  for (const quote of quotes) {
    parts.push(entityMarkup(at, quote.start));
    const speaker = quote.statement.speaker?.name ?? quote.statement.speakerName;
    const inner = entityMarkup(quote.start, quote.end);
    parts.push(html`<span class="said">${inner}</span>`);
    // The speaker tag links to the statement; a link inside the quote would nest links.
    const tag = speaker ?? 'statement';
    parts.push(link && quote.statement.id
      ? html`<a class="speaker-tag" href="${nodeHref(quote.statement.id)}" aria-label="Statement by ${tag}">${tag}</a>`
      : html`<span class="speaker-tag">${tag}</span>`);
    at = quote.end;
  }
  parts.push(entityMarkup(at, text.length));
  return html`${parts}`;
}
