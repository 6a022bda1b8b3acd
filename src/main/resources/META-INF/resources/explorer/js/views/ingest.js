import { gql, getToken } from '../api.js';
import { html, render } from '../html.js';
import { markParagraph } from '../highlight.js';
import { casualties, empty, enumLabel, formatDate, nodeHref, entityLink, plural } from '../format.js';

const EXTRACT = `query Preview($text: String!) {
  extract(text: $text) {
    headline publishedOn dateBasis dateline source paragraphs
    people { name aliases roles { title organization place current } }
    organizations { name aliases kind }
    places { name aliases kind countryCode }
    statements { kind text speakerName }
    incidents { type title place date datePrecision killed killedAtLeast injured injuredAtLeast perpetrators figures { kind value atLeast reportedBy } }
  }
}`;
const INGEST = `mutation Ingest($text: String!, $feed: String) {
  ingestText(text: $text, feed: $feed) {
    status
    article { id headline }
    created { __typename id name }
    createdIncidents { id title }
  }
}`;

function draftView(d, index) {
  const entities = [
    ...d.people.map((p) => ({ ...p, __typename: 'Person' })),
    ...d.organizations.map((o) => ({ ...o, __typename: 'Organization' })),
    ...d.places.map((p) => ({ ...p, __typename: 'Place' })),
  ];
  return html`<article class="card draft" aria-labelledby="draft-${index}">
    <h2 id="draft-${index}">${d.headline}</h2>
    <p class="meta">${d.dateline ? `${d.dateline} · ` : ''}${d.publishedOn ? formatDate(d.publishedOn) : 'date not found'}${d.dateBasis ? ` (${enumLabel(d.dateBasis).toLowerCase()})` : ''}${d.source ? ` · ${d.source}` : ''}</p>
    <div class="split">
      <div class="body">${d.paragraphs.map((p) => html`<p>${markParagraph(p, entities, d.statements, { link: false })}</p>`)}</div>
      <div class="facts">
        <h3 class="sub">People</h3>${d.people.length ? html`<ul class="roles">${d.people.map((p) => html`<li><mark class="mention person">${p.name}</mark>${p.roles.map((r) => html` <span class="muted">${r.current === false ? 'former ' : ''}${r.title}${r.organization ? `, ${r.organization}` : ''}${r.place ? `, ${r.place}` : ''}</span>`)}</li>`)}</ul>` : empty('None found.')}
        <h3 class="sub">Organizations</h3>${d.organizations.length ? html`<ul class="roles">${d.organizations.map((o) => html`<li><mark class="mention org">${o.name}</mark> <span class="muted">${enumLabel(o.kind)}</span></li>`)}</ul>` : empty('None found.')}
        <h3 class="sub">Places</h3>${d.places.length ? html`<ul class="roles">${d.places.map((p) => html`<li><mark class="mention place">${p.name}</mark> <span class="muted">${enumLabel(p.kind)}${p.countryCode ? `, ${p.countryCode}` : ''}</span></li>`)}</ul>` : empty('None found.')}
        <h3 class="sub">Incidents</h3>${d.incidents.length ? html`<ul class="roles">${d.incidents.map((i) => html`<li><strong>${i.title}</strong> <span class="badge incident">${enumLabel(i.type)}</span>
          <span class="muted block">${[i.place, i.date && formatDate(i.date, i.datePrecision), casualties(i)].filter(Boolean).join(' · ')}</span>
          ${i.figures.length ? html`<ul class="figure-list">${i.figures.map((f) => html`<li>${f.atLeast ? '≥ ' : ''}<strong>${f.value}</strong> ${enumLabel(f.kind).toLowerCase()}${f.reportedBy ? ` per ${f.reportedBy}` : ''}</li>`)}</ul>` : ''}</li>`)}</ul>` : empty('None found.')}
      </div>
    </div>
  </article>`;
}

export async function ingestView(main) {
  render(main, html`<section class="page ingest-view">
    <header class="node-header"><h1>Ingest wire copy</h1>
      <p class="lede">Paste raw copy as published (one or more articles: headline, captions, body) or open a text file. Preview what the extractor finds, then store it.</p></header>
    <form id="ingest-form" class="card">
      <label for="copy">Wire copy</label>
      <textarea id="copy" name="copy" rows="12" spellcheck="false" placeholder="Paste an article here, or drop a file on this box."></textarea>
      <div class="row wrap">
        <label class="file">Or open a file <input id="copy-file" type="file" accept=".txt,.text,text/plain"></label>
        <label>Feed name <input id="feed" name="feed" type="text" placeholder="e.g. the file name"></label>
      </div>
      <div class="row">
        <button type="submit" class="button" data-action="preview">Preview</button>
        <button type="button" class="button ghost" id="ingest-button">Ingest</button>
        <span class="hint" id="ingest-hint"></span>
      </div>
    </form>
    <div id="ingest-result" aria-live="polite"></div>
    <section id="preview" aria-label="Preview"></section>
  </section>`);
  const text = main.querySelector('#copy');
  const feed = main.querySelector('#feed');
  const result = main.querySelector('#ingest-result');
  const preview = main.querySelector('#preview');
  const hint = main.querySelector('#ingest-hint');
  const showHint = () => { hint.textContent = getToken() ? '' : 'Ingesting needs an editor token: sign in first (on a development server, scripts/dev-token.sh prints one).'; };
  showHint();
  const load = (file) => file.text().then((content) => { text.value = content; if (!feed.value) feed.value = file.name; });
  main.querySelector('#copy-file').addEventListener('change', (event) => event.target.files[0] && load(event.target.files[0]));
  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', (event) => {
    if (event.dataTransfer.files.length) { event.preventDefault(); load(event.dataTransfer.files[0]); }
  });
  const failure = (error) => render(result, html`<p class="alert" role="alert">${error.message}</p>`);
  main.querySelector('#ingest-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) { render(result, html`<p class="alert" role="alert">Paste some copy first.</p>`); return; }
    render(result, html`<p class="loading">Extracting…</p>`);
    try {
      const { extract } = await gql(EXTRACT, { text: text.value });
      render(result, html`<p class="ok">${extract.length ? `Found ${plural(extract.length, 'article', 'articles')}. Nothing is stored until you ingest.` : 'No article found in this text.'}</p>`);
      render(preview, html`${extract.map(draftView)}`);
    } catch (error) { failure(error); }
  });
  main.querySelector('#ingest-button').addEventListener('click', async () => {
    showHint();
    if (!getToken()) { document.getElementById('signin-toggle').click(); return; }
    if (!text.value.trim()) { render(result, html`<p class="alert" role="alert">Paste some copy first.</p>`); return; }
    render(result, html`<p class="loading">Ingesting…</p>`);
    try {
      const { ingestText } = await gql(INGEST, { text: text.value, feed: feed.value.trim() || null });
      render(result, ingestText.length ? html`<div class="card ok-card"><h2>Stored</h2><ul class="list">${ingestText.map((o) => html`<li class="item">
        <a class="item-title" href="${nodeHref(o.article.id)}">${o.article.headline}</a>
        <span class="meta"><span class="badge soft">${enumLabel(o.status)}</span> ${o.created.length ? html`new: ${o.created.map((e, i) => html`${i ? ', ' : ''}${entityLink(e)}`)}` : 'no new entities'}${o.createdIncidents.length ? html` · ${plural(o.createdIncidents.length, 'new incident', 'new incidents')}` : ''}</span></li>`)}</ul></div>`
        : html`<p class="alert" role="alert">No article found in this text: nothing was stored.</p>`);
    } catch (error) { failure(error); }
  });
  return null;
}
