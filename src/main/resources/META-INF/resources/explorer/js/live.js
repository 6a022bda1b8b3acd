// Live updates over the service's subscriptions (graphql-transport-ws on /graphql). Payloads select scalar fields
// only; views fetch anything more through queries.
import { getToken, onTokenChange } from './api.js';

const SUBSCRIPTIONS = {
  article: 'subscription LiveArticles { articleIngested { id headline publishedOn } }',
  incident: 'subscription LiveIncidents { incidentReported { id title type occurredOn killed injured } }',
};

const listeners = new Set();
const stateListeners = new Set();
let socket = null;
let retryDelay = 1000;
let retryTimer = null;

export const onLiveEvent = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
export const onLiveState = (listener) => stateListeners.add(listener);
const setState = (state) => stateListeners.forEach((listener) => listener(state));

export function connectLive() {
  clearTimeout(retryTimer);
  if (socket) {
    socket.onclose = null;
    socket.close(1000);
  }
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = new WebSocket(url, 'graphql-transport-ws');
  socket = ws;
  setState('connecting');
  ws.onopen = () => {
    const token = getToken();
    ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { Authorization: `Bearer ${token}` } : {} }));
  };
  ws.onmessage = (message) => {
    const data = JSON.parse(message.data);
    if (data.type === 'connection_ack') {
      retryDelay = 1000;
      setState('live');
      Object.entries(SUBSCRIPTIONS).forEach(([id, query]) =>
        ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } })));
    } else if (data.type === 'ping') {
      ws.send(JSON.stringify({ type: 'pong' }));
    } else if (data.type === 'next' && data.payload?.data) {
      const kind = data.id;
      const node = data.payload.data.articleIngested ?? data.payload.data.incidentReported;
      if (node) listeners.forEach((listener) => listener({ kind, node }));
    } else if (data.type === 'error') {
      setState('refused');
    }
  };
  ws.onclose = (event) => {
    if (socket !== ws) return;
    // 4401/4403: the service wants a (better) token; wait for a sign-in instead of retrying.
    if (event.code === 4401 || event.code === 4403) {
      setState('refused');
      return;
    }
    setState('offline');
    retryTimer = setTimeout(connectLive, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  };
}

onTokenChange(() => connectLive());
