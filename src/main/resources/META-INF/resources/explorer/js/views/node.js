import { gql } from '../api.js';
import { html, render } from '../html.js';
import { drawMap } from '../map.js';
import { markParagraph } from '../highlight.js';
import {
  KINDS, casualties, empty, entityLink, enumLabel, formatDate, kindBadge, nodeHref, plural, shorten,
} from '../format.js';
import { articleItem, incidentItem } from './home.js';

// One request per view: the node with every field its view shows, one fragment per type.
const ENTITY = '__typename id name';
const INCIDENT_ROW = `id title type occurredOn datePrecision killed killedAtLeast injured injuredAtLeast place { ${ENTITY} latitude longitude }`;
const STATEMENT_ROW = `id kind text saidOn channel speaker { ${ENTITY} } about { ${ENTITY} } venue { ${ENTITY} } article { id headline publishedOn }`;
const ARTICLE_ROW = `id headline publishedOn dateline { ${ENTITY} } source { ${ENTITY} } people { id name } organizations { id name }`;
const QUERY = `query NodeView($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Article {
      headline publishedOn notBefore dateBasis dateEvidence ingestedAt paragraphs
      dateline { ${ENTITY} parent { ${ENTITY} } } source { ${ENTITY} } feeds { id name }
      photos { caption credit takenOn filePhoto }
      mentions { sentence entity { ${ENTITY} aliases } }
      quoted: statements { id kind text saidOn channel speaker { ${ENTITY} aliases } about { ${ENTITY} } }
      reported: incidents { ${INCIDENT_ROW} figures { kind value atLeast note reportedBy { ${ENTITY} } } }
    }
    ... on Person {
      name aliases
      roles { title current organization { ${ENTITY} } place { ${ENTITY} } }
      statements(first: 40) { totalCount nodes { ${STATEMENT_ROW} } }
      mentionedWith(first: 8) { articles person { ${ENTITY} } }
      articles(first: 30) { totalCount nodes { ${ARTICLE_ROW} } }
    }
    ... on Organization {
      name aliases orgKind: kind countryCode
      members { title current person { ${ENTITY} } place { ${ENTITY} } }
      statements(first: 30) { totalCount nodes { ${STATEMENT_ROW} } }
      incidents(first: 30) { totalCount nodes { ${INCIDENT_ROW} } }
      articles(first: 30) { totalCount nodes { ${ARTICLE_ROW} } }
    }
    ... on Place {
      name aliases placeKind: kind countryCode latitude longitude
      parent { ${ENTITY} parent { ${ENTITY} parent { ${ENTITY} parent { ${ENTITY} } } } }
      children { ${ENTITY} kind latitude longitude }
      incidents(first: 50) { totalCount nodes { ${INCIDENT_ROW} } }
      statementsMadeHere(first: 20) { totalCount nodes { ${STATEMENT_ROW} } }
      articles(first: 40) { totalCount nodes { ${ARTICLE_ROW} } }
    }
    ... on Incident {
      title type occurredOn datePrecision dateText killed killedAtLeast injured injuredAtLeast
      place { ${ENTITY} kind latitude longitude parent { ${ENTITY} parent { ${ENTITY} parent { ${ENTITY} } } } }
      partOf { id title } parts { id title type }
      actors { role attribution description entity { ${ENTITY} } }
      munitions { weapon quantity atLeast }
      figures { kind value atLeast note reportedBy { ${ENTITY} } }
      reportedIn: articles { id headline publishedOn source { ${ENTITY} } }
    }
    ... on Statement {
      kind text saidOn channel
      speaker { ${ENTITY} } venue { ${ENTITY} } about { ${ENTITY} }
      article { id headline publishedOn dateline { ${ENTITY} } source { ${ENTITY} } }
    }
    ... on Feed { name }
  }
}`;

// A place such as a country can be a perpetrator; asked only for places, since the argument must be an entity.
const PERPETRATED = `query Perpetrated($id: ID!) { incidents(perpetrator: $id, first: 30) { totalCount nodes { ${INCIDENT_ROW} } } }`;
const FEED_ARTICLES = `query FeedArticles($id: ID!) { articles(feed: $id, first: 100) { totalCount nodes { ${ARTICLE_ROW} } } }`;

export async function nodeView(main, id) {
  const { node } = await gql(QUERY, { id });
  if (!node) {
    render(main, html`<section class="page"><h1>Not found</h1><p class="empty">Nothing in the graph has this ID any more: it may have been merged or deleted. <a href="#/">Back to the overview</a>.</p></section>`);
    return null;
  }
  switch (node.__typename) {
    case 'Article': return articleView(main, node);
    case 'Person': case 'Organization': return actorView(main, node);
    case 'Place': return placeView(main, node);
    case 'Incident': return incidentView(main, node);
    case 'Statement': return statementView(main, node);
    case 'Feed': return feedView(main, node);
    default: render(main, html`<section class="page"><h1>${node.id}</h1></section>`); return null;
  }
}

const header = (node, title, subtitle) => html`<header class="node-header">
  <p class="eyebrow">${kindBadge(node.__typename)}</p>
  <h1>${title}</h1>
  ${subtitle ? html`<p class="lede">${subtitle}</p>` : ''}
  <p class="node-actions"><a class="button ghost small" href="#/graph/${encodeURIComponent(node.id)}">Show in graph</a></p>
</header>`;

const chips = (entities) => html`<ul class="chips">${entities.map((e) => html`<li>${entityLink(e)}</li>`)}</ul>`;

const breadcrumbs = (place) => {
  const chain = [];
  for (let p = place; p; p = p.parent) chain.unshift(p);
  return html`<nav class="breadcrumbs" aria-label="Place hierarchy"><ol>${chain.map((p, i) =>
    html`<li>${i === chain.length - 1 && p.id === place.id && place.__current ? html`<span aria-current="page">${p.name}</span>` : entityLink(p)}</li>`)}</ol></nav>`;
};

const DATE_BASIS = {
  STATED: 'stated in the copy',
  CAPTION: 'from a photo caption',
  CAPTION_AND_WEEKDAY: 'from a photo caption, confirmed by a weekday in the text',
  INGESTED: 'the day it was ingested',
  UNKNOWN: 'not pinned down by the text',
};

function figuresTable(figures) {
  if (!figures.length) return empty('No figures were reported.');
  const kinds = [...new Set(figures.map((f) => f.kind))];
  return html`<div class="figures">${kinds.map((kind) => {
    const rows = figures.filter((f) => f.kind === kind);
    const values = new Set(rows.map((f) => `${f.value}${f.atLeast ? '+' : ''}`));
    return html`<section class="figure-card" aria-label="${enumLabel(kind)}">
      <h3>${enumLabel(kind)} ${values.size > 1 ? html`<span class="badge warn">sources differ</span>` : ''}</h3>
      <table><thead><tr><th scope="col">Figure</th><th scope="col">Reported by</th></tr></thead>
      <tbody>${rows.map((f) => html`<tr><td class="num">${f.atLeast ? 'at least ' : ''}<strong>${f.value}</strong>${f.note ? html`<span class="note"> ${f.note}</span>` : ''}</td>
        <td>${f.reportedBy ? entityLink(f.reportedBy) : html`<span class="muted">the article</span>`}</td></tr>`)}</tbody></table>
    </section>`;
  })}</div>`;
}

function articleView(main, a) {
  const entities = [];
  const seen = new Set();
  for (const m of a.mentions) if (!seen.has(m.entity.id)) { seen.add(m.entity.id); entities.push(m.entity); }
  for (const s of a.quoted) if (s.speaker && !seen.has(s.speaker.id)) { seen.add(s.speaker.id); entities.push(s.speaker); }
  const byKind = (kind) => entities.filter((e) => e.__typename === kind);
  render(main, html`<article class="page article-view">
    ${header(a, a.headline)}
    <div class="split">
      <div class="body">
        <p class="byline">${a.dateline ? html`<strong>${entityLink(a.dateline)}</strong> · ` : ''}${formatDate(a.publishedOn) || 'Undated'}${a.source ? html` · ${entityLink(a.source)}` : ''}</p>
        ${a.paragraphs.map((p) => html`<p>${markParagraph(p, entities, a.quoted)}</p>`)}
        ${a.photos.length ? html`<section aria-labelledby="photos-h"><h2 id="photos-h">Photo captions</h2>
          <ul class="list">${a.photos.map((ph) => html`<li class="item"><span>${ph.caption}</span>
            <span class="meta">${[ph.credit, ph.takenOn && formatDate(ph.takenOn), ph.filePhoto && 'file photo'].filter(Boolean).join(' · ')}</span></li>`)}</ul></section>` : ''}
        <p class="legend" aria-hidden="true"><span class="mention person">person</span> <span class="mention org">organization</span> <span class="mention place">place</span> <span class="said">quoted</span></p>
      </div>
      <aside class="facts" aria-label="About this article">
        <section class="card"><h2>Facts</h2><dl>
          <dt>Published</dt><dd>${a.publishedOn ? formatDate(a.publishedOn) : a.notBefore ? `not before ${formatDate(a.notBefore)}` : 'unknown'}
            <span class="muted block">Date ${DATE_BASIS[a.dateBasis] ?? enumLabel(a.dateBasis)}${a.dateEvidence ? html`: “${a.dateEvidence}”` : ''}</span></dd>
          <dt>Dateline</dt><dd>${a.dateline ? entityLink(a.dateline) : html`<span class="muted">none</span>`}</dd>
          <dt>Source</dt><dd>${a.source ? entityLink(a.source) : html`<span class="muted">not stated</span>`}</dd>
          <dt>Feeds</dt><dd>${a.feeds.length ? chips(a.feeds.map((f) => ({ ...f, __typename: 'Feed' }))) : html`<span class="muted">none</span>`}</dd>
        </dl></section>
        ${a.reported.length ? html`<section class="card"><h2>Incidents reported</h2>${a.reported.map((i) => html`<div class="incident-brief">
          <a class="item-title" href="${nodeHref(i.id)}">${i.title}</a>
          <span class="meta"><span class="badge incident">${enumLabel(i.type)}</span> ${formatDate(i.occurredOn, i.datePrecision)}${i.place ? html` · ${entityLink(i.place)}` : ''}</span>
          ${i.figures.length ? html`<ul class="figure-list">${i.figures.map((f) => html`<li>${f.atLeast ? '≥ ' : ''}<strong>${f.value}</strong> ${enumLabel(f.kind).toLowerCase()}${f.reportedBy ? html` <span class="muted">per</span> ${entityLink(f.reportedBy)}` : ''}</li>`)}</ul>` : ''}
        </div>`)}</section>` : ''}
        ${['Person', 'Organization', 'Place'].map((kind) => byKind(kind).length ? html`<section class="card"><h2>${KINDS[kind].plural}</h2>${chips(byKind(kind))}</section>` : '')}
        ${a.quoted.length ? html`<section class="card"><h2>Statements</h2><ul class="list">${a.quoted.map((s) => html`<li class="item">
          <a href="${nodeHref(s.id)}">${s.kind === 'REPORTED' ? shorten(s.text, 120) : html`“${shorten(s.text, 120)}”`}</a>
          <span class="meta">${s.speaker ? s.speaker.name : 'Unattributed'} · ${enumLabel(s.kind).toLowerCase()}</span></li>`)}</ul></section>` : ''}
      </aside>
    </div>
  </article>`);
  return null;
}

function statementTimeline(statements) {
  if (!statements.length) return empty('No statements recorded.');
  return html`<ol class="timeline">${statements.map((s) => html`<li>
    <span class="when">${s.saidOn ? formatDate(s.saidOn) : formatDate(s.article.publishedOn) || 'undated'}</span>
    <div class="what">
      <a class="quote" href="${nodeHref(s.id)}">${s.kind === 'REPORTED' ? s.text : html`“${s.text}”`}</a>
      <span class="meta">${enumLabel(s.kind)}${s.speaker ? html` · ${entityLink(s.speaker)}` : ''}${s.channel ? ` · via ${s.channel}` : ''}${s.venue ? html` · at ${entityLink(s.venue)}` : ''}</span>
      ${s.about.length ? html`<span class="meta">About ${chips(s.about)}</span>` : ''}
      <span class="meta">In <a href="${nodeHref(s.article.id)}">${s.article.headline}</a></span>
    </div></li>`)}</ol>`;
}

/** People and organizations named in the same articles, counted over the articles listed. */
function alongside(self, articles) {
  const counts = new Map();
  for (const a of articles) {
    for (const e of [...a.people.map((p) => ({ ...p, __typename: 'Person' })), ...a.organizations.map((o) => ({ ...o, __typename: 'Organization' }))]) {
      if (e.id === self.id) continue;
      const entry = counts.get(e.id) ?? { entity: e, n: 0 };
      entry.n += 1;
      counts.set(e.id, entry);
    }
  }
  return [...counts.values()].sort((x, y) => y.n - x.n || x.entity.name.localeCompare(y.entity.name)).slice(0, 10);
}

function actorView(main, n) {
  const isPerson = n.__typename === 'Person';
  const roles = isPerson ? n.roles : n.members;
  const current = roles.filter((r) => r.current !== false);
  const former = roles.filter((r) => r.current === false);
  const roleItem = (r) => html`<li>${isPerson ? html`<strong>${r.title}</strong>` : html`${entityLink(r.person)}, <strong>${r.title}</strong>`}${
    isPerson && r.organization ? html`, ${entityLink(r.organization)}` : ''}${r.place ? html` (${entityLink(r.place)})` : ''}${r.current === null ? html` <span class="muted">(current or not: unstated)</span>` : ''}</li>`;
  const near = alongside(n, n.articles.nodes);
  const subtitle = isPerson
    ? (current[0] ? `${current[0].title}${current[0].organization ? `, ${current[0].organization.name}` : ''}` : '')
    : [enumLabel(n.orgKind), n.countryCode].filter(Boolean).join(' · ');
  render(main, html`<section class="page entity-view">
    ${header(n, n.name, subtitle)}
    ${n.aliases.length ? html`<p class="aliases">Also called: ${n.aliases.join(', ')}</p>` : ''}
    <div class="split">
      <div class="body">
        <section aria-labelledby="st-h"><h2 id="st-h">Statements <span class="count">${n.statements.totalCount}</span></h2>
          ${statementTimeline(n.statements.nodes)}</section>
        ${!isPerson ? html`<section aria-labelledby="inc-h"><h2 id="inc-h">Incidents it is a perpetrator of <span class="count">${n.incidents.totalCount}</span></h2>
          ${n.incidents.nodes.length ? html`<ul class="list">${n.incidents.nodes.map(incidentItem)}</ul>` : empty('No incidents are attributed to it.')}</section>` : ''}
        <section aria-labelledby="art-h"><h2 id="art-h">Articles <span class="count">${n.articles.totalCount}</span></h2>
          ${n.articles.nodes.length ? html`<ul class="list">${n.articles.nodes.map(articleItem)}</ul>` : empty('No article mentions it.')}</section>
      </div>
      <aside class="facts" aria-label="Roles and connections">
        <section class="card"><h2>${isPerson ? 'Roles' : 'People'}</h2>
          ${current.length ? html`<h3 class="sub">${isPerson ? 'Current or undated' : 'Current'}</h3><ul class="roles">${current.map(roleItem)}</ul>` : ''}
          ${former.length ? html`<h3 class="sub">Former</h3><ul class="roles">${former.map(roleItem)}</ul>` : ''}
          ${roles.length ? '' : empty(isPerson ? 'No roles recorded.' : 'Nobody is recorded with a role here.')}
        </section>
        <section class="card"><h2>Mentioned alongside</h2>
          ${near.length ? html`<ul class="ranked">${near.map(({ entity, n: count }) => html`<li>${entityLink(entity)} <span class="muted">${plural(count, 'article', 'articles')}</span></li>`)}</ul>
            <p class="hint">Counted over the ${plural(n.articles.nodes.length, 'latest article', 'latest articles')}.</p>` : empty('Nobody else is named in its articles.')}
        </section>
        ${isPerson && n.mentionedWith.length ? html`<section class="card"><h2>People most often alongside</h2>
          <ul class="ranked">${n.mentionedWith.map((c) => html`<li>${entityLink(c.person)} <span class="muted">${plural(c.articles, 'article', 'articles')}</span></li>`)}</ul></section>` : ''}
      </aside>
    </div>
  </section>`);
  return null;
}

async function placeView(main, p) {
  const { incidents: perpetrated } = await gql(PERPETRATED, { id: p.id });
  const filed = p.articles.nodes.filter((a) => a.dateline?.id === p.id);
  const mentioning = p.articles.nodes.filter((a) => a.dateline?.id !== p.id);
  const located = p.incidents.nodes.filter((i) => i.place?.latitude != null);
  render(main, html`<section class="page place-view">
    ${breadcrumbs({ ...p, __current: true })}
    ${header(p, p.name, [enumLabel(p.placeKind), p.countryCode].filter(Boolean).join(' · '))}
    <div class="split">
      <div class="body">
        <figure class="map-figure">
          <div class="map" id="place-map"></div>
          <figcaption>${p.name}${located.length ? `, with ${plural(located.length, 'located incident', 'located incidents')}` : ''}${p.children.length ? ` and ${plural(p.children.length, 'sub-place', 'sub-places')}` : ''}. Map: Natural Earth boundaries, offline.</figcaption>
        </figure>
        <section aria-labelledby="inc-h"><h2 id="inc-h">Incidents here and within <span class="count">${p.incidents.totalCount}</span></h2>
          ${p.incidents.nodes.length ? html`<ul class="list">${p.incidents.nodes.map(incidentItem)}</ul>` : empty('No incidents reported here.')}</section>
        ${perpetrated.totalCount ? html`<section aria-labelledby="perp-h"><h2 id="perp-h">Incidents it is a perpetrator of <span class="count">${perpetrated.totalCount}</span></h2>
          <ul class="list">${perpetrated.nodes.map(incidentItem)}</ul></section>` : ''}
        <section aria-labelledby="stm-h"><h2 id="stm-h">Statements made here <span class="count">${p.statementsMadeHere.totalCount}</span></h2>
          ${statementTimeline(p.statementsMadeHere.nodes)}</section>
      </div>
      <aside class="facts" aria-label="Around this place">
        <section class="card"><h2>Sub-places</h2>${p.children.length ? chips(p.children) : empty('No places within it are known.')}</section>
        <section class="card"><h2>Filed from here</h2>${filed.length ? html`<ul class="list">${filed.map(articleItem)}</ul>` : empty('No article carries this dateline.')}</section>
        <section class="card"><h2>Articles mentioning it <span class="count">${p.articles.totalCount}</span></h2>${mentioning.length ? html`<ul class="list">${mentioning.map(articleItem)}</ul>` : empty('No other article mentions it.')}</section>
      </aside>
    </div>
  </section>`);
  const points = [
    { lat: p.latitude, lon: p.longitude, label: p.name, kind: 'focus' },
    ...p.children.map((c) => ({ lat: c.latitude, lon: c.longitude, label: c.name, href: nodeHref(c.id), kind: 'child' })),
    ...located.map((i) => ({ lat: i.place.latitude, lon: i.place.longitude, label: `${i.title} (${formatDate(i.occurredOn, i.datePrecision)})`, href: nodeHref(i.id), kind: 'incident' })),
  ];
  return drawMap(main.querySelector('#place-map'), points);
}

async function incidentView(main, i) {
  const roles = ['PERPETRATOR', 'TARGET', 'VICTIM', 'PARTY'];
  render(main, html`<section class="page incident-view">
    ${i.place ? breadcrumbs(i.place) : ''}
    ${header(i, i.title, html`<span class="badge incident">${enumLabel(i.type)}</span> ${formatDate(i.occurredOn, i.datePrecision)}${i.dateText ? html` <span class="muted">(“${i.dateText}”)</span>` : ''}`)}
    ${casualties(i) ? html`<p class="toll"><strong>${casualties(i)}</strong> <span class="muted">highest figures reported</span></p>` : ''}
    <div class="split">
      <div class="body">
        <section aria-labelledby="fig-h"><h2 id="fig-h">Reported figures</h2>
          <p class="hint">Every figure with who reported it; differing tolls are all kept.</p>
          ${figuresTable(i.figures)}</section>
        <section aria-labelledby="actors-h"><h2 id="actors-h">Actors</h2>
          ${i.actors.length ? html`<dl class="actors">${roles.filter((r) => i.actors.some((a) => a.role === r)).map((r) => html`<dt>${enumLabel(r)}</dt>${i.actors.filter((a) => a.role === r).map((a) =>
            html`<dd>${a.entity ? entityLink(a.entity) : a.description} <span class="badge soft">${enumLabel(a.attribution).toLowerCase()}</span></dd>`)}`)}</dl>` : empty('No actors are named.')}</section>
        <section aria-labelledby="mun-h"><h2 id="mun-h">Munitions</h2>
          ${i.munitions.length ? html`<ul class="roles">${i.munitions.map((m) => html`<li>${m.atLeast ? 'at least ' : ''}<strong>${m.quantity}</strong> × ${m.weapon}</li>`)}</ul>` : empty('No weapons are named.')}</section>
        <section aria-labelledby="src-h"><h2 id="src-h">Reported in</h2>
          ${i.reportedIn.length ? html`<ul class="list">${i.reportedIn.map((a) => html`<li class="item"><a class="item-title" href="${nodeHref(a.id)}">${a.headline}</a>
            <span class="meta">${formatDate(a.publishedOn) || 'undated'}${a.source ? html` · ${entityLink(a.source)}` : ''}</span></li>`)}</ul>` : empty('No article is linked.')}</section>
      </div>
      <aside class="facts" aria-label="Where and how">
        <figure class="map-figure small"><div class="map" id="incident-map"></div>
          <figcaption>${i.place ? html`${i.place.name}${i.place.latitude == null ? ' (no coordinates known)' : ''}` : 'Place unknown'}</figcaption></figure>
        ${i.partOf ? html`<section class="card"><h2>Part of</h2><a href="${nodeHref(i.partOf.id)}">${i.partOf.title}</a></section>` : ''}
        ${i.parts.length ? html`<section class="card"><h2>Parts</h2><ul class="list">${i.parts.map((x) => html`<li class="item"><a href="${nodeHref(x.id)}">${x.title}</a> <span class="meta">${enumLabel(x.type)}</span></li>`)}</ul></section>` : ''}
        <section class="card"><h2>Date</h2><p>${formatDate(i.occurredOn, i.datePrecision) || 'unknown'} <span class="muted block">precision: ${enumLabel(i.datePrecision).toLowerCase()}</span></p></section>
      </aside>
    </div>
  </section>`);
  const place = i.place;
  return drawMap(main.querySelector('#incident-map'), place ? [{ lat: place.latitude, lon: place.longitude, label: place.name, href: nodeHref(place.id), kind: 'incident' }] : []);
}

function statementView(main, s) {
  render(main, html`<section class="page statement-view">
    ${header(s, s.speaker ? `${s.speaker.name}: ${enumLabel(s.kind).toLowerCase()}` : enumLabel(s.kind))}
    <blockquote class="big-quote"><p>${s.kind === 'REPORTED' ? s.text : html`“${s.text}”`}</p>
      <footer>${s.speaker ? entityLink(s.speaker) : 'Unattributed'}${s.saidOn ? `, ${formatDate(s.saidOn)}` : ''}${s.channel ? `, via ${s.channel}` : ''}${s.venue ? html`, at ${entityLink(s.venue)}` : ''}</footer></blockquote>
    <div class="columns">
      <section class="card"><h2>About</h2>${s.about.length ? chips(s.about) : empty('No topic was recognised.')}</section>
      <section class="card"><h2>Reported in</h2><p><a class="item-title" href="${nodeHref(s.article.id)}">${s.article.headline}</a></p>
        <p class="meta">${formatDate(s.article.publishedOn) || 'undated'}${s.article.dateline ? html` · ${entityLink(s.article.dateline)}` : ''}${s.article.source ? html` · ${entityLink(s.article.source)}` : ''}</p></section>
    </div>
  </section>`);
  return null;
}

async function feedView(main, f) {
  const { articles } = await gql(FEED_ARTICLES, { id: f.id });
  render(main, html`<section class="page">
    ${header(f, f.name, plural(articles.totalCount, 'article arrived in this feed', 'articles arrived in this feed'))}
    ${articles.nodes.length ? html`<ul class="list">${articles.nodes.map(articleItem)}</ul>` : empty('No article arrived in this feed.')}
  </section>`);
  return null;
}
