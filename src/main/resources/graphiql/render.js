// Newsgraph's configuration of the GraphiQL page at /q/graphql-ui (served instead of the one bundled with SmallRye
// GraphQL by dev.newsgraph.http.GraphiQLPage, which fills in the two paths below).
//
// - The query, its variables and the operation name are kept in the page URL, so that a query can be bookmarked or
//   shared. The Headers editor is not: what is typed there (a bearer token) never goes into the URL, where it would
//   land in the browser history, in bookmarks and in server and proxy logs, nor into local storage. A `headers`
//   parameter in a URL is ignored and removed.
// - Each request carries one Content-Type (GraphiQL sets it) and asks for application/json: every answer is then
//   HTTP 200 with the errors in the body, which GraphiQL shows, instead of 4xx statuses that the browser also logs
//   as failed requests.
const api = '__API_PATH__';
const ui = '__UI_PATH__';

const shared = ['query', 'variables', 'operationName'];
const urlParameters = new URLSearchParams(window.location.search);
const parameters = {};
shared.forEach((name) => {
    if (urlParameters.has(name)) {
        parameters[name] = urlParameters.get(name);
    }
});
if (parameters.variables) {
    try {
        parameters.variables = JSON.stringify(JSON.parse(parameters.variables), null, 2);
    } catch (e) {
        // shown as typed, so the user can fix it
    }
}
if (urlParameters.has('headers')) {
    updateURL();
}

function updateURL() {
    const search = new URLSearchParams();
    shared.filter((name) => parameters[name]).forEach((name) => search.set(name, parameters[name]));
    const query = search.toString();
    history.replaceState(null, '', query ? '?' + query : window.location.pathname);
}

function edited(name) {
    return (value) => {
        parameters[name] = value;
        updateURL();
    };
}

const origin = window.location.protocol + '//' + window.location.host;
const fetcher = GraphiQL.createFetcher({
    url: origin + api,
    subscriptionUrl: (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + api,
    headers: { Accept: 'application/json' },
});

ReactDOM.render(
    React.createElement(GraphiQL, {
        fetcher: fetcher,
        query: parameters.query,
        variables: parameters.variables,
        operationName: parameters.operationName,
        onEditQuery: edited('query'),
        onEditVariables: edited('variables'),
        onEditOperationName: edited('operationName'),
        defaultSecondaryEditorOpen: true,
        headerEditorEnabled: true,
        shouldPersistHeaders: false,
        defaultEditorToolsVisibility: true,
    }),
    document.getElementById('graphiql')
);

const sidebar = document.getElementsByClassName('graphiql-sidebar-section')[0];
if (sidebar && !urlParameters.get('embed')) {
    const logo = document.createElement('a');
    logo.id = 'graphQLUiLogoLink';
    logo.className = 'graphiql-un-styled';
    logo.href = ui;
    logo.innerHTML = "<img src='logo.png' alt='GraphiQL' height='44' align='middle'>";
    sidebar.insertBefore(logo, sidebar.firstChild);
}
