// Each call: what it sends, and why its outcome is what it is when this page is on http://localhost:8081.
const API = new URLSearchParams(location.search).get('api')
    || document.querySelector('meta[name="api"]').content;
const JSON_BODY = {'Content-Type': 'application/json'};
const BEARER = {Authorization: 'Bearer demo-token'};

const CALLS = [
  {id: 'list', label: 'GET /notes',
   why: 'A simple request (no preflight) to NoteResource, whose exact origins include this page. X-Total-Count is exposed, so the script reads it.',
   readsTotalCount: true, send: () => fetch(API + '/notes')},
  {id: 'create', label: 'POST /notes + bearer + JSON',
   why: 'Authorization and Content-Type: application/json make the browser send a preflight first; the policy allows both headers.',
   send: () => fetch(API + '/notes', {method: 'POST', headers: {...BEARER, ...JSON_BODY}, body: JSON.stringify({text: 'Call the plumber'})})},
  {id: 'update', label: 'PUT /notes/1 + bearer + JSON',
   why: 'Preflighted as well; maxAge = 600 lets the browser reuse that preflight for ten minutes.',
   send: () => fetch(API + '/notes/1', {method: 'PUT', headers: {...BEARER, ...JSON_BODY}, body: JSON.stringify({text: 'Buy oat milk'})})},
  {id: 'unauthorized', label: 'PUT /notes/1 without token',
   why: 'The authentication filter answers 401; the preflight needed no token, and the 401 carries the CORS headers.',
   send: () => fetch(API + '/notes/1', {method: 'PUT', headers: JSON_BODY, body: JSON.stringify({text: 'x'})})},
  {id: 'missing', label: 'GET /notes/999',
   why: 'A 404 thrown by the resource method: readable, not an opaque CORS failure.',
   send: () => fetch(API + '/notes/999')},
  {id: 'failure', label: 'GET /notes/backup',
   why: 'The method throws; an exception mapper turns it into a 500, which still carries the CORS headers.',
   send: () => fetch(API + '/notes/backup')},
  {id: 'header-not-allowed', label: 'GET /notes + X-Client-Version',
   why: 'X-Client-Version is not in allowedHeaders: the preflight is refused and fetch rejects.',
   send: () => fetch(API + '/notes', {headers: {'X-Client-Version': '2'}})},
  {id: 'delete-override', label: 'DELETE /notes/2 + bearer',
   why: 'A method-level @CrossOrigin allows only https://admin.notes.example.com to delete: refused here.',
   send: () => fetch(API + '/notes/2', {method: 'DELETE', headers: BEARER})},
  {id: 'login', label: 'POST /session, credentials',
   why: 'SessionResource (origin pattern http://localhost:[*]) allows credentials; the response sets a SameSite=None; Secure session cookie.',
   send: () => fetch(API + '/session', {method: 'POST', credentials: 'include', headers: JSON_BODY, body: JSON.stringify({user: 'ada'})})},
  {id: 'session', label: 'GET /session, credentials',
   why: 'The browser sends the cookie back: 200 with the user. A 401 "no session cookie" means the browser blocks third-party cookies (see the README).',
   send: () => fetch(API + '/session', {credentials: 'include'})},
  {id: 'stats', label: 'GET /stats + X-Request-Id',
   why: 'StatsResource (pattern http://localhost:[*]) sends X-Total-Count but does not expose it: the script reads null.',
   readsTotalCount: true, send: () => fetch(API + '/stats', {headers: {'X-Request-Id': 'demo-' + Date.now()}})},
  {id: 'stats-reset', label: 'POST /stats/reset + JSON',
   why: 'StatsResource names methods = "GET": no policy covers the POST, so Preflight leaves its preflight to the application, which answers without CORS headers; the browser refuses and the reset never runs.',
   send: () => fetch(API + '/stats/reset', {method: 'POST', headers: JSON_BODY, body: '{}'})},
  {id: 'stats-credentials', label: 'GET /stats, credentials',
   why: 'StatsResource does not allow credentials, so a credentialed call fails the CORS check.',
   send: () => fetch(API + '/stats', {credentials: 'include'})},
];

async function run(call) {
  const startedAt = Date.now();
  try {
    const response = await call.send();
    const body = await response.text();
    return {id: call.id, ok: true, status: response.status, totalCount: response.headers.get('X-Total-Count'),
            body, startedAt};
  } catch (error) {
    return {id: call.id, ok: false, error: String(error), startedAt};
  }
}

function describe(call, result) {
  if (!result.ok) {
    return result.error + ' (a CORS error: the script learns nothing else)';
  }
  const outcome = result.status + ' ' + result.body;
  return call.readsTotalCount ? outcome + ' | X-Total-Count: ' + result.totalCount : outcome;
}

function show(call, result) {
  const row = document.getElementById('call-' + call.id);
  const outcome = row.querySelector('.outcome');
  outcome.textContent = describe(call, result);
  row.className = !result.ok ? 'refused' : result.status < 400 ? 'ok' : 'http-error';
}

const demo = {results: {}, done: false, finished: null};

// Runs one call again (the browser tests use it to check preflight caching).
demo.run = async (id) => {
  const call = CALLS.find(c => c.id === id);
  const result = await run(call);
  show(call, result);
  demo.results[id] = result;
  return result;
};

demo.runAll = async () => {
  demo.done = false;
  document.getElementById('state').textContent = 'running…';
  for (const call of CALLS) {
    await demo.run(call.id);
  }
  demo.done = true;
  document.getElementById('state').textContent = 'All ' + CALLS.length + ' calls done.';
};

for (const call of CALLS) {
  const row = document.createElement('tr');
  row.id = 'call-' + call.id;
  for (const [cls, text] of [['', call.label], ['', call.why], ['outcome', '…']]) {
    const cell = document.createElement('td');
    cell.className = cls;
    cell.textContent = text;
    row.appendChild(cell);
  }
  document.getElementById('calls').appendChild(row);
}
document.getElementById('origin').textContent = location.origin;
document.getElementById('api').textContent = API;
document.getElementById('again').addEventListener('click', () => demo.runAll());
window.demo = demo;
demo.finished = demo.runAll();
