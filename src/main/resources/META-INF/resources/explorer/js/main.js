import { ApiError, setToken, getToken, tokenClaims } from './api.js';
import { html, render } from './html.js';
import { connectLive, onLiveEvent, onLiveState } from './live.js';
import { nodeHref, shorten } from './format.js';
import { homeView } from './views/home.js';

const main = document.getElementById('main');
const searchInput = document.getElementById('search-input');

// The overview is part of the first load; other views load when first opened.
const view = (module, name, ...args) => async (el) => (await import(module))[name](el, ...args);

/** Routes of the hash: #/, #/search/<words>, #/n/<id>, #/graph[/<id>], #/path/<from>/<to>, #/stats, #/ingest. */
const ROUTES = [
  [/^\/?$/, 'home', () => homeView],
  [/^\/search\/(.*)$/, 'search', (m) => view('./views/search.js', 'searchView', decodeURIComponent(m[1]))],
  [/^\/n\/([^/]+)$/, 'node', (m) => view('./views/node.js', 'nodeView', decodeURIComponent(m[1]))],
  [/^\/graph(?:\/([^/]+))?$/, 'graph', (m) => view('./views/graph.js', 'graphView', m[1] && decodeURIComponent(m[1]))],
  [/^\/path\/([^/]+)\/([^/]+)$/, 'graph', (m) => view('./views/graph.js', 'pathView', decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^\/stats(?:\?(.*))?$/, 'stats', (m) => view('./views/stats.js', 'statsView', new URLSearchParams(m[1] ?? ''))],
  [/^\/ingest$/, 'ingest', () => view('./views/ingest.js', 'ingestView')],
];

let navigation = 0;
let cleanup = null;

async function route() {
  const path = location.hash.replace(/^#/, '') || '/';
  const match = ROUTES.map(([pattern, section, view]) => [path.match(pattern), section, view]).find(([m]) => m);
  const current = ++navigation;
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  document.querySelectorAll('.sections a[data-section]').forEach((a) => {
    if (match && a.dataset.section === match[1]) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  main.setAttribute('aria-busy', 'true');
  try {
    if (!match) {
      render(main, html`<section class="page"><h1>Page not found</h1><p class="empty">Nothing lives at this address. <a href="#/">Go to the overview</a>.</p></section>`);
    } else {
      render(main, html`<p class="loading" role="status">Loading…</p>`);
      const view = match[2](match[0]);
      const result = await view(main, () => current === navigation);
      if (current === navigation) cleanup = result;
    }
  } catch (error) {
    if (current === navigation) showError(error);
  } finally {
    if (current === navigation) {
      main.removeAttribute('aria-busy');
      const heading = main.querySelector('h1');
      document.title = heading ? `${heading.textContent} · Newsgraph Explorer` : 'Newsgraph Explorer';
      performance.mark('explorer-ready');
      document.documentElement.dataset.view = match ? match[1] : 'missing';
      document.documentElement.dataset.ready = String(current);
    }
  }
}

function showError(error) {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    render(main, html`<section class="page"><h1>Sign in to explore</h1>
      <p class="empty">This service asks for an access token to read the graph. Use <strong>Sign in</strong> at the top and paste your token.</p></section>`);
    openSignin();
    return;
  }
  const notFound = error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  render(main, html`<section class="page"><h1>${notFound ? 'Not found' : 'Something went wrong'}</h1>
    <p class="empty">${error.message}</p><p><a href="#/">Back to the overview</a></p></section>`);
}

// Search box: Enter searches, "/" anywhere focuses it.
document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const words = searchInput.value.trim();
  if (words) location.hash = `#/search/${encodeURIComponent(words)}`;
});
searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = main.querySelector('.results a');
    if (first) { event.preventDefault(); first.focus(); }
  }
});
document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
  }
});

// Sign-in: the token is handed to api.js, which keeps it in memory only.
const signinToggle = document.getElementById('signin-toggle');
const signinPanel = document.getElementById('signin-panel');
const tokenInput = document.getElementById('token-input');
const signout = document.getElementById('signout');

function openSignin() {
  signinPanel.hidden = false;
  signinToggle.setAttribute('aria-expanded', 'true');
  tokenInput.focus();
}
function closeSignin() {
  signinPanel.hidden = true;
  signinToggle.setAttribute('aria-expanded', 'false');
}
function showAccount() {
  const claims = getToken() ? tokenClaims() : null;
  const roles = claims?.groups?.length ? ` (${claims.groups.join(', ')})` : '';
  signinToggle.textContent = getToken() ? `Signed in${roles}` : 'Sign in';
  signout.hidden = !getToken();
}
signinToggle.addEventListener('click', () => (signinPanel.hidden ? openSignin() : closeSignin()));
signinPanel.addEventListener('submit', (event) => {
  event.preventDefault();
  setToken(tokenInput.value.trim());
  tokenInput.value = '';
  showAccount();
  closeSignin();
  signinToggle.focus();
  route();
});
signout.addEventListener('click', () => {
  setToken(null);
  showAccount();
  closeSignin();
  route();
});
signinPanel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') { closeSignin(); signinToggle.focus(); }
});

// Live: a connection indicator and a toast per new article or incident.
const liveState = document.getElementById('live-state');
const LIVE_TEXT = { connecting: 'Connecting…', live: 'Live', offline: 'Offline, retrying', refused: 'Live updates need sign-in' };
onLiveState((state) => {
  liveState.dataset.state = state;
  liveState.querySelector('.text').textContent = LIVE_TEXT[state];
});
const toasts = document.getElementById('toasts');
onLiveEvent(({ kind, node }) => {
  const toast = document.createElement('div');
  toast.className = `toast ${kind}`;
  render(toast, html`<span class="toast-kind">${kind === 'article' ? 'New article' : 'New incident'}</span>
    <a href="${nodeHref(node.id)}">${shorten(node.headline ?? node.title, 80)}</a>
    <button type="button" class="toast-close" aria-label="Dismiss">×</button>`);
  toast.querySelector('.toast-close').addEventListener('click', () => toast.remove());
  toast.querySelector('a').addEventListener('click', () => toast.remove());
  toasts.prepend(toast);
  while (toasts.children.length > 3) toasts.lastElementChild.remove();
  setTimeout(() => toast.remove(), 10000);
});

window.addEventListener('hashchange', () => {
  route().then(() => { if (!main.contains(document.activeElement)) main.focus({ preventScroll: true }); window.scrollTo(0, 0); });
});
showAccount();
route();
connectLive();
