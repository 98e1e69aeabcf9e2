// The emulator dashboard: polls the admin JSON routes of its own origin and renders what the emulator holds.
// Memory text and request bodies come from apps and models, so they are only ever set as text, never as HTML.
"use strict";

const POLL_MS = 1000;
const MAX_REQUEST_ROWS = 300;
const ENTITY_GROUPS = [["user", "Users"], ["agent", "Agents"], ["app", "Apps"], ["run", "Runs"]];

const state = {
  selected: null,        // { service: "mem0", type, id } or { service: "memmachine", project }
  dataVersion: -1,
  scopesKey: "",
  faultsKey: "",
  lastRequest: 0,
  scopeData: null,
};

const $ = (id) => document.getElementById(id);

/** Creates an element with attributes and children (strings become text nodes). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, cache: "no-store" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function scopeKey(scope) {
  if (!scope) return "";
  return scope.service === "mem0" ? `mem0:${scope.type}:${scope.id}` : `memmachine:${scope.project}`;
}

function projectName(id) {
  return id === "" ? "(default project)" : id;
}

function time(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour12: false });
}

function setStatus(kind, text) {
  const status = $("status");
  if (status.dataset.state === kind) return;   // only changes are announced
  status.dataset.state = kind;
  status.textContent = text;
}

// ---- Scopes -------------------------------------------------------------------------------------------------------

function scopeButton(scope, label, count, countLabel) {
  const key = scopeKey(scope);
  const selected = key === scopeKey(state.selected);
  return el("li", {},
    el("button", {
      type: "button",
      class: "scope",
      "data-scope": key,
      "aria-pressed": selected ? "true" : "false",
      onclick: () => select(scope),
    },
    el("span", { class: "scope-name" }, label),
    el("span", { class: "badge", title: countLabel }, String(count))));
}

function renderScopes(overview) {
  const key = JSON.stringify([overview.mem0, overview.memmachine]);
  if (key === state.scopesKey) return;
  state.scopesKey = key;
  const focused = document.activeElement?.dataset?.scope;

  $("mem0-project").textContent = `${overview.mem0.org_id} / ${overview.mem0.projects.join(", ")}`;
  $("memmachine-org").textContent = `organisation ${overview.memmachine.org_id}`;

  const mem0 = $("mem0-entities");
  mem0.replaceChildren();
  for (const [type, title] of ENTITY_GROUPS) {
    const entities = overview.mem0.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    mem0.append(
      el("h4", {}, title),
      el("ul", { class: "scope-list", "aria-label": `Mem0 ${title.toLowerCase()}` },
        entities.map((e) => scopeButton({ service: "mem0", type, id: e.id }, e.id, e.memories, `${e.memories} memories`))));
  }
  if (overview.mem0.entities.length === 0) mem0.append(el("p", { class: "muted small" }, "No users, agents, apps or runs yet."));

  $("memmachine-projects").replaceChildren(
    el("ul", { class: "scope-list", "aria-label": "MemMachine projects" },
      overview.memmachine.projects.map((p) => scopeButton({ service: "memmachine", project: p.id }, projectName(p.id),
        p.episodes + p.features, `${p.episodes} episodes, ${p.features} semantic features`))));

  if (focused) document.querySelector(`[data-scope="${CSS.escape(focused)}"]`)?.focus();
}

/** The first scope that holds something, so the page shows memories at once. */
function defaultScope(overview) {
  const entity = overview.mem0.entities.find((e) => e.memories > 0);
  if (entity) return { service: "mem0", type: entity.type, id: entity.id };
  const project = overview.memmachine.projects.find((p) => p.episodes + p.features > 0);
  return project ? { service: "memmachine", project: project.id } : null;
}

async function select(scope) {
  state.selected = scope;
  for (const button of document.querySelectorAll("button.scope")) {
    button.setAttribute("aria-pressed", button.dataset.scope === scopeKey(scope) ? "true" : "false");
  }
  await loadScope();
}

// ---- Memories -----------------------------------------------------------------------------------------------------

async function loadScope() {
  const scope = state.selected;
  if (!scope) return;
  const query = scope.service === "mem0"
    ? `service=mem0&type=${encodeURIComponent(scope.type)}&id=${encodeURIComponent(scope.id)}`
    : `service=memmachine&project=${encodeURIComponent(scope.project)}`;
  const data = await getJson(`memories?${query}`);
  if (scopeKey(scope) !== scopeKey(state.selected)) return;   // another scope was chosen meanwhile
  state.scopeData = data;
  renderMemories();
}

function matches(search, ...values) {
  if (!search) return true;
  return values.some((v) => v !== null && v !== undefined &&
    (typeof v === "string" ? v : JSON.stringify(v)).toLowerCase().includes(search));
}

function table(caption, headings, rows, empty = "") {
  if (rows.length === 0) return el("p", { class: "empty" }, empty);
  return el("div", { class: "table-wrap" },
    el("table", {},
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)));
}

function chips(values) {
  return (values ?? []).map((v) => el("span", { class: "chip" }, v));
}

function renderMemories() {
  const scope = state.selected;
  const data = state.scopeData;
  const view = $("memory-view");
  if (!scope || !data) return;
  const search = $("search").value.trim().toLowerCase();

  if (scope.service === "mem0") {
    const rows = data.memories
      .filter((m) => matches(search, m.memory, m.categories, m.metadata, m.id))
      .map((m) => el("tr", { class: m.replaced_by ? "superseded" : null },
        el("td", { class: "text" }, m.memory, m.replaced_by ? el("span", { class: "note" }, " (superseded)") : null),
        el("td", {}, chips(m.categories)),
        el("td", {}, el("div", { class: "ids" }, [["user", m.user_id], ["agent", m.agent_id], ["app", m.app_id], ["run", m.session_id]]
          .filter(([, v]) => v).map(([k, v]) => el("span", {}, `${k} ${v}`)))),
        el("td", { class: "when" }, el("time", { datetime: m.created_at }, time(m.created_at)))));
    $("scope-title").textContent =
      `Mem0 ${scope.type} “${scope.id}”: ${counted(rows.length, data.total, "memory", "memories", search)}`;
    view.replaceChildren(table(`Memories of Mem0 ${scope.type} ${scope.id}`, ["Memory", "Categories", "Scope", "Added"], rows,
      search ? "No memory matches the search." : "No memories in this scope."));
    return;
  }

  const episodes = data.episodes
    .filter((e) => matches(search, e.content, e.producer_id, e.producer_role, e.metadata, e.uid))
    .map((e) => el("tr", {},
      el("td", { class: "num" }, e.uid),
      el("td", {}, e.producer_role ? `${e.producer_id} (${e.producer_role})` : e.producer_id),
      el("td", { class: "text" }, e.content),
      el("td", { class: "when" }, el("time", { datetime: e.created_at }, time(e.created_at)))));
  const features = data.features
    .filter((f) => matches(search, f.value, f.tag, f.feature_name, f.category))
    .map((f) => el("tr", {},
      el("td", {}, el("span", { class: "chip" }, f.tag)),
      el("td", {}, f.feature_name),
      el("td", { class: "text" }, f.value)));
  $("scope-title").textContent = `MemMachine project ${projectName(scope.project)}: ` +
    `${counted(episodes.length, data.episodes_total, "episode", "episodes", search)}, ` +
    `${counted(features.length, data.features_total, "semantic feature", "semantic features", search)}`;
  view.replaceChildren(
    el("h3", {}, "Episodes"),
    table(`Episodes of MemMachine project ${projectName(scope.project)}`, ["Uid", "Producer", "Content", "Added"], episodes,
      search ? "No episode matches the search." : "No episodes in this project."),
    el("h3", {}, "Semantic features"),
    table(`Semantic features of MemMachine project ${projectName(scope.project)}`, ["Tag", "Feature", "Value"], features,
      search ? "No feature matches the search." : "No semantic features in this project."));
}

function counted(shown, total, one, many, search) {
  const noun = total === 1 ? one : many;
  return search ? `${shown} of ${total} ${noun} match` : `${total} ${noun}`;
}

// ---- Requests -----------------------------------------------------------------------------------------------------

function statusClass(code) {
  if (code === 0) return "status-reset";
  if (code >= 500) return "status-5xx";
  if (code >= 400) return "status-4xx";
  return "status-2xx";
}

function prettyBody(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function requestRow(entry) {
  const target = entry.query ? `${entry.path}?${entry.query}` : entry.path;
  const headers = Object.entries(entry.headers).map(([name, value]) =>
    el("div", { class: "header" }, el("dt", {}, name), el("dd", {}, value)));
  return el("li", { class: "request", "data-sequence": entry.sequence },
    el("details", {},
      el("summary", {},
        el("span", { class: `method method-${entry.method.toLowerCase()}` }, entry.method),
        el("span", { class: "path" }, target),
        el("span", { class: `code ${statusClass(entry.status_code)}`, title: entry.status_code === 0 ? "connection reset" : null },
          entry.status_code === 0 ? "reset" : String(entry.status_code)),
        entry.fault ? el("span", { class: "fault-tag" }, `fault ${entry.fault}`) : null,
        el("time", { datetime: entry.timestamp }, time(entry.timestamp))),
      el("div", { class: "request-detail" },
        el("h4", {}, "Headers"),
        el("dl", { class: "headers" }, headers),
        el("h4", {}, "Body", entry.body_truncated ? el("span", { class: "note" }, " (truncated)") : null),
        entry.body ? el("pre", { class: "body" }, prettyBody(entry.body)) : el("p", { class: "muted small" }, "No body."))));
}

async function syncRequests(span) {
  const list = $("request-list");
  if (span.last < state.lastRequest) {   // a new emulator on the same port: start over
    list.replaceChildren();
    state.lastRequest = 0;
  }
  // Entries older than the oldest kept were cleared (reset) or dropped (log limit).
  for (const row of [...list.children]) {
    if (span.count === 0 || Number(row.dataset.sequence) < span.oldest) row.remove();
  }
  if (span.last > state.lastRequest) {
    const entries = await getJson(`requests?after=${state.lastRequest}&limit=${MAX_REQUEST_ROWS}`);
    for (const entry of entries) list.prepend(requestRow(entry));
    state.lastRequest = span.last;
    while (list.children.length > MAX_REQUEST_ROWS) list.lastElementChild.remove();
  }
  $("request-count").textContent = span.count === 1 ? "1 request in the log" : `${span.count} requests in the log`;
  $("request-empty").hidden = list.children.length > 0;
}

// ---- Faults -------------------------------------------------------------------------------------------------------

/** The path as text with a line-break opportunity after each slash, for narrow columns. */
function breakAfterSlashes(path) {
  return path.split(/(?<=\/)/).flatMap((part, i) => (i === 0 ? [part] : [el("wbr"), part]));
}

function renderFaults(faults) {
  const key = JSON.stringify(faults);
  if (key === state.faultsKey) return;
  state.faultsKey = key;
  $("fault-view").replaceChildren(faults.length === 0
    ? el("p", { class: "empty" }, "No fault rules. Add one with --fault or emulator.Faults.Add(…).")
    : table("Fault rules", ["Route", "Fault", "Applied"], faults.map((f) => el("tr", {},
      el("td", { class: "path" }, el("span", { class: `method method-${f.method.toLowerCase()}` }, f.method), " ", breakAfterSlashes(f.path)),
      el("td", {}, el("code", {}, f.fault)),
      el("td", { class: "num" }, String(f.applied))))));
}

// ---- Polling ------------------------------------------------------------------------------------------------------

async function refresh() {
  const overview = await getJson("overview");
  renderScopes(overview);
  renderFaults(overview.faults);
  if (!state.selected) {
    const scope = defaultScope(overview);
    if (scope) {
      state.dataVersion = overview.data_version;
      await select(scope);
    }
  } else if (overview.data_version !== state.dataVersion) {
    state.dataVersion = overview.data_version;
    await loadScope();
  }
  await syncRequests(overview.requests);
}

async function poll() {
  try {
    await refresh();
    setStatus("live", "Live");
  } catch {
    setStatus("offline", "Emulator not reachable — retrying");
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const origin = window.location.origin;
  $("mem0-address").textContent = `${origin}/mem0/`;
  $("memmachine-address").textContent = `${origin}/memmachine/v2/`;
  $("search").addEventListener("input", renderMemories);
  poll();
});
