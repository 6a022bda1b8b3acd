import { gql } from '../api.js';
import { html, render } from '../html.js';
import { KINDS, empty, enumLabel, formatDate, nodeHref, plural } from '../format.js';

const QUERY = `query Search($text: String!) {
  search(text: $text, first: 60) {
    rank
    snippet { text highlights { start length } }
    node {
      __typename id
      ... on Article { headline publishedOn }
      ... on Person { name roles { title current organization { name } } }
      ... on Organization { name orgKind: kind }
      ... on Place { name placeKind: kind country { name } }
      ... on Statement { kind saidOn speaker { name } }
      ... on Incident { title type occurredOn datePrecision }
    }
  }
}`;

const ORDER = ['Person', 'Organization', 'Place', 'Incident', 'Statement', 'Article'];

/** The snippet with its matched ranges in <mark>. */
export function highlighted(snippet) {
  const parts = [];
  let at = 0;
  for (const { start, length } of snippet.highlights) {
    parts.push(snippet.text.slice(at, start), html`<mark>${snippet.text.slice(start, start + length)}</mark>`);
    at = start + length;
  }
  parts.push(snippet.text.slice(at));
  return html`${parts}`;
}

function title(node) {
  switch (node.__typename) {
    case 'Article': return node.headline;
    case 'Incident': return node.title;
    case 'Statement': return `${node.speaker?.name ?? 'Unattributed'}, ${enumLabel(node.kind).toLowerCase()}`;
    default: return node.name;
  }
}

function detail(node) {
  switch (node.__typename) {
    case 'Article': return formatDate(node.publishedOn) || 'undated';
    case 'Person': {
      const role = node.roles.find((r) => r.current !== false) ?? node.roles[0];
      return role ? `${role.title}${role.organization ? `, ${role.organization.name}` : ''}` : '';
    }
    case 'Organization': return enumLabel(node.orgKind);
    case 'Place': return [enumLabel(node.placeKind), node.country && node.country.name !== node.name ? node.country.name : ''].filter(Boolean).join(', ');
    case 'Statement': return formatDate(node.saidOn);
    case 'Incident': return [enumLabel(node.type), formatDate(node.occurredOn, node.datePrecision)].filter(Boolean).join(' · ');
    default: return '';
  }
}

export async function searchView(main, text) {
  document.getElementById('search-input').value = text;
  const data = await gql(QUERY, { text });
  const groups = ORDER.map((kind) => [kind, data.search.filter((hit) => hit.node.__typename === kind)])
    .filter(([, hits]) => hits.length);
  render(main, html`<section class="page">
    <h1>Results for “${text}”</h1>
    <p class="lede">${plural(data.search.length, 'match', 'matches')}${groups.length ? ', grouped by kind' : ''}.</p>
    ${groups.length ? html`<nav class="jump" aria-label="Result kinds"><ul>${groups.map(([kind, hits]) =>
      html`<li><a href="#/search/${encodeURIComponent(text)}" data-jump="group-${kind}">${KINDS[kind].plural} <span class="count">${hits.length}</span></a></li>`)}</ul></nav>` : ''}
    <div class="results">
      ${groups.map(([kind, hits]) => html`<section class="result-group" id="group-${kind}" aria-labelledby="h-${kind}">
        <h2 id="h-${kind}"><span class="badge ${KINDS[kind].css}">${KINDS[kind].plural}</span></h2>
        <ul class="list">${hits.map((hit) => html`<li class="item result">
          <a class="item-title" href="${nodeHref(hit.node.id)}">${title(hit.node)}</a>
          <span class="meta">${detail(hit.node)}</span>
          <p class="snippet">${highlighted(hit.snippet)}</p>
        </li>`)}</ul>
      </section>`)}
    </div>
    ${groups.length ? '' : empty('Nothing matches. Try fewer words, another spelling, or a name such as a city or an organization’s acronym.')}
  </section>`);
  main.querySelectorAll('[data-jump]').forEach((a) => a.addEventListener('click', (event) => {
    event.preventDefault();
    const target = document.getElementById(a.dataset.jump);
    target.scrollIntoView();
    target.querySelector('a')?.focus();
  }));
  // Arrow keys move between results; the search box is above the first.
  const links = [...main.querySelectorAll('.results .item-title')];
  main.querySelector('.results').addEventListener('keydown', (event) => {
    const index = links.indexOf(document.activeElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' && index < links.length - 1) { event.preventDefault(); links[index + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (index ? links[index - 1] : document.getElementById('search-input')).focus(); }
  });
}
