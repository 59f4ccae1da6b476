// The insight dashboard: every report of /api/insights as a table with its CSV, charts where
// people would rather look than read, and links from a figure to the cases behind it.
// session.js signs in and calls the API; Chart.js draws.
'use strict';

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plusDays = (day, days) => isoDay(new Date(Date.parse(day) + days * DAY_MS));
const today = () => isoDay(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000));

/** What the case page lists behind a summary figure (Insights.Selection). */
const SELECTION_OF_KPI = {
  casesOpened: 'OPENED', casesEscalated: 'ESCALATED', breachRate: 'BREACHED',
  avoidableShare: 'AVOIDABLE', firstContactResolution: 'FIRST_CONTACT_RESOLVED',
  repeatContactRate: 'REPEAT_CONTACT',
};

const COLOURS = { navy: '#14365d', green: '#2e7d32', red: '#b00020', amber: '#e08a00', grey: '#7a7a7a' };

/**
 * Every section of the page by its data-report: the API path, the columns that link to the cases
 * behind them, the chart drawn from the rows. Reports marked now show the present moment and take
 * no filter; a forbidden report is left out, but a forbidden agent is said so.
 */
const REPORTS = {
  summary: {
    path: () => 'summary', hide: ['kpi'],
    links: { value: (row) => SELECTION_OF_KPI[row.kpi] && casesBehind(SELECTION_OF_KPI[row.kpi]) },
  },
  trends: { path: () => `trends?by=${$('#by').value}`, chart: trendsChart },
  levels: { path: () => 'levels', chart: levelsChart },
  'avoidable-by-trigger': {
    path: () => 'volume?by=TRIGGER', chart: avoidableChart,
    links: { avoidableShare: (row) => casesBehind('AVOIDABLE', { trigger: row.key }) },
  },
  'push-down': {
    path: () => 'push-down',
    links: { candidates: (row) => casesBehind('PUSH_DOWN', { trigger: row.trigger, category: row.category }) },
  },
  avoidable: {
    path: () => 'avoidable',
    links: { avoidable: (row) => casesBehind('AVOIDABLE', { trigger: row.trigger, category: row.category }) },
  },
  backlog: { path: () => 'backlog', now: true, chart: backlogChart },
  messages: { path: () => 'messages' },
  'at-risk': {
    path: () => 'at-risk', now: true,
    links: { caseNumber: (row) => '/desk/#' + encodeURIComponent(row.caseNumber) },
  },
  sla: { path: () => 'sla' },
  volume: { path: () => `volume?by=${$('#volume-by').value}` },
  satisfaction: { path: () => `satisfaction?by=${$('#satisfaction-by').value}` },
  lessons: { path: () => 'lessons' },
  consults: { path: () => 'consults' },
  goodwill: { path: () => 'goodwill' },
  partners: { path: () => 'partners' },
  teams: { path: () => 'teams' },
  agents: {
    path: () => 'agents',
    links: { agent: (row) => pageFor({ agent: row.agent }) + '#agent-heading' },
  },
  agent: { path: () => `agents/${encodeURIComponent($('#agent').value.trim())}`, sayForbidden: true },
};

/** The filter as the API takes it: the last day of the form becomes the day after. */
function filterParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#filters'))) {
    if (name === 'by' || !value) continue;
    params.set(name, name === 'to' ? plusDays(value, 1) : value);
  }
  return params;
}

function casesBehind(selection, narrower = {}) {
  const params = filterParams();
  Object.entries(narrower).forEach(([name, value]) => params.set(name, value));
  params.set('only', selection);
  return '/desk/#insight-cases?' + params;
}

/** This page with the form's filters, so a view can be bookmarked and passed on. */
function pageFor(extra = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#filters'))) if (value) params.set(name, value);
  Object.entries(extra).forEach(([name, value]) => params.set(name, value));
  return '/desk/insights?' + params;
}

function apiPath(name) {
  const report = REPORTS[name];
  const path = '/api/insights/' + report.path();
  if (report.now) return path;
  return path + (path.includes('?') ? '&' : '?') + filterParams();
}

async function show(section) {
  const name = section.dataset.report;
  const path = apiPath(name);
  const output = section.querySelector('.output');
  try {
    const report = await api(path);
    section.hidden = false;
    section.dataset.path = path;
    output.replaceChildren(tableOrFigures(report, REPORTS[name]), ...notes(report));
    REPORTS[name].chart?.(report, section.querySelector('canvas'));
    section.querySelector('button.download').disabled = false;
    return true;
  } catch (error) {
    section.querySelector('button.download').disabled = true;
    if (error.status === 403 && !REPORTS[name].sayForbidden) {
      section.hidden = true;
      return false;
    }
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = error.status === 403 ? `${error.message} (403).` : error.message;
    output.replaceChildren(message);
    return error.status !== 403;
  }
}

/** Beside a chart, its table folds away: the chart says it at a glance, the CSV has it all. */
function tableOrFigures(report, options) {
  if (!options.chart) return table(report, options);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'The figures as a table';
  details.append(summary, table(report, options));
  return details;
}

/** A report as a table; a code column gives way to its label column (level → levelLabel). */
function table(report, { hide = [], links = {} }) {
  const keys = new Set(report.columns.map((column) => column.key));
  const shown = report.columns.filter((column) =>
    !hide.includes(column.key) && !keys.has(column.key + 'Label'));
  const element = document.createElement('table');
  element.createCaption().textContent = report.title;
  const head = element.createTHead().insertRow();
  for (const column of shown) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.unit ? `${column.label} (${column.unit})` : column.label;
    head.appendChild(th);
  }
  const body = element.createTBody();
  if (report.rows.length === 0) {
    cell(body.insertRow(), 'None.').colSpan = shown.length;
  }
  for (const row of report.rows) {
    const tr = body.insertRow();
    if (row.flagged) tr.className = 'flagged';
    for (const column of shown) {
      const text = shownValue(row[column.key], column.unit ?? row.unit);
      const href = row[column.key] != null && links[column.key]?.(row);
      if (!href) {
        cell(tr, text);
        continue;
      }
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      cell(tr, link);
    }
  }
  const wrapper = document.createElement('div');
  wrapper.className = 'table-scroll';
  wrapper.appendChild(element);
  return wrapper;
}

const percent = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A value as people read it: shares with one decimal as the API rounds them, none as a dash. */
function shownValue(value, unit) {
  if (value == null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'number') return String(value);
  return (unit === '%' ? percent : number).format(value);
}

function notes(report) {
  return report.notes.map((note) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'note';
    paragraph.textContent = note;
    return paragraph;
  });
}

function draw(canvas, type, labels, datasets, options = {}) {
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: { responsive: true, maintainAspectRatio: false, animation: false, ...options },
  });
}

const column = (report, key) => report.rows.map((row) => row[key]);
const percentAxis = (title) => ({ beginAtZero: true, suggestedMax: 100, title: { display: true, text: title } });

function trendsChart(report, canvas) {
  const line = (label, key, colour, axis, previous) => ({
    label: previous ? `${label}, previous range` : label,
    data: column(report, previous ? 'previous' + key[0].toUpperCase() + key.slice(1) : key),
    borderColor: colour, backgroundColor: colour, yAxisID: axis,
    borderDash: previous ? [6, 4] : [], pointRadius: previous ? 0 : 3,
  });
  draw(canvas, 'line', column(report, 'bucket'), [
    line('Escalation rate', 'escalationRate', COLOURS.navy, 'rate', false),
    line('Escalation rate', 'escalationRate', COLOURS.navy, 'rate', true),
    line('First contact resolution (%)', 'firstContactResolution', COLOURS.green, 'percent', false),
    line('First contact resolution (%)', 'firstContactResolution', COLOURS.green, 'percent', true),
  ], {
    scales: {
      rate: { position: 'left', beginAtZero: true, title: { display: true, text: 'Escalation rate (see the note)' } },
      percent: { position: 'right', ...percentAxis('First contact resolution (%)'), grid: { drawOnChartArea: false } },
    },
  });
}

function levelsChart(report, canvas) {
  const rows = report.rows.filter((row) => row.stays > 0);
  draw(canvas, 'bar', rows.map((row) => row.levelLabel), [{
    label: 'SLA breaches (%)', data: rows.map((row) => row.breachRate), backgroundColor: COLOURS.red,
  }], { scales: { y: percentAxis('Stays breached (%)') } });
}

function avoidableChart(report, canvas) {
  const rows = report.rows.filter((row) => row.casesEscalated > 0);
  draw(canvas, 'bar', rows.map((row) => row.keyLabel), [{
    label: 'Avoidable escalations (%)', data: rows.map((row) => row.avoidableShare),
    backgroundColor: COLOURS.amber,
  }], { indexAxis: 'y', scales: { x: percentAxis('Of the escalated (%)') } });
}

function backlogChart(report, canvas) {
  const ages = report.columns.filter((c) => ['under4h', 'under1d', 'under3d', 'older'].includes(c.key));
  const colours = [COLOURS.green, COLOURS.navy, COLOURS.amber, COLOURS.red];
  const datasets = ages.map((age, i) => ({
    label: age.label, data: column(report, age.key), backgroundColor: colours[i],
  }));
  draw(canvas, 'bar', column(report, 'levelLabel'), datasets, {
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Open cases' } },
    },
  });
}

/** Every report of the page; a user without the team figures sees their own only. */
async function showAll() {
  $('#insight-error').textContent = '';
  const sections = [...document.querySelectorAll('section.report')];
  const results = await Promise.all(sections.map(show));
  const teamFigures = results[sections.findIndex((section) => section.dataset.report === 'summary')];
  $('#own-only').hidden = teamFigures;
}

function fillFilters() {
  fillCodeChoices();
  const params = new URLSearchParams(location.search);
  $('#to').value = params.get('to') ?? today();
  $('#from').value = params.get('from') ?? plusDays($('#to').value, -29);
  for (const name of ['channel', 'category', 'trigger', 'level', 'team', 'by']) {
    if (params.has(name)) $('#' + name).value = params.get(name);
  }
  $('#agent').value = params.get('agent') ?? state.user;
}

function addDownloads() {
  for (const section of document.querySelectorAll('section.report')) {
    const output = document.createElement('div');
    output.className = 'output';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'download';
    button.disabled = true;
    button.textContent = 'Download CSV';
    button.setAttribute('aria-label', `Download ${section.querySelector('h2').textContent} as CSV`);
    button.addEventListener('click', () => download(section.dataset.path, 'text/csv', 'report.csv')
      .catch((error) => { $('#insight-error').textContent = error.message; }));
    section.append(output, button);
  }
}

addDownloads();
$('#filters').addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', pageFor());
  showAll();
});
$('#volume-by').addEventListener('change', () => show($('section[data-report="volume"]')));
$('#satisfaction-by').addEventListener('change',
  () => show($('section[data-report="satisfaction"]')));
$('#agent-form').addEventListener('submit', (event) => {
  event.preventDefault();
  show($('section[data-report="agent"]'));
});
document.addEventListener('desk:signed-in', () => {
  fillFilters();
  $('#insight').hidden = false;
  showAll();
});
document.addEventListener('desk:signed-out', () => {
  $('#insight').hidden = true;
});
