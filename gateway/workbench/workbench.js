/*
 * The auditors' workbench in the browser: GraphiQL (from the gateway's own copy of the npm
 * packages) with a token field and the example queries. Plain script, no build step: it runs
 * after React, ReactDOM and GraphiQL have defined their globals.
 */
(function () {
  'use strict';
  var TOKEN_KEY = 'workbench-token';
  var examples = JSON.parse(document.getElementById('workbench-examples').textContent);
  var tokenInput = document.getElementById('workbench-token');
  var exampleSelect = document.getElementById('workbench-example');
  var callerLabel = document.getElementById('workbench-caller');
  var root = ReactDOM.createRoot(document.getElementById('workbench-graphiql'));
  // Kept for this tab only (sessionStorage): a token is a credential, it should not outlive the session.
  var token = sessionStorage.getItem(TOKEN_KEY) || '';
  var chosenQuery;
  var chosenOperation;

  /** Shows who the token says the caller is; the gateway, not this page, verifies it. */
  function describe(t) {
    if (!t) return 'anonymous';
    try {
      var claims = JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return (claims.name || claims.sub) + ' · ' + (claims.roles || []).join(',') + ' · region ' + claims.region;
    } catch (e) {
      return 'token (unreadable)';
    }
  }

  function fetcher(params, options) {
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, (options && options.headers) || {});
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (res) {
      return res.json();
    });
  }

  function render() {
    callerLabel.textContent = describe(token);
    var props = {
      // A new key per token: GraphiQL fetches the schema (and its docs) again as the new caller.
      key: token ? 'token:' + token.slice(-12) : 'anonymous',
      fetcher: fetcher,
      defaultTabs: examples.map(function (e) { return { query: e.query }; }),
      defaultEditorToolsVisibility: false,
    };
    if (chosenQuery !== undefined) props.query = chosenQuery;
    // GraphiQL keeps the operation name it parsed last until its editor reparses, so a run right
    // after choosing an example would send the previous example's name with the new document.
    if (chosenOperation !== undefined) props.operationName = chosenOperation;
    root.render(React.createElement(GraphiQL, props));
  }

  var placeholder = document.createElement('option');
  placeholder.value = '';
  placeholder.textContent = 'Choose an example…';
  exampleSelect.appendChild(placeholder);
  examples.forEach(function (e) {
    var option = document.createElement('option');
    option.value = e.name;
    option.textContent = e.title;
    exampleSelect.appendChild(option);
  });
  exampleSelect.addEventListener('change', function () {
    var example = examples.find(function (e) { return e.name === exampleSelect.value; });
    if (!example) return;
    chosenQuery = example.query;
    chosenOperation = example.name;
    render();
  });

  tokenInput.value = token;
  document.getElementById('workbench-use-token').addEventListener('click', function () {
    token = tokenInput.value.trim().replace(/^Bearer\s+/i, '');
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    render();
  });
  document.getElementById('workbench-sign-out').addEventListener('click', function () {
    token = '';
    tokenInput.value = '';
    sessionStorage.removeItem(TOKEN_KEY);
    render();
  });

  render();
})();
