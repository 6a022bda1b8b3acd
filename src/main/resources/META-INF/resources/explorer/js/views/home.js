import { gql } from '../api.js';
import { html, render } from '../html.js';
import { onLiveEvent } from '../live.js';
import { casualties, empty, entityLink, enumLabel, formatDate, nodeHref, shorten } from '../format.js';

const QUERY = `query Overview {
  articles(first: 8) { totalCount nodes { id headline publishedOn dateline { __typename id name } source { __typename id name } } }
  incidents(first: 6) { totalCount nodes { id title type occurredOn datePrecision killed killedAtLeast injured injuredAtLeast place { __typename id name } } }
  statements(first: 4) { totalCount nodes { id kind text saidOn speaker { __typename id name } } }
  people(first: 1) { totalCount }
  organizations(first: 1) { totalCount }
  places(first: 1) { totalCount }
}`;

export const articleItem = (a) => html`<li class="item">
  <a class="item-title" href="${nodeHref(a.id)}">${a.headline}</a>
  <span class="meta">${formatDate(a.publishedOn) || 'undated'}${a.dateline ? html` · ${entityLink(a.dateline)}` : ''}${a.source ? html` · ${entityLink(a.source)}` : ''}</span>
</li>`;

export const incidentItem = (i) => html`<li class="item">
  <a class="item-title" href="${nodeHref(i.id)}">${i.title}</a>
  <span class="meta"><span class="badge incident">${enumLabel(i.type)}</span> ${formatDate(i.occurredOn, i.datePrecision)}${i.place ? html` · ${entityLink(i.place)}` : ''}${casualties(i) ? html` · <strong>${casualties(i)}</strong>` : ''}</span>
</li>`;

export const statementItem = (s) => html`<li class="item quote-item">
  <a class="quote" href="${nodeHref(s.id)}">${s.kind === 'REPORTED' ? shorten(s.text, 160) : html`“${shorten(s.text, 160)}”`}</a>
  <span class="meta">${s.speaker ? entityLink(s.speaker) : 'Unattributed'}${s.saidOn ? ` · ${formatDate(s.saidOn)}` : ''}</span>
</li>`;

export async function homeView(main) {
  const data = await gql(QUERY);
  const counts = [
    ['Articles', data.articles.totalCount], ['People', data.people.totalCount],
    ['Organizations', data.organizations.totalCount], ['Places', data.places.totalCount],
    ['Statements', data.statements.totalCount], ['Incidents', data.incidents.totalCount],
  ];
  render(main, html`<section class="page home">
    <div class="hero">
      <h1>Explore the news graph</h1>
      <p class="lede">Articles, the people and organizations in them, what they said, and the incidents they report, linked. Search above, or start from the latest.</p>
      <ul class="stats-strip" aria-label="What the graph holds">
        ${counts.map(([name, n]) => html`<li><strong>${n}</strong> ${name}</li>`)}
      </ul>
      <p class="actions"><a class="button" href="#/stats">Incidents over time</a> <a class="button ghost" href="#/graph">Open the graph</a> <a class="button ghost" href="#/ingest">Ingest copy</a></p>
    </div>
    <div class="columns">
      <section class="card" aria-labelledby="latest-articles">
        <h2 id="latest-articles">Latest articles</h2>
        <ul class="list" id="home-articles">${data.articles.nodes.map(articleItem)}</ul>
        ${data.articles.nodes.length ? '' : empty('No articles yet. Ingest some wire copy to start the graph.')}
      </section>
      <section class="card" aria-labelledby="latest-incidents">
        <h2 id="latest-incidents">Latest incidents</h2>
        <ul class="list" id="home-incidents">${data.incidents.nodes.map(incidentItem)}</ul>
        ${data.incidents.nodes.length ? '' : empty('No incidents reported yet.')}
      </section>
      <section class="card" aria-labelledby="latest-statements">
        <h2 id="latest-statements">Recent statements</h2>
        <ul class="list">${data.statements.nodes.map(statementItem)}</ul>
        ${data.statements.nodes.length ? '' : empty('No statements yet.')}
      </section>
    </div>
  </section>`);
  // New articles and incidents join the lists as they are stored.
  return onLiveEvent(({ kind, node }) => {
    const list = main.querySelector(kind === 'article' ? '#home-articles' : '#home-incidents');
    if (!list) return;
    const item = document.createElement('ul');
    render(item, kind === 'article' ? articleItem(node) : incidentItem(node));
    const li = item.firstElementChild;
    li.classList.add('fresh');
    list.prepend(li);
  });
}
