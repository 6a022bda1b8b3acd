import { gql } from '../api.js';
import { cytoscape } from '../libs.js';
import { html, render } from '../html.js';
import { KINDS, empty, kindBadge, label, nodeHref, shorten } from '../format.js';

const REF = '__typename id';
const NAMED = `${REF} ... on Entity { name } ... on Article { headline } ... on Incident { title } ... on Statement { text } ... on Feed { name }`;
const NEIGHBOURS = `query Neighbours($id: ID!) {
  node(id: $id) {
    ${NAMED}
    ... on Person {
      roles { title organization { ${REF} name } place { ${REF} name } }
      statements(first: 6) { nodes { ${REF} text } }
      mentionedWith(first: 6) { person { ${REF} name } }
      articles(first: 6) { nodes { ${REF} headline } }
    }
    ... on Organization {
      members { title person { ${REF} name } }
      incidents(first: 6) { nodes { ${REF} title } }
      statements(first: 6) { nodes { ${REF} text } }
      articles(first: 6) { nodes { ${REF} headline } }
    }
    ... on Place {
      parent { ${REF} name } children { ${REF} name }
      incidents(first: 8, includeSubPlaces: false) { nodes { ${REF} title } }
      statementsMadeHere(first: 6) { nodes { ${REF} text } }
      articles(first: 6) { nodes { ${REF} headline } }
    }
    ... on Incident {
      place { ${REF} name } partOf { ${REF} title } parts { ${REF} title }
      actors { role entity { ${REF} name } }
      figures { reportedBy { ${REF} name } }
      reportedIn: articles { ${REF} headline }
    }
    ... on Article {
      source { ${REF} name } dateline { ${REF} name }
      people { ${REF} name } organizations { ${REF} name } places { ${REF} name }
      reported: incidents { ${REF} title } quoted: statements { ${REF} text }
    }
    ... on Statement {
      speaker { ${REF} name } venue { ${REF} name } about { ${REF} name } article { ${REF} headline }
    }
  }
}`;
const START = 'query GraphStart { incidents(first: 1) { nodes { id } } }';
const PATH = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { hops nodes { ${NAMED} } } }`;
const FIND = `query Find($text: String!) { search(text: $text, first: 6) { node { ${NAMED} } } }`;

/** [neighbour, link label] pairs of a node as the Neighbours query returns it. */
function neighbours(n) {
  const out = [];
  const add = (node, link) => { if (node) out.push([node, link]); };
  switch (n.__typename) {
    case 'Person':
      n.roles.forEach((r) => { add(r.organization, r.title); add(r.place, r.title); });
      n.statements.nodes.forEach((s) => add(s, 'said'));
      n.mentionedWith.forEach((c) => add(c.person, 'alongside'));
      n.articles.nodes.forEach((a) => add(a, 'mentioned in'));
      break;
    case 'Organization':
      n.members.forEach((m) => add(m.person, m.title));
      n.incidents.nodes.forEach((i) => add(i, 'perpetrator of'));
      n.statements.nodes.forEach((s) => add(s, 'said'));
      n.articles.nodes.forEach((a) => add(a, 'mentioned in'));
      break;
    case 'Place':
      add(n.parent, 'within');
      n.children.forEach((c) => add(c, 'contains'));
      n.incidents.nodes.forEach((i) => add(i, 'scene of'));
      n.statementsMadeHere.nodes.forEach((s) => add(s, 'venue of'));
      n.articles.nodes.forEach((a) => add(a, 'mentioned in'));
      break;
    case 'Incident':
      add(n.place, 'at');
      add(n.partOf, 'part of');
      n.parts.forEach((p) => add(p, 'includes'));
      n.actors.forEach((a) => add(a.entity, a.role.toLowerCase()));
      n.figures.forEach((f) => add(f.reportedBy, 'reported by'));
      n.reportedIn.forEach((a) => add(a, 'reported in'));
      break;
    case 'Article':
      add(n.source, 'source'); add(n.dateline, 'dateline');
      [...n.people, ...n.organizations, ...n.places].forEach((e) => add(e, 'mentions'));
      n.reported.forEach((i) => add(i, 'reports'));
      n.quoted.forEach((s) => add(s, 'quotes'));
      break;
    case 'Statement':
      add(n.speaker, 'speaker'); add(n.venue, 'venue'); add(n.article, 'in');
      n.about.forEach((e) => add(e, 'about'));
      break;
    default:
  }
  return out;
}

const STYLE = [
  { selector: 'node', style: { label: 'data(short)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120, width: 18, height: 18, 'background-color': '#8796a8', 'border-width': 2, 'border-color': '#ffffff' } },
  { selector: 'node.Person', style: { 'background-color': '#2563eb' } },
  { selector: 'node.Organization', style: { 'background-color': '#7c3aed', shape: 'round-rectangle' } },
  { selector: 'node.Place', style: { 'background-color': '#0f8a6f', shape: 'diamond' } },
  { selector: 'node.Incident', style: { 'background-color': '#d62839', shape: 'triangle' } },
  { selector: 'node.Statement', style: { 'background-color': '#d97706', shape: 'round-tag' } },
  { selector: 'node.Article', style: { 'background-color': '#52606d', shape: 'rectangle' } },
  { selector: 'node.center', style: { width: 28, height: 28, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  { selector: 'edge', style: { width: 1.3, 'line-color': '#c3ccd6', 'curve-style': 'bezier', 'font-size': 9, color: '#52606d', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
  // Link labels only around the selected node: all of them at once would bury the network.
  { selector: 'edge.near', style: { label: 'data(label)', width: 2, 'line-color': '#8796a8' } },
  { selector: 'edge.chain', style: { width: 3, 'line-color': '#1d3557', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1d3557' } },
  { selector: '.filtered', style: { display: 'none' } },
];

const nodeData = (n) => ({ group: 'nodes', data: { id: n.id, kind: n.__typename, name: label(n), short: shorten(label(n), 32) }, classes: n.__typename });

function pickerMarkup(role, legend, preset) {
  return html`<fieldset class="picker" data-role="${role}">
    <legend>${legend}</legend>
    <div class="row"><label class="visually-hidden" for="${role}-q">${legend}: find a node by name</label>
      <input id="${role}-q" type="search" placeholder="Name, place, headline…" autocomplete="off" value="${preset ? preset.name : ''}">
      <button type="button" class="button ghost small" data-find="${role}">Find</button></div>
    <div class="choices" role="radiogroup" aria-label="${legend}: matches">${preset ? html`<label class="choice"><input type="radio" name="${role}" value="${preset.id}" checked> ${kindBadge(preset.kind)} ${preset.name}</label>` : ''}</div>
  </fieldset>`;
}

function pathForm(preset) {
  return html`<form class="card path-form" id="path-form" aria-labelledby="path-h">
    <h2 id="path-h">Shortest path</h2>
    <p class="hint">How are two nodes connected? Find each, pick it, and draw the chain.</p>
    ${pickerMarkup('from', 'From', preset)}
    ${pickerMarkup('to', 'To', null)}
    <button type="submit" class="button">Draw path</button>
    <p class="form-error" role="alert"></p>
  </form>`;
}

function wirePathForm(main) {
  const form = main.querySelector('#path-form');
  const find = async (role) => {
    const input = form.querySelector(`#${role}-q`);
    const box = form.querySelector(`.picker[data-role="${role}"] .choices`);
    const text = input.value.trim();
    if (!text) return;
    const { search } = await gql(FIND, { text });
    render(box, search.length ? html`${search.map((hit, i) => html`<label class="choice"><input type="radio" name="${role}" value="${hit.node.id}" ${i === 0 ? html`checked` : ''}> ${kindBadge(hit.node.__typename)} ${shorten(label(hit.node), 60)}</label>`)}`
      : empty('No match.'));
  };
  form.querySelectorAll('[data-find]').forEach((b) => b.addEventListener('click', () => find(b.dataset.find)));
  form.querySelectorAll('input[type=search]').forEach((input) => input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') { event.preventDefault(); find(input.id.replace('-q', '')); }
  }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = form.querySelector('input[name=from]:checked')?.value;
    const to = form.querySelector('input[name=to]:checked')?.value;
    if (!from || !to) {
      form.querySelector('.form-error').textContent = 'Find and pick both ends first.';
      return;
    }
    location.hash = `#/path/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
  });
}

function filterMarkup() {
  return html`<fieldset class="card filters"><legend>Show</legend>
    ${['Person', 'Organization', 'Place', 'Incident', 'Statement', 'Article'].map((kind) => html`<label class="check"><input type="checkbox" value="${kind}" checked> <span class="swatch ${KINDS[kind].css}" aria-hidden="true"></span>${KINDS[kind].plural}</label>`)}
  </fieldset>`;
}

export async function graphView(main, id) {
  let start = id;
  if (!start) {
    const { incidents } = await gql(START);
    if (!incidents.nodes.length) {
      render(main, html`<section class="page"><h1>Graph</h1>${empty('The graph is empty. Ingest some wire copy first.')}</section>`);
      return null;
    }
    start = incidents.nodes[0].id;
  }
  const [{ node }, Cytoscape] = await Promise.all([gql(NEIGHBOURS, { id: start }), cytoscape()]);
  if (!node) {
    render(main, html`<section class="page"><h1>Not found</h1>${empty('Nothing in the graph has this ID.')}</section>`);
    return null;
  }
  render(main, html`<section class="page graph-view">
    <header class="node-header"><h1>Graph around ${shorten(label(node), 70)}</h1>
      <p class="lede">Select a node to expand its neighbourhood. Drag to move, scroll or pinch to zoom.</p></header>
    <div class="graph-layout">
      <div class="graph-main">
        <div id="cy" class="cy" role="img" aria-label="Network of ${label(node)} and its neighbours; the same nodes are listed below."></div>
        <section class="card" aria-labelledby="sel-h"><h2 id="sel-h">Selected</h2><div id="selected" aria-live="polite"></div></section>
        <section class="card" aria-labelledby="shown-h"><h2 id="shown-h">Nodes shown <span class="count" id="shown-count"></span></h2><ul class="node-list" id="shown"></ul></section>
      </div>
      <div class="graph-side">
        ${filterMarkup()}
        ${pathForm({ id: node.id, name: label(node), kind: node.__typename })}
      </div>
    </div>
  </section>`);
  const cy = Cytoscape({ container: main.querySelector('#cy'), style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
  const expanded = new Set();
  const hidden = new Set();
  // Shorter links on a phone, so that fitting the network to the screen keeps its labels readable.
  const narrow = main.querySelector('#cy').clientWidth < 600;
  const layout = () => cy.layout({
    name: 'cose', animate: false, randomize: false, fit: true, padding: 20, numIter: 2500, nodeOverlap: 20,
    nodeRepulsion: () => (narrow ? 4000 : 14000), idealEdgeLength: () => (narrow ? 45 : 110),
  }).run();

  const list = main.querySelector('#shown');
  const refreshList = () => {
    const nodes = cy.nodes().filter((n) => !n.hasClass('filtered'));
    main.querySelector('#shown-count').textContent = String(nodes.length);
    render(list, html`${nodes.map((n) => html`<li>${kindBadge(n.data('kind'))} <a href="${nodeHref(n.id())}">${n.data('short')}</a>
      ${expanded.has(n.id()) ? '' : html`<button type="button" class="button ghost small" data-expand="${n.id()}">Expand<span class="visually-hidden"> ${n.data('short')}</span></button>`}</li>`)}`);
  };
  const select = (id) => {
    const n = cy.getElementById(id);
    cy.nodes().unselect();
    n.select();
    cy.edges().removeClass('near');
    n.connectedEdges().addClass('near');
    render(main.querySelector('#selected'), html`<p>${kindBadge(n.data('kind'))} <strong>${n.data('name')}</strong></p>
      <p><a class="button small" href="${nodeHref(id)}">Open</a> <a class="button ghost small" href="#/graph/${encodeURIComponent(id)}">Centre graph here</a></p>`);
  };
  const expand = async (id, first = null) => {
    const data = first ?? (await gql(NEIGHBOURS, { id })).node;
    if (!data || expanded.has(id)) return;
    expanded.add(id);
    const elements = [];
    if (cy.getElementById(id).empty()) elements.push({ ...nodeData(data), position: { x: 0, y: 0 } });
    // New neighbours start on a ring around the node they hang from; the layout then untangles from there.
    const centre = cy.getElementById(id).nonempty() ? cy.getElementById(id).position() : { x: 0, y: 0 };
    const fresh = neighbours(data).filter(([n], i, all) => cy.getElementById(n.id).empty() && all.findIndex(([m]) => m.id === n.id) === i);
    fresh.forEach(([n], i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      elements.push({ ...nodeData(n), position: { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) } });
    });
    const links = new Set();
    for (const [n, link] of neighbours(data)) {
      const edgeId = `${id}>${n.id}`;
      if (!links.has(edgeId) && cy.getElementById(edgeId).empty() && cy.getElementById(`${n.id}>${id}`).empty()) {
        links.add(edgeId);
        elements.push({ group: 'edges', data: { id: edgeId, source: id, target: n.id, label: link } });
      }
    }
    cy.add(elements);
    cy.nodes().forEach((n) => n.toggleClass('filtered', hidden.has(n.data('kind'))));
    layout();
    const selected = cy.nodes(':selected');
    cy.edges().removeClass('near');
    selected.connectedEdges().addClass('near');
    refreshList();
  };
  await expand(node.id, node);
  cy.getElementById(node.id).addClass('center');
  select(node.id);
  cy.on('tap', 'node', (event) => { select(event.target.id()); expand(event.target.id()); });
  list.addEventListener('click', (event) => {
    const button = event.target.closest('[data-expand]');
    if (button) { select(button.dataset.expand); expand(button.dataset.expand); }
  });
  main.querySelectorAll('.filters input').forEach((box) => box.addEventListener('change', () => {
    if (box.checked) hidden.delete(box.value); else hidden.add(box.value);
    cy.nodes().forEach((n) => n.toggleClass('filtered', hidden.has(n.data('kind'))));
    refreshList();
  }));
  wirePathForm(main);
  return () => cy.destroy();
}

export async function pathView(main, from, to) {
  const [{ path }, Cytoscape] = await Promise.all([gql(PATH, { from, to }), cytoscape()]);
  if (!path) {
    render(main, html`<section class="page"><h1>No path found</h1>${empty('These two nodes are not connected within 6 links. Try nodes closer to each other, or open one of them in the graph.')}
      <p><a class="button" href="#/graph/${encodeURIComponent(from)}">Open the graph</a></p></section>`);
    return null;
  }
  const nodes = path.nodes;
  render(main, html`<section class="page graph-view">
    <header class="node-header"><h1>Path: ${shorten(label(nodes[0]), 40)} → ${shorten(label(nodes[nodes.length - 1]), 40)}</h1>
      <p class="lede">${path.hops} ${path.hops === 1 ? 'link' : 'links'}, the shortest chain the graph holds.</p></header>
    <div id="cy" class="cy chain" role="img" aria-label="The chain of ${nodes.length} nodes, listed below in order."></div>
    <ol class="chain-list" id="chain">${nodes.map((n) => html`<li>${kindBadge(n.__typename)} <a href="${nodeHref(n.id)}">${shorten(label(n), 90)}</a></li>`)}</ol>
    <p><a class="button ghost" href="#/graph/${encodeURIComponent(from)}">Explore around the start</a></p>
  </section>`);
  const container = main.querySelector('#cy');
  const vertical = container.clientWidth < 600;
  const step = 150;
  const cy = Cytoscape({
    container,
    style: STYLE,
    userZoomingEnabled: false,
    elements: [
      ...nodes.map((n, i) => ({ ...nodeData(n), position: vertical ? { x: (i % 2) * 110, y: i * 80 } : { x: i * step, y: (i % 2) * 60 } })),
      ...nodes.slice(1).map((n, i) => ({ group: 'edges', data: { id: `e${i}`, source: nodes[i].id, target: n.id, label: '' }, classes: 'chain' })),
    ],
    layout: { name: 'preset', fit: true, padding: 40 },
  });
  cy.on('tap', 'node', (event) => { location.hash = nodeHref(event.target.id()); });
  return () => cy.destroy();
}
