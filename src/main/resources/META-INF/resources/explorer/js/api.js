// The explorer talks to the service only through the public GraphQL API at /graphql.
let token = null;
const tokenListeners = new Set();

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** The bearer token lives in this module only: not in the URL, not in storage. */
export function setToken(value) {
  token = value || null;
  tokenListeners.forEach((listener) => listener(token));
}
export const getToken = () => token;
export const onTokenChange = (listener) => tokenListeners.add(listener);

/** Roles and subject of the token, read from its payload for display (the server verifies it). */
export function tokenClaims() {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch {
    return null;
  }
}

export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('The service cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    const error = body.errors[0];
    throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  }
  if (!response.ok || !body) throw new ApiError(`The service answered ${response.status}.`, 'HTTP');
  return body.data;
}
