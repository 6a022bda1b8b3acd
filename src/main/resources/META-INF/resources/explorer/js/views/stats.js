import { gql } from '../api.js';
import { echarts } from '../libs.js';
import { html, render } from '../html.js';
import { empty, enumLabel, plural } from '../format.js';
import { incidentItem } from './home.js';

const QUERY = `query IncidentsOverTime($groupBy: IncidentGrouping!, $country: String, $type: [IncidentType], $perpetrator: ID) {
  series: incidentStats(groupBy: $groupBy, country: $country, type: $type, perpetrator: $perpetrator) { key incidents killed injured }
  countries: incidentStats(groupBy: COUNTRY) { key incidents }
  types: incidentStats(groupBy: TYPE) { key incidents }
  perpetrators: incidents(first: 100) { nodes { perpetrators { entity { __typename id name } } } }
}`;
const LIST = `query IncidentsInPeriod($from: Date, $to: Date, $country: String, $type: [IncidentType], $perpetrator: ID) {
  incidents(from: $from, to: $to, country: $country, type: $type, perpetrator: $perpetrator, first: 100) {
    totalCount nodes { id title type occurredOn datePrecision killed killedAtLeast injured injuredAtLeast place { __typename id name } }
  }
}`;

const iso = (date) => date.toISOString().slice(0, 10);

/** The first and last day of a YYYY-MM month or YYYY-Www ISO week. */
export function period(key) {
  let m = key.match(/^(\d{4})-(\d{2})$/);
  if (m) {
    return { from: `${key}-01`, to: iso(new Date(Date.UTC(+m[1], +m[2], 0))) };
  }
  m = key.match(/^(\d{4})-W(\d{2})$/);
  if (m) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86400000)) };
  }
  return null;
}

/** Months between the first and last dated key, empty ones included, so that time reads left to right evenly. */
function timeline(series, groupBy) {
  const dated = series.filter((s) => s.key !== 'UNKNOWN').sort((a, b) => a.key.localeCompare(b.key));
  if (groupBy !== 'MONTH' || dated.length < 2) return dated;
  const byKey = new Map(dated.map((s) => [s.key, s]));
  const out = [];
  let [y, m] = dated[0].key.split('-').map(Number);
  const last = dated[dated.length - 1].key;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byKey.get(key) ?? { key, incidents: 0, killed: 0, injured: 0 });
    if (key === last) return out;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
}

export async function statsView(main, params) {
  const filters = {
    groupBy: params.get('by') === 'week' ? 'WEEK' : 'MONTH',
    country: params.get('country') || null,
    type: params.get('type') ? [params.get('type')] : null,
    perpetrator: params.get('perpetrator') || null,
  };
  const [data, ECharts] = await Promise.all([gql(QUERY, filters), echarts()]);
  const perpetrators = new Map();
  data.perpetrators.nodes.forEach((i) => i.perpetrators.forEach((p) => p.entity && perpetrators.set(p.entity.id, p.entity)));
  const series = timeline(data.series, filters.groupBy);
  const undated = data.series.find((s) => s.key === 'UNKNOWN');
  const option = (value, text, selected) => html`<option value="${value}" ${selected ? html`selected` : ''}>${text}</option>`;
  render(main, html`<section class="page stats-view">
    <header class="node-header"><h1>Incidents over time</h1>
      <p class="lede">Incidents per ${filters.groupBy === 'WEEK' ? 'week' : 'month'}, with the killed and injured they count (the highest figure any source reported). Select a bar to list its incidents.</p></header>
    <form class="card filter-bar" id="stats-filters" aria-label="Filter incidents">
      <label>Per <select name="by">${option('month', 'Month', filters.groupBy === 'MONTH')}${option('week', 'Week', filters.groupBy === 'WEEK')}</select></label>
      <label>Country <select name="country">${option('', 'All countries', !filters.country)}${data.countries.filter((c) => c.key !== 'UNKNOWN').map((c) => option(c.key, `${c.key} (${c.incidents})`, c.key === filters.country))}</select></label>
      <label>Type <select name="type">${option('', 'All types', !filters.type)}${data.types.map((t) => option(t.key, `${enumLabel(t.key)} (${t.incidents})`, filters.type?.[0] === t.key))}</select></label>
      <label>Perpetrator <select name="perpetrator">${option('', 'Anyone', !filters.perpetrator)}${[...perpetrators.values()].sort((a, b) => a.name.localeCompare(b.name)).map((p) => option(p.id, p.name, p.id === filters.perpetrator))}</select></label>
    </form>
    ${series.length ? html`<figure class="chart-figure"><div id="chart" class="chart" role="img" aria-label="Bar chart of incidents per period; the table below has the same figures."></div>
      <figcaption>${plural(series.reduce((n, s) => n + Number(s.incidents), 0), 'dated incident', 'dated incidents')}${undated ? `, and ${plural(undated.incidents, 'undated one', 'undated ones')} not shown` : ''}.</figcaption></figure>
      <section class="card" id="period" aria-live="polite"><h2>Incidents in a period</h2>${empty('Select a bar, or a period in the table, to list its incidents.')}</section>
      <details class="card"><summary>Figures as a table</summary><table class="data"><thead><tr><th scope="col">Period</th><th scope="col">Incidents</th><th scope="col">Killed</th><th scope="col">Injured</th></tr></thead>
        <tbody>${series.map((s) => html`<tr><th scope="row"><button type="button" class="linklike" data-period="${s.key}">${s.key}</button></th><td>${s.incidents}</td><td>${s.killed}</td><td>${s.injured}</td></tr>`)}</tbody></table></details>`
      : empty('No dated incidents match these filters. Choose fewer filters.')}
  </section>`);
  const form = main.querySelector('#stats-filters');
  form.addEventListener('change', () => {
    const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    location.hash = `#/stats?${query}`;
  });
  if (!series.length) return null;
  const showPeriod = async (key) => {
    const range = period(key);
    if (!range) return;
    const { incidents } = await gql(LIST, { ...range, country: filters.country, type: filters.type, perpetrator: filters.perpetrator });
    render(main.querySelector('#period'), html`<h2>Incidents in ${key} <span class="count">${incidents.totalCount}</span></h2>
      ${incidents.nodes.length ? html`<ul class="list">${incidents.nodes.map(incidentItem)}</ul>` : empty('None.')}`);
  };
  main.querySelectorAll('[data-period]').forEach((b) => b.addEventListener('click', () => showPeriod(b.dataset.period)));
  const chart = ECharts.init(main.querySelector('#chart'), null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    color: ['#1d3557', '#d62839', '#f4a261'],
    textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' },
    // Tooltips drawn on the canvas: HTML tooltips would need inline styles, which the page's policy forbids.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: series.map((s) => s.key) },
    yAxis: [{ type: 'value', name: 'Incidents', minInterval: 1 }, { type: 'value', name: 'People', minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: 'Incidents', type: 'bar', data: series.map((s) => Number(s.incidents)), barMaxWidth: 40 },
      { name: 'Killed', type: 'line', yAxisIndex: 1, data: series.map((s) => Number(s.killed)), symbolSize: 7 },
      { name: 'Injured', type: 'line', yAxisIndex: 1, data: series.map((s) => Number(s.injured)), symbolSize: 7 },
    ],
  });
  chart.on('click', (event) => showPeriod(series[event.dataIndex].key));
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => { window.removeEventListener('resize', resize); chart.dispose(); };
}
