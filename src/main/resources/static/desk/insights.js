// The insight dashboard: the key figures at a glance and the trend first, then every report of
// /api/insights as a table with its CSV, charts where people would rather look than read, and
// links from a figure to the cases behind it. It asks only for the reports its user may read.
// session.js signs in, calls the API and shows times in the staff's zone; i18n.js has the wording
// and the language's formats; Chart.js draws. The reports' titles and column labels are the API's,
// in English for integrators and the CSV: the page names them in its language by their keys.
'use strict';

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plusDays = (day, days) => isoDay(new Date(Date.parse(day) + days * DAY_MS));
const capitalized = (text) => text.charAt(0).toLocaleUpperCase(i18n.locale) + text.slice(1);
const today = () => isoDay(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000));
/** Days as the filters name them, which have no zone: "3 Nov 2026", "3. Nov. 2026". */
const dayFormat = new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** An instant of the API ("2026-12-03T07:38:13.444Z"), which the page shows in the staff's zone. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;
/** A day of the API ("2026-12-03"), a day or week of a trend. */
const DAY = /^\d{4}-\d\d-\d\d$/;

/** What the case page lists behind a figure (CasesBehindFigures.Selection). */
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

/** The labels of a report's codes by column key, where the key does not say the type already. */
const CODES = {
  level: 'Level', entryLevel: 'Level', priority: 'Priority', trigger: 'Trigger', category: 'Category',
  kind: 'LessonKind', expertGroup: 'ExpertGroup', channel: 'InboundChannel', team: 'team',
  partner: 'Partner',
};
/** The code type of each dimension of the volume report; teams are named as the team filter does. */
const DIMENSION_CODES = {
  CHANNEL: 'Channel', CATEGORY: 'Category', TRIGGER: 'Trigger', PRIORITY: 'Priority',
  SEGMENT: 'CustomerSegment', LEVEL: 'Level', TEAM: 'team',
};

const COLOURS = { navy: '#14365d', green: '#2e7d32', red: '#b00020', amber: '#e08a00', grey: '#7a7a7a' };

/** Who reads what (GET /api/insights/access): their own weeks, the teams' figures, every agent's. */
const TEAMS_AND_AGENTS = ['TEAMS', 'AGENTS'];
let reads = 'OWN';

/** Columns shown alike in every report: what a rate is per. */
const SHOWN = { rateUnit: unitName };

/** A KPI's row in the summary and the definitions: its name and unit in the page's language. */
const KPI_ROW = { label: (value, row) => kpiNames()[row.kpi] ?? value, unit: unitName };

/**
 * Every section of the page by its data-report: the API path, who may read it, the columns that
 * link to the cases behind them, the chart drawn from the rows, what else shows its figures.
 * Unfiltered reports show the present moment or what does not change, and take no filter.
 * A report grouped as a select of the form chooses (by) is captioned and headed by it. Its notes
 * are the page's where it can tell them from the figures, else the API's.
 */
const REPORTS = {
  trends: {
    path: () => `trends?by=${$('#by').value}`, by: '#by', chart: trendsChart,
    notes: (report) => [rateNote(report.columns.find((column) => column.key === 'escalationRate').unit)],
    headings: () => ({
      bucket: $('#by').value === 'WEEK' ? t('insight.column.weekOf') : t('insight.column.day'),
    }),
  },
  summary: {
    path: () => 'summary', hide: ['kpi', 'definition'], shown: KPI_ROW,
    notes: (report) => [rateNote(report.rows.find((row) => row.kpi === 'escalationRate').unit)],
    links: { value: (row) => SELECTION_OF_KPI[row.kpi] && casesBehind(SELECTION_OF_KPI[row.kpi]) },
    alsoShows: showKeyFigures,
  },
  definitions: { path: () => 'definitions', unfiltered: true, hide: ['kpi'], shown: KPI_ROW },
  levels: { path: () => 'levels', chart: levelsChart, notes: () => [t('insight.note.levels')] },
  'avoidable-by-trigger': {
    path: () => 'volume?by=TRIGGER', chart: avoidableChart,
    headings: () => ({ key: t('field.trigger') }), codes: () => ({ key: 'Trigger' }),
    links: { avoidableShare: (row) => casesBehind('AVOIDABLE', { trigger: row.key }) },
  },
  'push-down': {
    path: () => 'push-down',
    links: { candidates: (row) => casesBehind('PUSH_DOWN', { trigger: row.trigger, category: row.category }) },
    alsoShows: showEvidenceChoices,
  },
  avoidable: {
    path: () => 'avoidable',
    links: { avoidable: (row) => casesBehind('AVOIDABLE', { trigger: row.trigger, category: row.category }) },
  },
  backlog: {
    path: () => 'backlog', unfiltered: true, chart: backlogChart,
    notes: () => [t('insight.note.backlog')],
  },
  messages: { path: () => 'messages', notes: () => [t('insight.note.messages')] },
  'at-risk': {
    path: () => 'at-risk', unfiltered: true, alsoShows: showAtRisk,
    links: { caseNumber: (row) => '/desk/#' + encodeURIComponent(row.caseNumber) },
  },
  sla: { path: () => 'sla' },
  volume: {
    path: () => `volume?by=${$('#volume-by').value}`, by: '#volume-by',
    headings: () => ({ key: capitalized($('#volume-by').selectedOptions[0].text) }),
    codes: () => ({ key: DIMENSION_CODES[$('#volume-by').value] }),
  },
  satisfaction: {
    path: () => `satisfaction?by=${$('#satisfaction-by').value}`, by: '#satisfaction-by',
    headings: () => ($('#satisfaction-by').value === 'RESOLVED_LEVEL'
      ? { level: t('insight.column.resolvedAt') } : {}),
    notes: () => [t('insight.note.satisfaction')],
  },
  lessons: { path: () => 'lessons', notes: lessonsNote },
  consults: { path: () => 'consults', notes: () => [t('insight.note.consults')] },
  goodwill: {
    path: () => 'goodwill',
    notes: (report) => [t('insight.note.goodwill',
      { currency: report.columns.find((column) => column.key === 'credited').unit })],
  },
  partners: { path: () => 'partners', notes: () => [t('insight.note.partners')] },
  teams: { path: () => 'teams', notes: () => [t('insight.note.teams')] },
  agents: {
    path: () => 'agents', readers: ['AGENTS'], shown: { trend: weeklyRates },
    links: { agent: (row) => pageFor({ agent: row.agent }) + '#agent-heading' },
  },
  // an agent reads their own weeks; supervisors name the agent first
  agent: {
    path: () => `agents/${encodeURIComponent($('#agent').value.trim())}`, readers: ['OWN', 'AGENTS'],
    asked: () => $('#agent').value.trim() !== '',
    caption: () => t('insight.agent.caption', { agent: $('#agent').value.trim() }),
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

/** How a report is to be read, as the form stands when it is asked for: caption, headings, codes. */
function viewOf(section) {
  const report = REPORTS[section.dataset.report];
  const heading = section.querySelector('h2').textContent;
  const by = report.by && $(report.by).selectedOptions[0].text;
  return {
    caption: report.caption?.() ?? (by ? t('insight.captionBy', { report: heading, by }) : heading),
    headings: report.headings?.() ?? {},
    codes: report.codes?.() ?? {},
  };
}

async function show(section) {
  const name = section.dataset.report;
  const path = apiPath(name);
  const view = viewOf(section);
  const request = Symbol(path);
  latest.set(section, request);
  try {
    const report = await api(path);
    if (latest.get(section) !== request) return;
    section.dataset.path = path;
    outputOf(section).replaceChildren(tableOrFigures(report, REPORTS[name], view),
      ...notes(report, REPORTS[name]));
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
function tableOrFigures(report, options, view) {
  if (!options.chart) return table(report, options, view);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('insight.figuresAsTable');
  details.append(summary, table(report, options, view));
  return details;
}

/**
 * A report as a table; a code column gives way to its label column (level → levelLabel), which
 * shows the code's label in the page's language.
 */
function table(report, { hide = [], links = {}, shown: shownAs = {} }, view) {
  const keys = new Set(report.columns.map((column) => column.key));
  const shown = report.columns.filter((column) =>
    !hide.includes(column.key) && !keys.has(column.key + 'Label'));
  const element = document.createElement('table');
  element.createCaption().textContent = view.caption;
  const head = element.createTHead().insertRow();
  for (const column of shown) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = heading(column, view);
    head.appendChild(th);
  }
  const body = element.createTBody();
  if (report.rows.length === 0) {
    cell(body.insertRow(), t('insight.none')).colSpan = shown.length;
  }
  for (const row of report.rows) {
    const tr = body.insertRow();
    if (row.flagged) tr.className = 'flagged';
    for (const column of shown) {
      const value = row[column.key];
      const text = (shownAs[column.key] ?? SHOWN[column.key])?.(value, row)
        ?? codeLabel(column.key, row, view) ?? shownValue(value, column.unit ?? row.unit);
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

/** The label of the code in a label column (levelLabel: the level's), none for other columns. */
function codeLabel(key, row, view) {
  if (!key.endsWith('Label')) return undefined;
  const codeKey = key.replace(/Label$/, '');
  const type = view.codes[codeKey] ?? CODES[codeKey];
  const code = row[codeKey];
  if (code == null || !type) return undefined;
  return type === 'team' ? teamName(code) : label(type, code);
}

/** A team as the team filter names it: "Tier 1" for tier1. */
function teamName(code) {
  return [...$('#team').options].find((option) => option.value === code)?.text ?? code;
}

const percent = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const number = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 });
/** Satisfaction on its scale of 1 to 5, with the two decimals the API gives: "3.80", "3,80". */
const average = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const FORMATS = { '%': percent, '1-5': average };

/**
 * A value as people read it: shares with one decimal as the API rounds them, durations in
 * minutes and hours, instants in the staff's zone, days as the language writes them, none as a
 * dash.
 */
function shownValue(value, unit) {
  if (value == null || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value !== 'number') {
    if (INSTANT.test(value)) return time(value);
    return DAY.test(value) ? dayFormat.format(new Date(value)) : String(value);
  }
  if (unit in DURATIONS) return duration(value, unit);
  return (FORMATS[unit] ?? number).format(value);
}

/** An agent's weekly rates as the API lists them, "25.0 / 33.3 / -", in the page's digits. */
function weeklyRates(trend) {
  return trend.split(' / ').map((rate) => (rate === '-' ? '–' : percent.format(rate))).join(' / ');
}

/** "5 min", "1 h 20 min"; elapsed time of a day or more in days and hours. */
function duration(value, unit) {
  const { seconds, business } = DURATIONS[unit];
  const minutes = Math.round((value * seconds) / 60);
  // the API rounds: 0.00 hours is under 18 seconds, not none
  if (minutes === 0) return t('insight.underAMinute');
  if (minutes < 60) return t('time.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (!business && hours >= 24) {
    const [days, hoursLeft] = [Math.floor(hours / 24), hours % 24];
    return hoursLeft ? t('time.daysHours', { days, hours: hoursLeft }) : t('time.days', { days });
  }
  return minutes % 60
    ? t('time.hoursMinutes', { hours, minutes: minutes % 60 }) : t('time.hours', { hours });
}

/** A unit as a heading or a cell says it: "business time" for business hours, "cases". */
function unitName(unit) {
  if (unit in DURATIONS) {
    return DURATIONS[unit].business ? t('insight.unit.businessTime') : t('insight.unit.elapsedTime');
  }
  return unitNames()[unit] ?? unit ?? '';
}

/**
 * A column's name in the page's language with its unit; an elapsed time says "elapsed" in its
 * name already. A column the page has no name for keeps the API's label.
 */
function heading(column, view) {
  const key = column.key.replace(/Label$/, '');
  const name = view.headings[key] ?? columnName(key) ?? column.label;
  const duration = DURATIONS[column.unit];
  const unit = duration
    ? duration.business && t('insight.unit.businessTime') : column.unit && unitName(column.unit);
  return unit ? `${name} (${unit})` : name;
}

/** A column by its key: a KPI's (escalationRate), the previous period's (previousEscalationRate). */
function columnName(key) {
  const name = kpiNames()[key] ?? columnNames()[key];
  if (name) return name;
  const previous = /^previous([A-Z].*)$/.exec(key);
  const ofKpi = previous && kpiNames()[previous[1][0].toLowerCase() + previous[1].slice(1)];
  return ofKpi ? t('insight.column.previousOf', { column: ofKpi }) : undefined;
}

/** Made once, when asked first: the wording is there by then. */
function once(make) {
  let made;
  return () => (made ??= make());
}

/** Every KPI's name, by its key (insight/Kpi.java). */
const kpiNames = once(() => ({
  contacts: t('insight.kpi.contacts'),
  casesOpened: t('insight.kpi.casesOpened'),
  casesEscalated: t('insight.kpi.casesEscalated'),
  escalationRate: t('insight.kpi.escalationRate'),
  leftTier1: t('insight.kpi.leftTier1'),
  firstContactResolution: t('insight.kpi.firstContactResolution'),
  transferRate: t('insight.kpi.transferRate'),
  repeatContactRate: t('insight.kpi.repeatContactRate'),
  firstResponseMedian: t('insight.kpi.firstResponseMedian'),
  firstResponseP90: t('insight.kpi.firstResponseP90'),
  firstResponseElapsedMedian: t('insight.kpi.firstResponseElapsedMedian'),
  firstResponseElapsedP90: t('insight.kpi.firstResponseElapsedP90'),
  timeToResolveMedian: t('insight.kpi.timeToResolveMedian'),
  timeToResolveP90: t('insight.kpi.timeToResolveP90'),
  timeToResolveElapsedMedian: t('insight.kpi.timeToResolveElapsedMedian'),
  timeToResolveElapsedP90: t('insight.kpi.timeToResolveElapsedP90'),
  slaAchievement: t('insight.kpi.slaAchievement'),
  breachRate: t('insight.kpi.breachRate'),
  warningsFollowedByBreach: t('insight.kpi.warningsFollowedByBreach'),
  missedFirstResponses: t('insight.kpi.missedFirstResponses'),
  avoidableShare: t('insight.kpi.avoidableShare'),
  surveyResponseRate: t('insight.kpi.surveyResponseRate'),
  satisfactionAverage: t('insight.kpi.satisfactionAverage'),
  dissatisfied: t('insight.kpi.dissatisfied'),
  escalationPath: t('insight.kpi.escalationPath'),
  lessonAdoptionRate: t('insight.kpi.lessonAdoptionRate'),
  consults: t('insight.kpi.consults'),
  consultAnswerMedian: t('insight.kpi.consultAnswerMedian'),
  resolvedAtAskingLevel: t('insight.kpi.resolvedAtAskingLevel'),
  goodwillRequested: t('insight.kpi.goodwillRequested'),
  approvalsAsked: t('insight.kpi.approvalsAsked'),
  resolvedWhereGranted: t('insight.kpi.resolvedWhereGranted'),
  escalatedAfterShown: t('insight.kpi.escalatedAfterShown'),
  resolvedAfterHelp: t('insight.kpi.resolvedAfterHelp'),
}));

/** The reports' other columns, by key; a key means the same in every report that has it. */
const columnNames = once(() => ({
  label: t('insight.column.figure'),
  value: t('insight.column.thisPeriod'),
  previous: t('insight.column.previousPeriod'),
  previousBucket: t('insight.column.previousPeriod'),
  unit: t('insight.column.unit'),
  definition: t('insight.column.definition'),
  week: t('insight.column.weekOf'),
  caseNumber: t('field.case'),
  customerName: t('field.customer'),
  level: t('field.level'),
  priority: t('field.priority'),
  trigger: t('field.trigger'),
  category: t('field.category'),
  channel: t('field.channel'),
  kind: t('field.kind'),
  team: t('insight.team'),
  stays: t('insight.column.stays'),
  held: t('insight.column.held'),
  ended: t('insight.column.ended'),
  tier1Ended: t('insight.column.ended'),
  movedOn: t('insight.column.movedOn'),
  suggested: t('insight.column.suggested'),
  helped: t('insight.column.helped'),
  tier1MovedOn: t('insight.column.movedOn'),
  breached: t('insight.column.breached'),
  breaches: t('insight.column.breaches'),
  resolved: t('insight.column.resolved'),
  rateUnit: t('insight.column.ratePer'),
  avoidable: t('insight.column.avoidable'),
  candidates: t('insight.column.candidates'),
  share: t('insight.column.shareOfEscalated'),
  policyRule: t('insight.column.policyRule'),
  policyRuleDescription: t('insight.column.policyRuleDescription'),
  under4h: t('insight.column.under4h'),
  under1d: t('insight.column.under1d'),
  under3d: t('insight.column.under3d'),
  older: t('insight.column.older'),
  total: t('insight.column.open'),
  open: t('insight.column.open'),
  slaDueAt: t('insight.column.slaDue'),
  minutesLeft: t('insight.column.left'),
  entryLevel: t('insight.column.enteredAt'),
  escalations: t('insight.column.movedUp'),
  handedOff: t('insight.column.handedOff'),
  answered: t('insight.column.answered'),
  noted: t('field.noted'),
  adopted: t('insight.column.adopted'),
  dismissed: t('insight.column.dismissed'),
  expertGroup: t('insight.column.expertGroup'),
  timedOut: t('insight.column.timedOut'),
  cancelled: t('insight.column.withdrawn'),
  granted: t('insight.column.granted'),
  rejected: t('insight.column.rejected'),
  credited: t('insight.column.credited'),
  casesGranted: t('insight.column.casesGranted'),
  partner: t('insight.column.partner'),
  landed: t('insight.column.landed'),
  followUps: t('insight.column.followUps'),
  newCases: t('insight.column.newCases'),
  parked: t('insight.column.parked'),
  unanswered: t('insight.column.unanswered'),
  agent: t('insight.agent.label'),
  tier1Held: t('insight.column.tier1Held'),
  tier1EscalationRate: t('insight.column.tier1EscalationRate'),
  coachingRate: t('insight.column.coachingRate'),
  teamMedian: t('insight.column.teamMedian'),
  trend: t('insight.column.weeklyTrend'),
  flagged: t('insight.column.flagged'),
}));

/** The units the API counts in, as a heading names them: "Stays (stays)". */
const unitNames = once(() => ({
  'per 100 contacts': t('insight.unit.per100Contacts'),
  'per 100 cases': t('insight.unit.per100Cases'),
  cases: t('insight.unit.cases'),
  stays: t('insight.unit.stays'),
  contacts: t('insight.unit.contacts'),
  transfers: t('insight.unit.transfers'),
  answers: t('insight.unit.answers'),
  questions: t('insight.unit.questions'),
  requests: t('insight.unit.requests'),
  lessons: t('insight.unit.lessons'),
  messages: t('insight.unit.messages'),
  levels: t('insight.unit.levels'),
}));

function notes(report, options) {
  const lines = options.notes?.(report) ?? [...report.notes];
  if (report.asOf) lines.push(t('insight.workedOutAt', { time: time(report.asOf) }));
  return lines.map((note) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'note';
    paragraph.textContent = note;
    return paragraph;
  });
}

/** What an escalation rate is relative to, as its unit says. */
function rateNote(unit) {
  return unit === 'per 100 contacts'
    ? t('insight.note.ratePerContacts') : t('insight.note.ratePerCases');
}

/** The lessons of every kind, and the share adopted, rounded as the API rounds. */
function lessonsNote(report) {
  const sum = (key) => report.rows.reduce((total, row) => total + row[key], 0);
  const [noted, adopted] = [sum('noted'), sum('adopted')];
  if (noted === 0) return [t('insight.note.lessonsNoneNoted')];
  return [t('insight.note.lessons',
    { noted, adopted, rate: percent.format(Math.round((adopted * 1000) / noted) / 10) })];
}

// --- the key figures: this period beside the previous one, and what is at risk now

/** The range shown and the one of the same length before it, as the key figures name them. */
function periodText() {
  const [from, last] = [$('#from').value, $('#to').value];
  const days = (Date.parse(last) - Date.parse(from)) / DAY_MS + 1;
  const range = (first, end) => dayFormat.formatRange(new Date(first), new Date(end));
  return t('insight.period',
    { range: range(from, last), before: range(plusDays(from, -days), plusDays(from, -1)) });
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
    change.textContent = t('insight.change.nothingToCount');
    return;
  }
  const value = shownValue(row.value, row.unit);
  const selection = SELECTION_OF_KPI[row.kpi];
  figure.replaceChildren(selection ? link(casesBehind(selection), value) : value, ' ', unitOf(row.unit));
  if (row.previous == null) {
    change.textContent = t('insight.change.nothingBefore');
    return;
  }
  change.replaceChildren(...difference(tile, row),
    line(t('insight.change.before', { previous: withUnit(row.previous, row.unit) })));
}

/** "60.0 %", "4.00 of 5"; a rate's unit is the one of the figure above. */
function withUnit(value, unit) {
  const shown = shownValue(value, unit);
  return unit === '%' || unit === '1-5' ? `${shown} ${figureUnit(unit)}` : shown;
}

/** A key figure's unit: "%", "of 5", "per 100 contacts". */
function figureUnit(unit) {
  return unit === '1-5' ? t('insight.unit.outOfFive') : unitName(unit);
}

/** "▼ 1.5 points", green where the figure got better, red where it got worse. */
function difference(tile, row) {
  const by = Math.round((row.value - row.previous) * 100) / 100;
  if (by !== 0) {
    const better = (by < 0) === (tile.dataset.better === 'lower');
    tile.querySelector('.change').classList.add(better ? 'better' : 'worse');
  }
  if (by === 0) return [line(t('insight.change.unchanged'))];
  const amount = shownValue(Math.abs(by), row.unit);
  const arrow = document.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = by > 0 ? '▲ ' : '▼ ';
  const said = document.createElement('span');
  said.className = 'visually-hidden';
  said.textContent = (by > 0 ? t('insight.change.up') : t('insight.change.down')) + ' ';
  const delta = line(row.unit === '%' ? t('insight.change.points', { points: amount }) : amount);
  delta.prepend(arrow, said);
  return [delta];
}

function line(text) {
  const span = document.createElement('span');
  span.className = 'line';
  span.textContent = text;
  return span;
}

/** A figure's unit beside it, smaller. */
function unitOf(unit) {
  const small = document.createElement('small');
  small.textContent = figureUnit(unit);
  return small;
}

/** The open cases whose SLA runs out soon, and when the first runs out. */
function showAtRisk(report) {
  const tile = $('.tile[data-kpi="atRisk"]');
  if (!report) {
    fillTile(tile, null);
    return;
  }
  const count = report.rows.length;
  const cases = document.createElement('small');
  cases.textContent = t('insight.atRisk.cases', { count });
  tile.querySelector('.figure').replaceChildren(link('#at-risk-heading', number.format(count)), ' ',
    cases);
  tile.querySelector('.change').replaceChildren(line(count
    ? t('insight.atRisk.firstDue', { time: time(report.rows[0].slaDueAt) })
    : t('insight.atRisk.noneDue')));
}

/**
 * Per push-down candidate, a button to the evidence: the cases of its category and trigger
 * resolved at Tier 1, with the Tier 1 hint and the resolving agents' notes, as text.
 */
function showEvidenceChoices(report) {
  const choices = $('#push-down-evidence-choices');
  $('#push-down-evidence').replaceChildren();
  choices.replaceChildren(...(report?.rows ?? []).map((row) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('insight.pushDown.evidenceFor',
      { category: label('Category', row.category), trigger: label('Trigger', row.trigger) });
    button.addEventListener('click', () => showEvidence(row.category, row.trigger));
    return button;
  }));
}

async function showEvidence(category, trigger) {
  const panel = $('#push-down-evidence');
  try {
    const evidence = await api('/api/knowledge/evidence?'
      + new URLSearchParams({ category, trigger }));
    const heading = document.createElement('h3');
    heading.textContent = t('insight.pushDown.evidenceHeading', {
      category: label('Category', category), trigger: label('Trigger', trigger), resolved: evidence.resolved,
    });
    const hint = line(evidence.tierOneHint
      ? evidence.tierOneHint.wording[i18n.language.toUpperCase()] ?? evidence.tierOneHint.wording.EN
      : t('insight.pushDown.noEvidence'));
    const cases = document.createElement('ul');
    cases.append(...evidence.atTierOne.map((resolved) => {
      const item = document.createElement('li');
      item.append(link('/desk/#' + encodeURIComponent(resolved.caseNumber), resolved.caseNumber),
        ` · ${label('ResolutionCode', resolved.resolution)} · ${time(resolved.closedAt)}`);
      if (resolved.note) item.append(line(resolved.note));
      return item;
    }));
    panel.replaceChildren(heading, hint, cases);
  } catch (error) {
    panel.replaceChildren(line(error.message));
  }
}

// --- the charts

function draw(canvas, type, labels, datasets, options = {}) {
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, locale: i18n.locale, ...options,
    },
  });
}

const column = (report, key) => report.rows.map((row) => row[key]);
const percentAxis = (title) => ({ beginAtZero: true, suggestedMax: 100, title: { display: true, text: title } });

function trendsChart(report, canvas) {
  const series = (label, key, colour, axis, previous) => ({
    label: previous ? t('insight.chart.previousRange', { series: label }) : label,
    data: column(report, previous ? 'previous' + key[0].toUpperCase() + key.slice(1) : key),
    borderColor: colour, backgroundColor: colour, yAxisID: axis,
    borderDash: previous ? [6, 4] : [], pointRadius: previous ? 0 : 3,
  });
  const rateUnit = unitName(report.columns.find((c) => c.key === 'escalationRate').unit);
  const rate = kpiNames().escalationRate;
  const resolution = `${kpiNames().firstContactResolution} (%)`;
  draw(canvas, 'line', column(report, 'bucket').map((day) => shortDayFormat.format(new Date(day))), [
    series(rate, 'escalationRate', COLOURS.navy, 'rate', false),
    series(rate, 'escalationRate', COLOURS.navy, 'rate', true),
    series(resolution, 'firstContactResolution', COLOURS.green, 'percent', false),
    series(resolution, 'firstContactResolution', COLOURS.green, 'percent', true),
  ], {
    scales: {
      rate: { position: 'left', beginAtZero: true, title: { display: true, text: `${rate} (${rateUnit})` } },
      percent: { position: 'right', ...percentAxis(resolution), grid: { drawOnChartArea: false } },
    },
  });
}

function levelsChart(report, canvas) {
  const rows = report.rows.filter((row) => row.stays > 0);
  draw(canvas, 'bar', rows.map((row) => label('Level', row.level)), [{
    label: `${kpiNames().breachRate} (%)`, data: rows.map((row) => row.breachRate),
    backgroundColor: COLOURS.red,
  }], { scales: { y: percentAxis(t('insight.chart.staysBreached')) } });
}

function avoidableChart(report, canvas) {
  const rows = report.rows.filter((row) => row.casesEscalated > 0);
  draw(canvas, 'bar', rows.map((row) => label('Trigger', row.key)), [{
    label: `${kpiNames().avoidableShare} (%)`, data: rows.map((row) => row.avoidableShare),
    backgroundColor: COLOURS.amber,
  }], { indexAxis: 'y', scales: { x: percentAxis(t('insight.chart.ofTheEscalated')) } });
}

function backlogChart(report, canvas) {
  const ages = report.columns.filter((c) => ['under4h', 'under1d', 'under3d', 'older'].includes(c.key));
  const colours = [COLOURS.green, COLOURS.navy, COLOURS.amber, COLOURS.red];
  const datasets = ages.map((age, i) => ({
    label: columnName(age.key), data: column(report, age.key), backgroundColor: colours[i],
  }));
  // a level's cases with a partner team are a bar of their own, named after the partner
  const bars = report.rows.map((row) => (row.partner
    ? `${label('Level', row.level)}: ${label('Partner', row.partner)}` : label('Level', row.level)));
  draw(canvas, 'bar', bars, datasets, {
    scales: {
      x: { stacked: true },
      y: {
        stacked: true, beginAtZero: true, ticks: { precision: 0 },
        title: { display: true, text: t('insight.chart.openCases') },
      },
    },
  });
}

// --- the page

/** Every report the user may read; a reversed range clears them all and asks for none. */
async function showAll() {
  $('#insight-error').textContent = '';
  const sections = readableSections();
  if ($('#to').value < $('#from').value) {
    $('#insight-error').textContent = t('insight.reversedRange');
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
    button.textContent = t('common.downloadCsv');
    button.setAttribute('aria-label',
      t('insight.downloadLabel', { report: section.querySelector('h2').textContent }));
    button.addEventListener('click', () => download(section.dataset.path, 'text/csv', 'report.csv')
      .catch((error) => { $('#insight-error').textContent = error.message; }));
    section.append(button);
  }
}

// the buttons say what they download in the page's language
i18n.ready.then(addDownloads);
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
