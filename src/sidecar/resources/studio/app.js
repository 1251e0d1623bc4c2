// SERGIK Studio: plain JavaScript, no build step, no network beyond this sidecar.
'use strict';

const $ = (id) => document.getElementById(id);
const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const state = { page: 1, pages: 1, query: {}, track: null, made: null, request: null, options: null };

// ---- the API, with the token the sidecar may ask for ----

function token() { return localStorage.getItem('sergik.token') || ''; }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token()) headers.Authorization = 'Bearer ' + token();
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) {
    askToken();
    throw new Error('the sidecar needs its token (Token button, top right)');
  }
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try { message = (await response.json()).message || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

async function json(path, options) { return (await api(path, options)).json(); }

function postJson(path, body) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

function askToken() {
  const dialog = $('token-dialog');
  if (dialog.open) return;
  $('token-input').value = token();
  dialog.showModal();
}

function show(element, error) {
  element.textContent = error.message || String(error);
  element.classList.add('error');
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'class') node.className = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return node;
}

const fmt = (x, digits = 1) => (x == null || x === '' || Number.isNaN(Number(x))) ? '–' : Number(x).toFixed(digits);

// ---- tabs (arrow keys move between them, as the WAI-ARIA tabs pattern says) ----

function selectTab(name) {
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const on = tab.getAttribute('aria-controls') === name;
    tab.setAttribute('aria-selected', on);
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
    if (on) tab.focus({ preventScroll: true });
  }
  if (name === 'dna') loadDna();
  location.hash = name;
}

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab.getAttribute('aria-controls')));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) selectTab(tabs[(i + step + tabs.length) % tabs.length].getAttribute('aria-controls'));
    });
  });
}

// ---- Library ----

async function searchLibrary(page = 1) {
  const form = new FormData($('library-form'));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (v !== '') params.set(k, v);
  params.set('page', page);
  const count = $('library-count');
  count.classList.remove('error');
  try {
    const answer = await json('/studio/library?' + params);
    state.page = answer.page; state.pages = answer.pages;
    count.textContent = answer.total + (answer.total === 1 ? ' item' : ' items');
    const rows = $('library-rows');
    rows.replaceChildren(...answer.items.map(libraryRow));
    $('page-label').textContent = 'page ' + answer.page + ' of ' + answer.pages;
    $('page-prev').disabled = answer.page <= 1;
    $('page-next').disabled = answer.page >= answer.pages;
  } catch (e) { show(count, e); }
}

function libraryRow(item) {
  const open = () => item.type === 'project' ? openSet(item.path) : item.type === 'track' ? openTrackByName(item.name) : null;
  const row = el('tr', { tabindex: 0, 'data-type': item.type, onclick: open,
    onkeydown: (e) => { if (e.key === 'Enter') open(); } },
    el('td', {}, item.type), el('td', {}, item.name), el('td', {}, fmt(item.bpm)),
    el('td', {}, item.camelot ? item.camelot + ' · ' + item.key : ''), el('td', {}, item.year || ''),
    el('td', {}, (item.plugins || []).slice(0, 4).join(', ')));
  return row;
}

async function openSet(path) {
  const panel = $('set-detail');
  panel.hidden = false;
  panel.replaceChildren(el('p', { class: 'muted' }, 'Opening ' + path + ' …'));
  try {
    const { set } = await json('/studio/set?path=' + encodeURIComponent(path));
    const tracks = set.tracks.map((t) => el('li', {},
      el('strong', {}, t.name || '(unnamed)'), ' · ' + t.type,
      t.devices.length ? ' · devices: ' + t.devices.map((d) => d.name).join(', ') : '',
      t.clips.length ? ' · clips: ' + t.clips.map((c) => c.name + ' (' + fmt(c.length_beats, 0) + ' beats)').join(', ') : ''));
    panel.replaceChildren(
      el('h2', {}, set.project_name),
      el('p', { class: 'facts' }, 'Live ' + set.live_version + ' · ' + set.tempo + ' BPM · ' + set.time_signature
        + ' · ' + set.midi_tracks + ' MIDI, ' + set.audio_tracks + ' audio tracks · modified ' + set.modified),
      el('p', { class: 'facts' }, 'Plugins: ' + (set.plugin_names || '–')),
      el('h3', {}, 'Tracks'), el('ul', { class: 'list', id: 'set-tracks' }, ...tracks),
      el('h3', {}, 'Samples'), el('ul', { class: 'list' }, ...set.samples.map((s) => el('li', {}, s.file_name + ' · used ' + s.uses + '×'))));
    panel.scrollIntoView({ block: 'nearest' });
  } catch (e) { show(panel, e); }
}

async function loadTracks() {
  try {
    const { tracks } = await json('/studio/tracks');
    state.tracks = tracks;
    $('track-rows').replaceChildren(...tracks.map((t) => {
      const open = () => openTrack(t.id);
      return el('tr', { tabindex: 0, 'data-id': t.id, onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); } },
        el('td', {}, t.name), el('td', {}, fmt(t.bpm)), el('td', {}, t.camelot || ''), el('td', {}, t.energy || ''),
        el('td', {}, fmt(t.lufs)), el('td', {}, t.playable ? '▶ playable' : ''));
    }));
    $('track-select').replaceChildren(...tracks.map((t) => el('option', { value: t.id }, t.name)));
  } catch (e) { show($('library-count'), e); }
}

function openTrackByName(name) {
  const t = (state.tracks || []).find((x) => x.name === name);
  if (t) openTrack(t.id);
}

// ---- Track page ----

async function openTrack(id) {
  selectTab('track');
  delete $('track').dataset.loaded;
  $('track-select').value = id;
  $('track-title').textContent = 'Analysing …';
  $('track-facts').textContent = '';
  try {
    const t = await json('/studio/track?id=' + encodeURIComponent(id));
    state.track = t;
    const f = t.features || {};
    const row = t.row || {};
    $('track-title').textContent = f.file || row.filename || id;
    const keyConfidence = f.key_confidence != null ? f.key_confidence : Number(row.confidence);
    const facts = $('track-facts');
    facts.replaceChildren(
      el('strong', {}, fmt(f.bpm != null ? f.bpm : row.bpm) + ' BPM'), ' · key ',
      el('strong', { class: keyConfidence < 0.5 ? 'low' : '' }, (f.camelot || row.camelot || '–') + ' ' + (f.key || row.key || '')),
      ' (confidence ' + fmt(keyConfidence, 2) + (keyConfidence < 0.5 ? ', low' : '') + ')',
      ' · ' + fmt(f.lufs != null ? f.lufs : row.lufs) + ' LUFS · energy ' + (f.energy || row.energy || '–'),
      f.duration_s ? ' · ' + fmt(f.duration_s, 1) + ' s' : '');
    drawTrack();
    const audio = $('track-audio');
    if (t.playable) {
      const blob = await (await api('/studio/track/audio?id=' + encodeURIComponent(id))).blob();
      if (audio.dataset.url) URL.revokeObjectURL(audio.dataset.url);
      audio.dataset.url = URL.createObjectURL(blob);
      audio.src = audio.dataset.url;
    } else {
      audio.removeAttribute('src');
    }
    await loadFits(id, t.row && Object.keys(t.row).length > 0);
    $('track').dataset.loaded = id;
  } catch (e) { show($('track-title'), e); }
}

function drawTrack() {
  const t = state.track;
  if (!t || !t.curves) { for (const id of ['wave', 'loudness', 'chroma']) clear($(id)); return; }
  const c = t.curves;
  const duration = (t.features && t.features.duration_s) || c.envelope_max.length * c.step_s;
  drawWave($('wave'), c, duration, $('track-audio').currentTime);
  drawLoudness($('loudness'), c, duration);
  drawChroma($('chroma'), c, duration);
}

function clear(canvas) {
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  return g;
}

function drawWave(canvas, c, duration, cursor) {
  const g = clear(canvas);
  const w = canvas.width, h = canvas.height - 18, mid = h / 2;
  const x = (s) => s / duration * w;
  g.strokeStyle = '#3a3a3a';
  g.fillStyle = '#a8a8a8';
  g.font = '11px system-ui';
  const tick = duration > 240 ? 30 : duration > 60 ? 10 : duration > 20 ? 5 : 1;
  for (let s = 0; s <= duration; s += tick) {
    g.beginPath(); g.moveTo(x(s), 0); g.lineTo(x(s), h); g.stroke();
    g.fillText(s + ' s', x(s) + 2, h + 13);
  }
  g.strokeStyle = 'rgba(255,159,28,0.35)';
  for (const b of c.beats) { g.beginPath(); g.moveTo(x(b), 0); g.lineTo(x(b), h); g.stroke(); }
  g.fillStyle = '#e6e6e6';
  const n = c.envelope_max.length;
  for (let i = 0; i < n; i++) {
    const px = i / n * w, top = mid - c.envelope_max[i] * mid, bottom = mid - c.envelope_min[i] * mid;
    g.fillRect(px, top, Math.max(1, w / n), Math.max(1, bottom - top));
  }
  if (cursor > 0) { g.fillStyle = '#5ac8fa'; g.fillRect(x(cursor), 0, 2, h); }
}

function drawLoudness(canvas, c, duration) {
  const g = clear(canvas);
  const w = canvas.width, h = canvas.height;
  const lo = -40, hi = 0;
  const y = (l) => h - (Math.max(lo, Math.min(hi, l)) - lo) / (hi - lo) * h;
  g.strokeStyle = '#3a3a3a'; g.fillStyle = '#a8a8a8'; g.font = '11px system-ui';
  for (const l of [-30, -20, -10]) { g.beginPath(); g.moveTo(0, y(l)); g.lineTo(w, y(l)); g.stroke(); g.fillText(l + ' LUFS', 4, y(l) - 2); }
  g.strokeStyle = '#ff9f1c'; g.lineWidth = 2; g.beginPath();
  let started = false;
  c.short_term_lufs.forEach((l, i) => {
    if (l == null) return;
    const px = (c.loudness_start_s + i * c.loudness_step_s) / duration * w;
    if (started) g.lineTo(px, y(l)); else { g.moveTo(px, y(l)); started = true; }
  });
  g.stroke(); g.lineWidth = 1;
}

function drawChroma(canvas, c, duration) {
  const g = clear(canvas);
  const w = canvas.width, h = canvas.height, rowH = h / 12;
  const colW = Math.max(1, c.chroma_step_s / duration * w);
  c.chroma.forEach((col, i) => {
    const max = Math.max(...col) || 1;
    col.forEach((v, k) => {
      const a = v / max;
      g.fillStyle = 'rgba(255,159,28,' + a.toFixed(3) + ')';
      g.fillRect(i * c.chroma_step_s / duration * w, h - (k + 1) * rowH, colW + 0.5, rowH);
    });
  });
  g.fillStyle = '#a8a8a8'; g.font = '10px system-ui';
  NOTE_NAMES.forEach((n, k) => g.fillText(n, 2, h - k * rowH - 3));
}

async function loadFits(id, analysed) {
  const list = $('fits');
  if (!analysed) { list.replaceChildren(el('li', { class: 'muted' }, 'Analyse this track (sergik analyze) to see what fits with it.')); return; }
  try {
    const { fits } = await json('/studio/fits?id=' + encodeURIComponent(id));
    list.replaceChildren(...(fits.length ? fits.map((f) => el('li', {}, el('strong', {}, f.name), ' — ' + f.reasons.join(', ')))
      : [el('li', { class: 'muted' }, 'Nothing in the library fits by key, tempo or sound.')]));
  } catch (e) { show(list, e); }
}

// ---- DNA ----

async function loadDna() {
  try {
    const { profile } = await json('/studio/dna');
    drawWheel($('wheel'), profile.key_preferences || {});
    bars($('bpm-zones'), profile.bpm_zones || {});
    bars($('energy-levels'), normalise((profile.energy || {}).levels || {}));
    const bpm = profile.bpm || {};
    $('dna-summary').replaceChildren('Median tempo ', el('strong', {}, fmt(bpm.median) + ' BPM'), ' · energy sweet spot ',
      el('strong', {}, (profile.energy_sweet_spot || []).join('–')), ' · ',
      el('strong', {}, String((profile.catalog || {}).tracks || 0)), ' tracks');
    const list = $('derivations');
    list.replaceChildren();
    for (const [name, d] of Object.entries(profile.derivations || {})) {
      list.append(el('dt', {}, name.replace(/_/g, ' ')), el('dd', {}, describeDerivation(d)));
    }
  } catch (e) { show($('dna-summary'), e); }
}

function describeDerivation(d) {
  const sources = (d.sources || []).map((s) => s.file + (s.rows != null ? ' (' + s.rows + ' rows)' : '')).join(', ');
  const rest = Object.entries(d).filter(([k]) => k !== 'sources').map(([k, v]) => k.replace(/_/g, ' ') + ': ' + (typeof v === 'object' ? JSON.stringify(v) : v));
  return [sources ? 'from ' + sources : '', ...rest].filter(Boolean).join(' · ');
}

function normalise(counts) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
}

function bars(container, shares) {
  const max = Math.max(...Object.values(shares), 0.0001);
  container.replaceChildren(...Object.entries(shares).flatMap(([label, share]) => [
    el('span', {}, label), el('div', { class: 'bar', style: 'width:' + (share / max * 100).toFixed(1) + '%', role: 'img',
      'aria-label': label + ': ' + Math.round(share * 100) + ' %' }), el('span', { class: 'muted' }, Math.round(share * 100) + ' %')]));
}

function drawWheel(canvas, prefs) {
  const g = clear(canvas);
  const cx = canvas.width / 2, cy = canvas.height / 2, outer = cx - 8, middle = outer * 0.68, inner = outer * 0.36;
  const max = Math.max(...Object.values(prefs), 0.0001);
  for (let n = 1; n <= 12; n++) {
    const a0 = (n - 1) / 12 * 2 * Math.PI - Math.PI / 2 - Math.PI / 12, a1 = a0 + 2 * Math.PI / 12;
    for (const [letter, r0, r1] of [['B', middle, outer], ['A', inner, middle]]) {
      const share = prefs[n + letter] || 0;
      g.beginPath(); g.arc(cx, cy, r1, a0, a1); g.arc(cx, cy, r0, a1, a0, true); g.closePath();
      g.fillStyle = share ? 'rgba(255,159,28,' + (0.15 + 0.85 * share / max).toFixed(3) + ')' : '#262626';
      g.fill(); g.strokeStyle = '#1b1b1b'; g.stroke();
      const am = (a0 + a1) / 2, rm = (r0 + r1) / 2;
      g.fillStyle = share / max > 0.6 ? '#1b1b1b' : '#e6e6e6'; g.font = '12px system-ui'; g.textAlign = 'center';
      g.fillText(n + letter, cx + Math.cos(am) * rm, cy + Math.sin(am) * rm + 4);
    }
  }
}

async function compare(event) {
  event.preventDefault();
  const out = $('compare-result');
  out.hidden = false; out.classList.remove('error');
  const body = {};
  for (const [k, v] of new FormData($('compare-form')).entries()) if (v !== '') body[k] = ['bpm', 'energy'].includes(k) ? Number(v) : v;
  try {
    const answer = await (await postJson('/gpt/dna/compare', body)).json();
    const score = answer.score != null ? answer.score : answer.match != null ? answer.match : '';
    out.replaceChildren(el('p', {}, el('strong', {}, 'Match ' + score + ' / 100')),
      el('ul', { class: 'list' }, ...(answer.suggestions || []).map((s) => el('li', {}, typeof s === 'string' ? s : JSON.stringify(s)))),
      el('p', { class: 'muted' }, answer.summary || answer.explanation || ''));
  } catch (e) { show(out, e); }
}

// ---- Generate ----

const ENDPOINTS = { chords: '/generate/chord_progression', bass: '/generate/walking_bass', arp: '/generate/arpeggios',
  drums: '/generate/drums', melody: '/generate/melody' };

async function loadOptions() {
  try {
    state.options = await json('/studio/options');
    const form = $('generate-form');
    form.part.replaceChildren(...state.options.parts.map((p) => el('option', { value: p }, p)));
    fillStyles();
    form.part.addEventListener('change', fillStyles);
    form.transform.replaceChildren(el('option', { value: '' }, 'none'),
      ...(state.options.transforms || []).map((t) => el('option', { value: t }, t)));
    const codes = [];
    for (let n = 1; n <= 12; n++) codes.push(n + 'A', n + 'B');
    $('camelot-codes').replaceChildren(...codes.map((c) => el('option', { value: c })));
  } catch (e) { show($('generate-summary'), e); }
}

function fillStyles() {
  const form = $('generate-form');
  const list = form.part.value === 'drums' ? state.options.drum_genres : state.options.styles;
  const previous = form.style.value;
  form.style.replaceChildren(...list.map((s) => el('option', { value: s }, s)));
  if (list.includes(previous)) form.style.value = previous; else if (list.includes('house')) form.style.value = 'house';
}

function generationRequest() {
  const form = $('generate-form');
  const part = form.part.value;
  const body = { key: form.key.value.trim(), bars: Number(form.bars.value), seed: Number(form.seed.value), tempo: Number(form.tempo.value) };
  if (part === 'drums') body.genre = form.style.value; else body.style = form.style.value;
  return { part, path: ENDPOINTS[part] || '/generate/' + part, body, transform: form.transform.value };
}

async function generate(event) {
  if (event) event.preventDefault();
  const summary = $('generate-summary');
  summary.classList.remove('error');
  const request = generationRequest();
  try {
    const generated = await (await postJson(request.path, request.body)).json();
    let made = generated;
    if (request.transform) {
      made = await (await postJson('/transform/' + request.transform, { notes: generated.notes, tempo: request.body.tempo, seed: request.body.seed, part: request.part })).json();
      made.bars = made.bars || generated.bars;
      made.length_beats = made.length_beats || generated.length_beats;
    }
    state.made = made; state.request = request;
    summary.replaceChildren(el('strong', {}, generated.summary || generated.count + ' notes'),
      request.transform ? ' → ' + (made.summary || request.transform) + ' (' + made.count + ' notes)' : '');
    drawRoll($('roll'), made.notes, made.length_beats || made.bars * 4 || 16);
    $('preview').disabled = false; $('send').disabled = false;
    const download = $('download');
    const mid = await (await postJson(request.path + '?format=mid', request.body)).blob();
    if (download.dataset.url) URL.revokeObjectURL(download.dataset.url);
    download.dataset.url = URL.createObjectURL(mid);
    download.href = download.dataset.url;
    download.download = 'sergik-' + request.part + '-' + request.body.key + '.mid';
    download.hidden = false;
  } catch (e) { show(summary, e); }
}

function drawRoll(canvas, notes, beats) {
  const g = clear(canvas);
  const w = canvas.width, h = canvas.height;
  if (!notes.length) return;
  const low = Math.min(...notes.map((n) => n.pitch)) - 1, high = Math.max(...notes.map((n) => n.pitch)) + 1;
  const rowH = h / (high - low + 1);
  for (let p = low; p <= high; p++) {
    if ([1, 3, 6, 8, 10].includes(((p % 12) + 12) % 12)) { g.fillStyle = '#181818'; g.fillRect(0, h - (p - low + 1) * rowH, w, rowH); }
  }
  g.strokeStyle = '#3a3a3a';
  for (let b = 0; b <= beats; b++) {
    g.globalAlpha = b % 4 === 0 ? 1 : 0.35;
    g.beginPath(); g.moveTo(b / beats * w, 0); g.lineTo(b / beats * w, h); g.stroke();
  }
  g.globalAlpha = 1;
  g.fillStyle = '#a8a8a8'; g.font = '10px system-ui';
  for (let p = low; p <= high; p++) {
    if (((p % 12) + 12) % 12 === 0) g.fillText('C' + (Math.floor(p / 12) - 2), 2, h - (p - low) * rowH - 2);
  }
  for (const n of notes) {
    g.fillStyle = 'rgba(255,159,28,' + (0.35 + 0.65 * n.velocity / 127).toFixed(3) + ')';
    g.fillRect(n.start_time / beats * w, h - (n.pitch - low + 1) * rowH + 1, Math.max(2, n.duration / beats * w - 1), Math.max(2, rowH - 2));
  }
}

async function preview() {
  const summary = $('generate-summary');
  try {
    const r = state.request;
    const response = r.transform
      ? await postJson('/transform/' + r.transform + '?format=wav', { notes: state.made.notes, tempo: r.body.tempo, seed: r.body.seed, part: r.part })
      : await postJson(r.path + '?format=wav', r.body);
    const audio = $('preview-audio');
    if (audio.dataset.url) URL.revokeObjectURL(audio.dataset.url);
    audio.dataset.url = URL.createObjectURL(await response.blob());
    audio.src = audio.dataset.url;
    await audio.play().catch(() => { /* autoplay may be refused; the controls still play it */ });
  } catch (e) { show(summary, e); }
}

async function send() {
  const out = $('send-result');
  out.classList.remove('error');
  try {
    const body = { notes: state.made.notes, tempo: state.request.body.tempo, part: state.request.part,
      bars: state.made.bars };
    const track = $('send-track').value;
    if (track) body.track = track;
    const answer = await (await postJson('/live/notes', body)).json();
    const live = answer.live || answer;
    out.textContent = live.message || (live.confirmed ? 'written into Live' : 'sent; the device did not confirm');
  } catch (e) { show(out, e); }
}

// ---- live status: Server-Sent Events read through fetch (EventSource cannot send the token) ----

function showLive(status) {
  const live = $('live');
  const devices = status.devices || [];
  const connected = devices.filter((d) => d.connected);
  const device = status.device || {};
  live.classList.toggle('on', connected.length > 0);
  const transport = device.transport ? device.transport.state : 'stopped';
  live.textContent = connected.length
    ? 'Live: ' + connected.length + ' device' + (connected.length > 1 ? 's' : '')
      + (device.tempo != null ? ' · ' + fmt(device.tempo) + ' BPM' : '') + ' · ' + transport
    : 'Live: no device connected';
  const select = $('send-track');
  const names = connected.map((d) => d.track).filter(Boolean);
  if (select.dataset.tracks === names.join('|')) return; // the same tracks: keep the menu (and its focus) as it is
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, 'the active device'), ...names.map((n) => el('option', { value: n }, n)));
  if (names.includes(current)) select.value = current;
  select.dataset.tracks = names.join('|');
}

// A page that is left closes its stream at once: an open stream would hold one of the browser's six
// connections to this server (and a server thread) until its next write.
const leaving = new AbortController();
window.addEventListener('pagehide', () => leaving.abort());

async function followLive() {
  while (!leaving.signal.aborted) {
    try {
      const response = await api('/studio/events', { headers: { Accept: 'text/event-stream' }, signal: leaving.signal });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (event.includes('event: live') && data) showLive(JSON.parse(data));
        }
      }
    } catch (e) {
      $('live').classList.remove('on');
      $('live').textContent = 'Live: ' + e.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the stream ended or failed: follow again
  }
}

// ---- start ----

function start() {
  setupTabs();
  $('library-form').addEventListener('submit', (e) => { e.preventDefault(); searchLibrary(1); });
  $('page-prev').addEventListener('click', () => searchLibrary(state.page - 1));
  $('page-next').addEventListener('click', () => searchLibrary(state.page + 1));
  $('track-open').addEventListener('click', () => openTrack($('track-select').value));
  $('track-audio').addEventListener('timeupdate', drawTrack);
  $('compare-form').addEventListener('submit', compare);
  $('generate-form').addEventListener('submit', generate);
  $('preview').addEventListener('click', preview);
  $('send').addEventListener('click', send);
  $('token-button').addEventListener('click', askToken);
  $('token-dialog').addEventListener('close', () => {
    if ($('token-dialog').returnValue === 'ok') { localStorage.setItem('sergik.token', $('token-input').value.trim()); start.reload(); }
  });
  start.reload = () => { searchLibrary(1); loadTracks(); loadOptions(); };
  start.reload();
  followLive();
  const tab = location.hash.slice(1);
  if (['library', 'track', 'dna', 'generate'].includes(tab)) selectTab(tab);
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);
