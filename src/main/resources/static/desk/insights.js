// The insight dashboard: the key figures at a glance and the trend first, then every report of
// /api/insights as a table with its CSV, charts where people would rather look than read, and
// links from a figure to the cases behind it. It asks only for the reports its user may read.
// session.js signs in, calls the API and shows times in the staff's zone; Chart.js draws.
'use strict';

/** Every word this script writes, in one place: the page's own wording is in the HTML. */
const TEXT = {
  yes: 'yes',
  no: 'no',
  none: 'None.',
  figuresAsTable: 'The figures as a table',
  downloadCsv: 'Download CSV',
  downloadLabel: (heading) => `Download ${heading} as CSV`,
  workedOutAt: (when) => `Worked out at ${when}.`,
  reversedRange: 'The last day is before the first: choose a range that runs forwards.',
  period: (range, before) => `${range}, beside the period before: ${before}`,
  // durations: "5 min", "1 h 20 min"; business time counts the case's working hours only
  underAMinute: 'under 1 min',
  minutes: (minutes) => `${minutes} min`,
  hours: (hours, minutes) => (minutes ? `${hours} h ${minutes} min` : `${hours} h`),
  days: (days, hours) => (hours ? `${days} d ${hours} h` : `${days} d`),
  businessTime: 'business time',
  elapsedTime: 'elapsed time',
  // the key figures
  percentUnit: '%',
  outOfFive: 'of 5',
  cases: (count) => (count === 1 ? 'case' : 'cases'),
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  points: (difference) => `${difference} points`,
  before: (previous) => `previous period: ${previous}`,
  nothingToCount: 'nothing to count in this period',
  nothingBefore: 'nothing to compare in the period before',
  // the charts
  previousRange: (label) => `${label}, previous range`,
  escalationRate: 'Escalation rate',
  firstContactResolution: 'First contact resolution (%)',
  rateAxis: (unit) => `Escalation rate (${unit})`,
  breaches: 'SLA breaches (%)',
  breachesAxis: 'Stays breached (%)',
  avoidable: 'Avoidable escalations (%)',
  avoidableAxis: 'Of the escalated (%)',
  openCases: 'Open cases',
};

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plusDays = (day, days) => isoDay(new Date(Date.parse(day) + days * DAY_MS));
const today = () => isoDay(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000));
/** Days as the filters name them, which have no zone: "3 Nov 2026". */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** An instant of the API ("2026-12-03T07:38:13.444Z"), which the page shows in the staff's zone. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;

/** What the case page lists behind a figure (Insights.Selection). */
const SELECTION_OF_KPI = {
  casesOpened: 'OPENED', casesEscalated: 'ESCALATED', breachRate: 'BREACHED',
  avoidableShare: 'AVOIDABLE', firstContactResolution: 'FIRST_CONTACT_RESOLVED',
  repeatContactRate: 'REPEAT_CONTACT',
};

/** The API's units of time, in seconds; business time counts the case's working hours only. */
const DURATIONS = {
  'business minutes': { seconds: 60, business: true },
  'business hours': { seconds: 3600, business: true },
  minutes: { seconds: 60, business: false },
  hours: { seconds: 3600, business: false },
};

const COLOURS = { navy: '#14365d', green: '#2e7d32', red: '#b00020', amber: '#e08a00', grey: '#7a7a7a' };

/** Who reads what (GET /api/insights/access): their own weeks, the teams' figures, every agent's. */
const TEAMS_AND_AGENTS = ['TEAMS', 'AGENTS'];
let reads = 'OWN';

/**
 * Every section of the page by its data-report: the API path, who may read it, the columns that
 * link to the cases behind them, the chart drawn from the rows, what else shows its figures.
 * Unfiltered reports show the present moment or what does not change, and take no filter.
 */
const REPORTS = {
  trends: { path: () => `trends?by=${$('#by').value}`, chart: trendsChart },
  summary: {
    path: () => 'summary', hide: ['kpi', 'definition'], shown: { unit: unitName },
    links: { value: (row) => SELECTION_OF_KPI[row.kpi] && casesBehind(SELECTION_OF_KPI[row.kpi]) },
    alsoShows: showKeyFigures,
  },
  definitions: { path: () => 'definitions', unfiltered: true, hide: ['kpi'], shown: { unit: unitName } },
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
  backlog: { path: () => 'backlog', unfiltered: true, chart: backlogChart },
  messages: { path: () => 'messages' },
  'at-risk': {
    path: () => 'at-risk', unfiltered: true, alsoShows: showAtRisk,
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
    path: () => 'agents', readers: ['AGENTS'],
    links: { agent: (row) => pageFor({ agent: row.agent }) + '#agent-heading' },
  },
  // an agent reads their own weeks; supervisors name the agent first
  agent: {
    path: () => `agents/${encodeURIComponent($('#agent').value.trim())}`, readers: ['OWN', 'AGENTS'],
    asked: () => $('#agent').value.trim() !== '',
  },
};

const readable = (section) => (REPORTS[section.dataset.report].readers ?? TEAMS_AND_AGENTS).includes(reads);
const readableSections = () => [...document.querySelectorAll('section.report')].filter(readable);

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
  if (report.unfiltered) return path;
  return path + (path.includes('?') ? '&' : '?') + filterParams();
}

const outputOf = (section) => section.querySelector('.output');
const downloadOf = (section) => section.querySelector('button.download');

/** The last request of each section: an answer to an earlier one comes too late to be shown. */
const latest = new WeakMap();

async function show(section) {
  const name = section.dataset.report;
  const path = apiPath(name);
  const request = Symbol(path);
  latest.set(section, request);
  try {
    const report = await api(path);
    if (latest.get(section) !== request) return;
    section.dataset.path = path;
    outputOf(section).replaceChildren(tableOrFigures(report, REPORTS[name]), ...notes(report));
    REPORTS[name].chart?.(report, section.querySelector('canvas'));
    REPORTS[name].alsoShows?.(report);
    downloadOf(section).disabled = false;
  } catch (error) {
    if (latest.get(section) !== request) return;
    clear(section);
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = error.message;
    outputOf(section).replaceChildren(message);
  }
}

/** A section without figures: nothing of an earlier range may stay beside a new range. */
function clear(section) {
  latest.delete(section);
  const canvas = section.querySelector('canvas');
  if (canvas) Chart.getChart(canvas)?.destroy();
  outputOf(section).replaceChildren();
  downloadOf(section).disabled = true;
  REPORTS[section.dataset.report].alsoShows?.(null);
}

/** Beside a chart, its table folds away: the chart says it at a glance, the CSV has it all. */
function tableOrFigures(report, options) {
  if (!options.chart) return table(report, options);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = TEXT.figuresAsTable;
  details.append(summary, table(report, options));
  return details;
}

/** A report as a table; a code column gives way to its label column (level → levelLabel). */
function table(report, { hide = [], links = {}, shown: shownAs = {} }) {
  const keys = new Set(report.columns.map((column) => column.key));
  const shown = report.columns.filter((column) =>
    !hide.includes(column.key) && !keys.has(column.key + 'Label'));
  const element = document.createElement('table');
  element.createCaption().textContent = report.title;
  const head = element.createTHead().insertRow();
  for (const column of shown) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = heading(column);
    head.appendChild(th);
  }
  const body = element.createTBody();
  if (report.rows.length === 0) {
    cell(body.insertRow(), TEXT.none).colSpan = shown.length;
  }
  for (const row of report.rows) {
    const tr = body.insertRow();
    if (row.flagged) tr.className = 'flagged';
    for (const column of shown) {
      const value = row[column.key];
      const text = shownAs[column.key]?.(value) ?? shownValue(value, column.unit ?? row.unit);
      const href = value != null && links[column.key]?.(row);
      cell(tr, href ? link(href, text) : text);
    }
  }
  const wrapper = document.createElement('div');
  wrapper.className = 'table-scroll';
  wrapper.appendChild(element);
  return wrapper;
}

function link(href, text) {
  const element = document.createElement('a');
  element.href = href;
  element.textContent = text;
  return element;
}

const percent = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** Satisfaction on its scale of 1 to 5, with the two decimals the API gives: "3.80". */
const average = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const FORMATS = { '%': percent, '1-5': average };

/**
 * A value as people read it: shares with one decimal as the API rounds them, durations in
 * minutes and hours, instants in the staff's zone, none as a dash.
 */
function shownValue(value, unit) {
  if (value == null || value === '') return '–';
  if (typeof value === 'boolean') return value ? TEXT.yes : TEXT.no;
  if (typeof value !== 'number') return INSTANT.test(value) ? time(value) : String(value);
  if (unit in DURATIONS) return duration(value, unit);
  return (FORMATS[unit] ?? number).format(value);
}

/** "5 min", "1 h 20 min"; elapsed time of a day or more in days and hours. */
function duration(value, unit) {
  const { seconds, business } = DURATIONS[unit];
  const minutes = Math.round((value * seconds) / 60);
  // the API rounds: 0.00 hours is under 18 seconds, not none
  if (minutes === 0) return TEXT.underAMinute;
  if (minutes < 60) return TEXT.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (!business && hours >= 24) return TEXT.days(Math.floor(hours / 24), hours % 24);
  return TEXT.hours(hours, minutes % 60);
}

/** A unit as a heading or a cell says it: "business time" for business hours. */
function unitName(unit) {
  if (!(unit in DURATIONS)) return unit ?? '';
  return DURATIONS[unit].business ? TEXT.businessTime : TEXT.elapsedTime;
}

/** A column's label with its unit; an elapsed time says "elapsed" in its label already. */
function heading(column) {
  const duration = DURATIONS[column.unit];
  const unit = duration ? duration.business && TEXT.businessTime : column.unit;
  return unit ? `${column.label} (${unit})` : column.label;
}

function notes(report) {
  const lines = [...report.notes];
  if (report.asOf) lines.push(TEXT.workedOutAt(time(report.asOf)));
  return lines.map((note) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'note';
    paragraph.textContent = note;
    return paragraph;
  });
}

// --- the key figures: this period beside the previous one, and what is at risk now

/** The range shown and the one of the same length before it, as the key figures name them. */
function periodText() {
  const [from, last] = [$('#from').value, $('#to').value];
  const days = (Date.parse(last) - Date.parse(from)) / DAY_MS + 1;
  const range = (first, end) => dayFormat.formatRange(new Date(first), new Date(end));
  return TEXT.period(range(from, last), range(plusDays(from, -days), plusDays(from, -1)));
}

function showKeyFigures(summary) {
  const rows = new Map((summary?.rows ?? []).map((row) => [row.kpi, row]));
  for (const tile of document.querySelectorAll('.tile')) {
    if (tile.dataset.kpi !== 'atRisk') fillTile(tile, rows.get(tile.dataset.kpi));
  }
  $('#period').textContent = summary ? periodText() : '';
}

function fillTile(tile, row) {
  const figure = tile.querySelector('.figure');
  const change = tile.querySelector('.change');
  change.className = 'change';
  if (!row) {
    figure.textContent = '–';
    change.replaceChildren();
    return;
  }
  if (row.value == null) {
    figure.textContent = '–';
    change.textContent = TEXT.nothingToCount;
    return;
  }
  const value = shownValue(row.value, row.unit);
  const selection = SELECTION_OF_KPI[row.kpi];
  figure.replaceChildren(selection ? link(casesBehind(selection), value) : value, ' ', unitOf(row.unit));
  if (row.previous == null) {
    change.textContent = TEXT.nothingBefore;
    return;
  }
  change.replaceChildren(...difference(tile, row), line(TEXT.before(withUnit(row.previous, row.unit))));
}

/** The units a key figure names beside its value. */
const UNIT_NAMES = { '%': TEXT.percentUnit, '1-5': TEXT.outOfFive };

/** "60.0 %", "4.00 of 5"; a rate's unit is the one of the figure above. */
function withUnit(value, unit) {
  const shown = shownValue(value, unit);
  return unit in UNIT_NAMES ? `${shown} ${UNIT_NAMES[unit]}` : shown;
}

/** "▼ 1.5 points", green where the figure got better, red where it got worse. */
function difference(tile, row) {
  const by = Math.round((row.value - row.previous) * 100) / 100;
  const direction = by > 0 ? 'up' : by < 0 ? 'down' : 'unchanged';
  if (by !== 0) {
    const better = (by < 0) === (tile.dataset.better === 'lower');
    tile.querySelector('.change').classList.add(better ? 'better' : 'worse');
  }
  if (by === 0) return [line(TEXT.unchanged)];
  const amount = shownValue(Math.abs(by), row.unit);
  const arrow = document.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = by > 0 ? '▲ ' : '▼ ';
  const said = document.createElement('span');
  said.className = 'visually-hidden';
  said.textContent = TEXT[direction] + ' ';
  const delta = line(row.unit === '%' ? TEXT.points(amount) : amount);
  delta.prepend(arrow, said);
  return [delta];
}

function line(text) {
  const span = document.createElement('span');
  span.className = 'line';
  span.textContent = text;
  return span;
}

/** A figure's unit beside it, smaller: "%", "of 5", "per 100 contacts". */
function unitOf(unit) {
  const small = document.createElement('small');
  small.textContent = UNIT_NAMES[unit] ?? unit ?? '';
  return small;
}

function showAtRisk(report) {
  const tile = $('.tile[data-kpi="atRisk"]');
  if (!report) {
    fillTile(tile, null);
    return;
  }
  const count = report.rows.length;
  tile.querySelector('.figure').replaceChildren(link('#at-risk-heading', String(count)), ' ',
    unitOf(TEXT.cases(count)));
  tile.querySelector('.change').replaceChildren(line(report.notes[0] ?? ''));
}

// --- the charts

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
  const series = (label, key, colour, axis, previous) => ({
    label: previous ? TEXT.previousRange(label) : label,
    data: column(report, previous ? 'previous' + key[0].toUpperCase() + key.slice(1) : key),
    borderColor: colour, backgroundColor: colour, yAxisID: axis,
    borderDash: previous ? [6, 4] : [], pointRadius: previous ? 0 : 3,
  });
  const rateUnit = report.columns.find((c) => c.key === 'escalationRate').unit;
  draw(canvas, 'line', column(report, 'bucket').map((day) => shortDayFormat.format(new Date(day))), [
    series(TEXT.escalationRate, 'escalationRate', COLOURS.navy, 'rate', false),
    series(TEXT.escalationRate, 'escalationRate', COLOURS.navy, 'rate', true),
    series(TEXT.firstContactResolution, 'firstContactResolution', COLOURS.green, 'percent', false),
    series(TEXT.firstContactResolution, 'firstContactResolution', COLOURS.green, 'percent', true),
  ], {
    scales: {
      rate: { position: 'left', beginAtZero: true, title: { display: true, text: TEXT.rateAxis(rateUnit) } },
      percent: { position: 'right', ...percentAxis(TEXT.firstContactResolution), grid: { drawOnChartArea: false } },
    },
  });
}

function levelsChart(report, canvas) {
  const rows = report.rows.filter((row) => row.stays > 0);
  draw(canvas, 'bar', rows.map((row) => row.levelLabel), [{
    label: TEXT.breaches, data: rows.map((row) => row.breachRate), backgroundColor: COLOURS.red,
  }], { scales: { y: percentAxis(TEXT.breachesAxis) } });
}

function avoidableChart(report, canvas) {
  const rows = report.rows.filter((row) => row.casesEscalated > 0);
  draw(canvas, 'bar', rows.map((row) => row.keyLabel), [{
    label: TEXT.avoidable, data: rows.map((row) => row.avoidableShare), backgroundColor: COLOURS.amber,
  }], { indexAxis: 'y', scales: { x: percentAxis(TEXT.avoidableAxis) } });
}

function backlogChart(report, canvas) {
  const ages = report.columns.filter((c) => ['under4h', 'under1d', 'under3d', 'older'].includes(c.key));
  const colours = [COLOURS.green, COLOURS.navy, COLOURS.amber, COLOURS.red];
  const datasets = ages.map((age, i) => ({
    label: age.label, data: column(report, age.key), backgroundColor: colours[i],
  }));
  // a level's cases with a partner team are a bar of their own, named after the partner
  const bars = report.rows.map((row) =>
    (row.partnerLabel ? `${row.levelLabel}: ${row.partnerLabel}` : row.levelLabel));
  draw(canvas, 'bar', bars, datasets, {
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: TEXT.openCases } },
    },
  });
}

// --- the page

/** Every report the user may read; a reversed range clears them all and asks for none. */
async function showAll() {
  $('#insight-error').textContent = '';
  const sections = readableSections();
  if ($('#to').value < $('#from').value) {
    $('#insight-error').textContent = TEXT.reversedRange;
    sections.forEach(clear);
    return;
  }
  await Promise.all(sections.map((section) => {
    const asked = REPORTS[section.dataset.report].asked?.() ?? true;
    return asked ? show(section) : clear(section);
  }));
}

/** Only what the user may read is shown and asked for; an agent reads their own weeks only. */
function showReadable() {
  for (const section of document.querySelectorAll('section.report')) section.hidden = !readable(section);
  const teams = TEAMS_AND_AGENTS.includes(reads);
  $('#key-figures').hidden = !teams;
  $('#own-only').hidden = reads !== 'OWN';
  $('#agent-form').hidden = reads === 'OWN';
  if (reads === 'OWN') $('#agent').value = state.user;
}

function fillFilters() {
  fillCodeChoices();
  const params = new URLSearchParams(location.search);
  $('#to').value = params.get('to') ?? today();
  $('#from').value = params.get('from') ?? plusDays($('#to').value, -29);
  for (const name of ['channel', 'category', 'trigger', 'level', 'team', 'by']) {
    if (params.has(name)) $('#' + name).value = params.get(name);
  }
  $('#agent').value = params.get('agent') ?? '';
}

function addDownloads() {
  for (const section of document.querySelectorAll('section.report')) {
    if (!outputOf(section)) {
      const output = document.createElement('div');
      output.className = 'output';
      section.append(output);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'download';
    button.disabled = true;
    button.textContent = TEXT.downloadCsv;
    button.setAttribute('aria-label', TEXT.downloadLabel(section.querySelector('h2').textContent));
    button.addEventListener('click', () => download(section.dataset.path, 'text/csv', 'report.csv')
      .catch((error) => { $('#insight-error').textContent = error.message; }));
    section.append(button);
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
document.addEventListener('desk:signed-in', async () => {
  fillFilters();
  try {
    ({ figures: reads } = await api('/api/insights/access'));
  } catch (error) {
    reads = null;
    $('#insight-error').textContent = error.message;
  }
  showReadable();
  $('#insight').hidden = false;
  if (reads) showAll();
});
document.addEventListener('desk:signed-out', () => {
  $('#insight').hidden = true;
});
