// The BackPain.Core web sample page: asks the questions, sends them to POST /api/plans in the library's JSON format,
// and shows the assessment and the plan. Plain JavaScript, no build step, no third-party code.
(() => {
  'use strict';

  const form = document.getElementById('report-form');
  const severity = document.getElementById('severity');
  const severityValue = document.getElementById('severity-value');
  const characterFieldset = document.getElementById('character-fieldset');
  const errorSummary = document.getElementById('error-summary');
  const results = document.getElementById('results');
  const resultsBody = document.getElementById('results-body');
  const resultsTitle = document.getElementById('results-title');
  const status = document.getElementById('status');
  const submit = document.getElementById('submit');
  /** The language picker: its value goes in Accept-Language, so the library's texts come back in that language. */
  const language = document.getElementById('language');

  /** The library's vocabularies (GET /api/catalogue), indexed by id. */
  const names = { causes: {}, triageLevels: {}, symptoms: {}, muscles: {}, remedies: {}, exercises: {}, sources: {} };
  let triageRank = {};
  /** The causes, in the catalogue's order, and the findings a check-in may report (with the level of a warning sign). */
  let causeList = [];
  let checkInSymptoms = [];
  /** The plan on screen, as the API returned it: sent back whole with a check-in. */
  let currentPlan = null;

  /** The languages the page and the API speak: the picker's values. */
  const LANGUAGES = ['en', 'de', 'es'];
  /** The page's own labels in the chosen language (i18n/<language>.json), and those read so far, by language. */
  let strings = {};
  const stringsByLanguage = {};
  /** The clinician's answers a check-in offers, and what a clearance clears for. */
  const CLINICIAN_CHOICES = ['notSeen', 'notCleared', 'lightActivity', 'fullTraining'];
  const CLEARANCES = ['lightActivity', 'fullTraining'];

  // ---- small DOM helpers -------------------------------------------------------------------------------------------

  /** Creates an element with attributes and children (strings become text nodes: nothing is parsed as HTML). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The page's label for a key, with its {placeholders} filled in; the key itself when a label is missing. */
  function t(key, values) {
    const text = strings[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole)) : text;
  }

  /** A label that may be missing (a kind or level the page does not know): null then, so the caller shows the id. */
  const labelFor = (key) => strings[key] ?? null;

  const nameOf = (table, id) => (names[table] && names[table][id]) || id;
  /** A name inside a sentence: lower-cased where the language writes it so (not German, whose nouns keep their capital). */
  const inSentence = (name) => (strings.lowercaseNamesInSentences === 'true' ? name.toLowerCase() : name);
  const musclesText = (ids) => ids.map((id) => inSentence(nameOf('muscles', id))).join(', ');

  function formatDate(iso, options) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(strings.locale || 'en-GB', { timeZone: 'UTC', ...options });
  }

  // ---- the page's language -----------------------------------------------------------------------------------------

  /** The first of the browser's languages the page speaks (de-AT: de), else English. */
  function browserLanguage() {
    for (const tag of navigator.languages || [navigator.language]) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (LANGUAGES.includes(primary)) return primary;
    }
    return LANGUAGES[0];
  }

  /** Reads the page's labels in the picker's language (once per language) and puts them on the page. */
  async function loadStrings() {
    const lang = language.value;
    if (!stringsByLanguage[lang]) {
      const response = await fetch(`i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
      // Without the strings file there are no labels to say it in but the page's own English.
      if (!response.ok) throw new Error(`The page's texts could not be loaded (the server answered ${response.status}).`);
      stringsByLanguage[lang] = await response.json();
    }
    strings = stringsByLanguage[lang];
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-content]')) node.setAttribute('content', t(node.dataset.i18nContent));
    showSeverity();
  }

  function todayIso() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // ---- the questions -----------------------------------------------------------------------------------------------

  function showSeverity() {
    severityValue.textContent = severity.value;
    severity.setAttribute('aria-valuetext', t('severity.value', { value: severity.value }));
    const noPain = severity.value === '0';
    characterFieldset.disabled = noPain;
    document.getElementById('character-hint').hidden = !noPain;
  }

  /** Lists the items as checkboxes in the catalogue's language, keeping the ones already ticked. */
  function checkboxList(container, items, name, describe, lang) {
    container.querySelector('.loading')?.remove();
    const ticked = new Set([...container.querySelectorAll('input:checked')].map((box) => box.value));
    container.querySelectorAll('label').forEach((label) => label.remove());
    for (const item of items) {
      const id = `${name}-${item.id}`;
      container.append(el('label', { for: id, lang },
        el('input', { type: 'checkbox', id, name, value: item.id, checked: ticked.has(item.id) }),
        ' ',
        describe(item)));
    }
  }

  async function loadCatalogue() {
    const response = await fetch('/api/catalogue', { headers: { Accept: 'application/json', 'Accept-Language': language.value } });
    if (!response.ok) throw new Error(t('errors.catalogue', { status: response.status }));
    const lang = response.headers.get('Content-Language') || 'en';
    const catalogue = await response.json();
    for (const table of Object.keys(names)) {
      names[table] = {};
      for (const entry of catalogue[table] || []) names[table][entry.id] = entry.name;
    }
    triageRank = Object.fromEntries(catalogue.triageLevels.map((level, index) => [level.id, index]));
    causeList = catalogue.causes;
    checkInSymptoms = catalogue.checkInSymptoms;
    checkboxList(document.getElementById('exercises'), catalogue.exercises, 'exercises', (e) => e.name, lang);
    checkboxList(document.getElementById('red-flags'), catalogue.redFlagQuestions, 'redFlags', (q) => q.name, lang);
  }

  /**
   * Another language: the page's labels and the questions' names come again in it; a plan on screen is in the old
   * one, so it is taken away.
   */
  async function onLanguageChange() {
    submit.disabled = true;
    delete form.dataset.ready;
    try {
      await loadStrings();
      await loadCatalogue();
      if (currentPlan) {
        currentPlan = null;
        results.hidden = true;
        resultsBody.replaceChildren();
        status.textContent = t('status.languageChanged');
      }
      form.dataset.ready = 'true';
    } catch (error) {
      showErrors({ $: [error.message] });
    } finally {
      submit.disabled = false;
    }
  }

  /** The answers as a symptom report in the library's JSON format. */
  function readReport() {
    const data = new FormData(form);
    const number = (name) => (data.get(name) === null || data.get(name) === '' ? undefined : Number(data.get(name)));
    const report = {
      severity: Number(severity.value),
      area: data.get('area') || undefined,
      legs: data.get('legs') || undefined,
      exercises: data.getAll('exercises'),
      redFlags: data.getAll('redFlags'),
    };
    for (const name of ['onset', 'character', 'trend']) {
      if (data.get(name)) report[name] = data.get(name);
    }
    for (const name of ['suddenJerk', 'popHeard', 'postureBrokeDown', 'hardOrUnaccustomedWorkout', 'recursAfterSessions',
      'musclesTight', 'painOnBothSides', 'hardToStandUp', 'unableToStandOrWalk']) {
      report[name] = data.get(name) !== null;
    }
    const duration = number('duration');
    if (duration !== undefined) report.painDurationDays = duration;
    const age = number('age');
    if (age !== undefined) report.age = age;
    return report;
  }

  // ---- errors ------------------------------------------------------------------------------------------------------

  /** Maps a problem-details path such as $.report.age or $.start to the field it names. */
  function fieldOf(path) {
    const key = path.replace(/^\$\.?/, '').replace(/^report\./, '').split(/[.[]/)[0];
    return form.querySelector(`[data-field="${key}"]`);
  }

  function clearErrors() {
    errorSummary.hidden = true;
    errorSummary.querySelector('ul').replaceChildren();
    for (const node of form.querySelectorAll('.field-error')) node.remove();
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  }

  function showErrors(errors) {
    clearErrors();
    const list = errorSummary.querySelector('ul');
    let index = 0;
    for (const [path, messages] of Object.entries(errors)) {
      const field = fieldOf(path);
      const text = `${labelOf(field, path)}: ${messages.join(' ')}`;
      if (field) {
        const id = `error-${index++}`;
        const control = field.matches('fieldset') ? field.querySelector('input') : field.querySelector('input, select');
        field.append(el('p', { class: 'field-error', id }, messages.join(' ')));
        if (control) {
          if (!control.id) control.id = `${id}-control`;
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
          list.append(el('li', {}, el('a', { href: `#${control.id}` }, text)));
          continue;
        }
      }
      list.append(el('li', {}, text));
    }
    errorSummary.hidden = false;
    errorSummary.focus();
    status.textContent = t('errors.count', { count: Object.keys(errors).length });
  }

  function labelOf(field, path) {
    const label = field && (field.querySelector('legend') || field.querySelector('label'));
    if (!label) return path;
    const clone = label.cloneNode(true);
    clone.querySelectorAll('.hint').forEach((hint) => hint.remove());
    return clone.textContent.trim();
  }

  // ---- sending -----------------------------------------------------------------------------------------------------

  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json', 'Accept-Language': language.value },
      body: JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    // The library's texts are in the language the answer names (a check-in keeps its plan's language).
    if (response.ok) resultsBody.lang = response.headers.get('Content-Language') || 'en';
    return { ok: response.ok, status: response.status, payload };
  }

  async function onSubmit(event) {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    results.setAttribute('aria-busy', 'true');
    status.textContent = t('status.working');
    try {
      const days = document.getElementById('days').value;
      const request = {
        report: readReport(),
        history: { workouts: [] },
        start: document.getElementById('start').value || null,
        lengthDays: days === '' ? undefined : Number(days),
      };
      const { ok, status: code, payload } = await post('/api/plans', request);
      if (ok) {
        currentPlan = payload;
        render(payload, null);
      } else if (payload && payload.errors) {
        showErrors(payload.errors);
      } else {
        showErrors({ $: [payload && payload.detail ? t('errors.serverDetail', { status: code, detail: payload.detail }) : t('errors.server', { status: code })] });
      }
    } catch (error) {
      showErrors({ $: [t('errors.send', { message: error.message })] });
    } finally {
      submit.disabled = false;
      results.removeAttribute('aria-busy');
    }
  }

  // ---- the assessment ----------------------------------------------------------------------------------------------

  function render(plan, notice) {
    const assessment = plan.assessment;
    const level = triageOn(plan, plan.asOf);
    const urgent = triageRank[level] >= triageRank.seeDoctorUrgently;
    const sections = [];
    const newSigns = plan.checkInReports.flatMap((checkIn) => checkIn.newSymptoms
      .filter((id) => levelOfFinding(id))
      .map((id) => ({ date: checkIn.date, id, level: levelOfFinding(id) })));

    if (notice) sections.push(el('p', { class: 'notice' }, notice));
    if (urgent) sections.push(urgentBanner(level));
    if (assessment.redFlags.length > 0) sections.push(redFlags(assessment.redFlags));
    if (newSigns.length > 0) sections.push(checkInRedFlags(newSigns));
    sections.push(triage(plan, level));
    sections.push(causes(assessment.causes));
    sections.push(remedies(assessment.remedies));
    if (assessment.restrictions.length > 0) sections.push(restrictions(assessment.restrictions));
    sections.push(calendar(plan));
    if (plan.checkInReports.length > 0) sections.push(checkInReports(plan));
    sections.push(checkInForm(plan));
    sections.push(el('aside', { class: 'disclaimer small', 'aria-label': t('disclaimer.title') },
      el('p', {}, el('strong', {}, `${t('disclaimer.lead')} `), plan.disclaimer)));

    resultsBody.replaceChildren(...sections);
    results.hidden = false;
    document.body.classList.add('has-results');
    const cause = assessment.causes[0];
    const result = t('status.result', {
      triage: nameOf('triageLevels', level),
      cause: nameOf('causes', cause.cause),
      band: t(`band.${cause.band}`).toLowerCase(),
      days: plan.days.length,
    });
    status.textContent = urgent ? `${t('status.urgent')} ${result}` : result;
    resultsTitle.focus();
  }

  function section(className, title, ...children) {
    const id = `${className}-title`;
    return el('section', { class: `card ${className}`, 'aria-labelledby': id }, el('h3', { id }, title), ...children);
  }

  function urgentBanner(level) {
    return el('div', { class: `banner banner-${level}`, role: 'alert' },
      el('p', { class: 'banner-title' }, t(level === 'emergency' ? 'banner.emergency' : 'banner.urgent')),
      el('p', {}, nameOf('triageLevels', level)));
  }

  function redFlags(flags) {
    return section('red-flags-found', t('redFlags.found', { count: flags.length }),
      el('ul', { class: 'flag-list' }, flags.map((flag) => el('li', { class: `flag flag-${flag.level}` },
        el('span', { class: 'flag-text' }, flag.reason),
        el('span', { class: 'flag-level' }, nameOf('triageLevels', flag.level))))));
  }

  /** The triage level in force on a date of the plan: each day carries its own. */
  function triageOn(plan, date) {
    const day = plan.days.find((d) => d.date === date);
    return day ? day.triage : plan.highestTriage;
  }

  /** The triage level a check-in finding requires at least, or undefined when it is not a warning sign. */
  function levelOfFinding(id) {
    const finding = checkInSymptoms.find((f) => f.id === id);
    return finding ? finding.level || undefined : undefined;
  }

  function checkInRedFlags(signs) {
    return section('check-in-flags', t('checkInFlags.title', { count: signs.length }),
      el('ul', { class: 'flag-list' }, signs.map((sign) => el('li', { class: `flag flag-${sign.level}` },
        el('span', { class: 'new-flag-text' }, t('checkInFlags.item', { sign: nameOf('symptoms', sign.id), date: formatDate(sign.date, { day: 'numeric', month: 'long' }) })),
        el('span', { class: 'flag-level' }, nameOf('triageLevels', sign.level))))));
  }

  /** The level in force now, with why, and the highest so far: a clinician's clearance can lower the first, never the second. */
  function triage(plan, level) {
    const highest = plan.highestTriage;
    const asOf = formatDate(plan.asOf, { day: 'numeric', month: 'long' });
    return el('section', { class: `card triage triage-${level}`, 'aria-labelledby': 'triage-title' },
      el('h3', { id: 'triage-title' }, t('triage.title')),
      el('p', { class: 'triage-level', 'data-level': level }, nameOf('triageLevels', level)),
      el('p', { class: 'triage-reason' }, whyNow(plan)),
      el('dl', { class: 'triage-levels' },
        el('div', {}, el('dt', {}, t('triage.now')),
          el('dd', { class: 'triage-now', 'data-level': level }, t('triage.asOf', { level: triageTitle(level), date: asOf }))),
        el('div', {}, el('dt', {}, t('triage.highest')),
          el('dd', { class: 'triage-highest', 'data-level': highest }, triageTitle(highest)))),
      el('ul', { class: 'summary' }, plan.assessment.summary.map((line) => el('li', {}, line))));
  }

  /** A triage level as a short headline; the catalogue's name says in full what to do. */
  const triageTitle = (level) => labelFor(`triageTitle.${level}`) || level;

  /**
   * Why the level in force now is what it is: the assessment's reason when no check-in changed it; otherwise the last
   * date it changed, raised or lowered, with the plan's reason for seeing a clinician that day, or else what the
   * check-ins of that day reported.
   */
  function whyNow(plan) {
    let level = plan.assessment.triage.level;
    let before = level;
    let changed = null;
    for (const date of [...new Set(plan.checkInReports.map((c) => c.date))]) {
      const then = triageOn(plan, date);
      if (then !== level) {
        changed = date;
        before = level;
        level = then;
      }
    }
    if (changed === null) return plan.assessment.triage.reason;
    const how = t(triageRank[level] > triageRank[before] ? 'whyNow.raised' : 'whyNow.lowered', { date: formatDate(changed, { day: 'numeric', month: 'long' }) });
    const day = plan.days.find((d) => d.date === changed);
    const reasons = [...new Set((day ? day.planned : []).filter((e) => e.kind === 'seeClinician').map((e) => e.reason))];
    if (reasons.length > 0) return `${how}: ${reasons.join(' ')}`;
    const what = [];
    for (const checkIn of plan.checkInReports.filter((c) => c.date === changed)) {
      if (CLEARANCES.includes(checkIn.clearance)) what.push(t('whyNow.cleared', { what: t(`clearedFor.${checkIn.clearance}`) }));
      const signs = checkIn.newSymptoms.filter((id) => levelOfFinding(id)).map((id) => nameOf('symptoms', id));
      if (signs.length > 0) what.push(t('whyNow.newSigns', { signs: signs.join('; ') }));
      if (checkIn.trend === 'worse') what.push(t('whyNow.worse'));
    }
    return what.length === 0 ? `${how}.` : `${how}: ${[...new Set(what)].join(', ')}.`;
  }

  function causes(list) {
    return section('causes', t('causes.title'),
      el('p', { class: 'hint' }, t('causes.hint')),
      el('ol', { class: 'cause-list' }, list.map((likelihood) => {
        const score = Math.round(likelihood.score * 100);
        const name = nameOf('causes', likelihood.cause);
        const band = t(`band.${likelihood.band}`);
        return el('li', { class: `cause band-${likelihood.band}` },
          el('div', { class: 'cause-head' },
            el('span', { class: 'cause-name' }, name),
            el('span', { class: 'cause-band' }, t('causes.band', { band, score }))),
          el('div', {
            class: 'bar', role: 'meter', 'aria-label': t('causes.meterLabel', { name }), 'aria-valuemin': 0, 'aria-valuemax': 100,
            'aria-valuenow': score, 'aria-valuetext': t('causes.meterText', { band, score }),
          }, barFill(score)),
          evidence(likelihood));
      })));
  }

  function barFill(percent) {
    const fill = el('span', { class: 'bar-fill' });
    fill.style.width = `${percent}%`; // set through the CSSOM: the page's CSP allows no inline style attributes
    return fill;
  }

  function evidence(likelihood) {
    if (likelihood.supporting.length === 0 && likelihood.against.length === 0) return null;
    const item = (finding) => el('li', {}, nameOf('symptoms', finding.symptom));
    return el('details', { class: 'evidence' },
      el('summary', {}, t('evidence.why')),
      likelihood.supporting.length > 0 ? el('div', {}, el('p', { class: 'for' }, t('evidence.for')), el('ul', {}, likelihood.supporting.map(item))) : null,
      likelihood.against.length > 0 ? el('div', {}, el('p', { class: 'against' }, t('evidence.against')), el('ul', {}, likelihood.against.map(item))) : null);
  }

  function remedies(list) {
    return section('remedies', t('remedies.title'),
      el('ul', { class: 'remedy-list' }, list.map((advice) => el('li', { class: 'remedy' },
        el('p', { class: 'remedy-name' }, nameOf('remedies', advice.remedy),
          advice.dose.kind === 'notApplicable' ? null : el('span', { class: 'dose' }, advice.dose.text)),
        el('p', {}, advice.reason),
        advice.cautions.length > 0 ? el('ul', { class: 'cautions' }, advice.cautions.map((c) => el('li', {}, c))) : null))));
  }

  /**
   * What to hold off, one entry per thing held (no core work, rest, …) with every cause that needs it, rather than
   * the same thing once per cause. Each cause's own reason stays one click away.
   */
  function restrictions(list) {
    const groups = new Map();
    for (const restriction of list) {
      const key = `${restriction.kind}|${restriction.liftedWhen}|${restriction.muscles.join(',')}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(restriction);
    }
    return section('restrictions', t('restrictions.title'),
      el('ul', { class: 'restriction-list' }, [...groups.values()].map((group) => {
        const first = group[0];
        const causes = group.filter((r) => r.cause).map((r) => nameOf('causes', r.cause));
        const muscles = first.muscles.length > 0 ? `: ${musclesText(first.muscles)}` : '';
        return el('li', { class: 'restriction' },
          el('p', { class: 'restriction-kind' }, `${labelFor(`block.${first.kind}`) || first.kind}${muscles}`),
          causes.length > 0 ? el('p', { class: 'restriction-causes' }, t('restrictions.neededFor', { causes: causes.join(', ') })) : null,
          labelFor(`lifted.${first.liftedWhen}`) ? el('p', { class: 'hint' }, t('restrictions.allowedAgain', { when: t(`lifted.${first.liftedWhen}`) })) : null,
          group.length === 1
            ? el('p', {}, first.reason)
            : el('details', { class: 'evidence' }, el('summary', {}, t('evidence.why')), el('ul', {}, group.map((r) => el('li', {}, r.reason)))));
      })));
  }

  // ---- the plan ----------------------------------------------------------------------------------------------------

  /** How a day reads at a glance: rest (no training), limited (something blocked) or clear. */
  function dayStatus(day) {
    const kinds = day.blocked.map((entry) => entry.kind);
    const key = kinds.includes('suspendAllTraining') || kinds.includes('noExercise') ? 'rest' : kinds.length > 0 ? 'limited' : 'clear';
    return { key, label: t(`dayState.${key}`), inSentence: t(`day.stateInSentence.${key}`) };
  }

  function entryText(entry) {
    const label = labelFor(`${entry.isBlock ? 'block' : 'planned'}.${entry.kind}`);
    const muscles = entry.muscles.length > 0 ? `: ${musclesText(entry.muscles)}` : '';
    const dose = entry.dose ? ` (${entry.dose.text})` : '';
    return `${label || entry.kind}${muscles}${dose}`;
  }

  /** Blocked entries with the same kind, muscles and reason repeat across rules; show each once. */
  function distinct(entries) {
    const seen = new Set();
    return entries.filter((entry) => {
      const key = `${entry.kind}|${entry.muscles.join(',')}|${entry.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  function dayDetails(day, headingTag) {
    const blocked = distinct(day.blocked);
    return [
      el(headingTag, { class: 'tip-title' }, t('day.title', { date: formatDate(day.date, { weekday: 'long', day: 'numeric', month: 'long' }), number: day.dayNumber })),
      day.isCheckInDay ? el('p', { class: 'tip-checkin' }, t('day.checkIn')) : null,
      el('p', { class: 'tip-triage' }, t('day.triage', { level: triageTitle(day.triage) })),
      el('p', { class: 'tip-heading' }, t('day.planned')),
      el('ul', {}, day.planned.filter((e) => e.kind !== 'checkIn').map((entry) => el('li', {}, entryText(entry)))),
      blocked.length > 0 ? el('p', { class: 'tip-heading' }, t('day.blocked')) : null,
      blocked.length > 0 ? el('ul', { class: 'blocked' }, blocked.map((entry) => el('li', {},
        el('strong', {}, entryText(entry)), ` ${entry.allowedFrom.text}. `, el('span', { class: 'reason' }, entry.reason)))) : null,
    ];
  }

  /** Which way a day's tooltip opens, so it stays on screen: from the left edge, the middle or the right edge. */
  const tipSide = (column) => (column <= 2 ? 'start' : column >= 4 ? 'end' : 'middle');

  function calendar(plan) {
    const days = plan.days;
    const first = days[0].date;
    const [y, m, d] = first.split('-').map(Number);
    const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
    const cells = [];
    for (let i = 0; i < weekday; i++) cells.push(el('li', { class: 'day-empty', 'aria-hidden': 'true' }));

    days.forEach((day, index) => {
      const state = dayStatus(day);
      const tipId = `day-tip-${index}`;
      const dayOfMonth = Number(day.date.slice(8));
      const showMonth = index === 0 || dayOfMonth === 1;
      const label = t(day.isCheckInDay ? 'day.labelCheckIn' : 'day.label', {
        date: formatDate(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
        number: day.dayNumber,
        state: state.inSentence,
      });
      cells.push(el('li', { class: `day day-${state.key}${day.isCheckInDay ? ' day-checkin' : ''}`, 'data-date': day.date },
        el('button', { type: 'button', class: 'day-button', 'aria-label': label, 'aria-describedby': tipId, 'data-index': index },
          el('span', { class: 'day-number', 'aria-hidden': 'true' }, showMonth ? formatDate(day.date, { day: 'numeric', month: 'short' }) : dayOfMonth),
          el('span', { class: 'day-state', 'aria-hidden': 'true' }, state.label),
          day.isCheckInDay ? el('span', { class: 'day-badge', 'aria-hidden': 'true' }, t('day.badge')) : null),
        el('div', { class: `tip tip-${tipSide((weekday + index) % 7)}`, role: 'tooltip', id: tipId }, dayDetails(day, 'p'))));
    });

    const core = plan.coreWorkAllowedFrom;
    const grid = el('ol', { class: 'calendar', 'aria-label': t('plan.calendar', { days: days.length, date: formatDate(first, { day: 'numeric', month: 'long', year: 'numeric' }) }) }, cells);
    grid.addEventListener('click', (event) => {
      const button = event.target.closest('.day-button');
      if (button) showDay(plan.days[Number(button.dataset.index)]);
    });
    // Escape hides a day's tooltip (content shown on hover or focus must be dismissible); it returns on the next visit.
    grid.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.target.closest('.day')?.classList.add('tip-dismissed');
    });
    const restore = (event) => event.target.closest?.('.day')?.classList.remove('tip-dismissed');
    grid.addEventListener('focusout', restore);
    grid.addEventListener('mouseout', restore);

    // The weekdays' short names in the page's language, Monday first (2024-01-01 was a Monday).
    const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => formatDate(`2024-01-0${day}`, { weekday: 'short' }));
    return section('plan', t('plan.title'),
      el('p', {}, core.isKnown
        ? t('plan.coreFrom', { date: formatDate(core.date, { weekday: 'long', day: 'numeric', month: 'long' }) })
        : t('plan.coreWhen', { when: core.text }), ' ',
        t('plan.checkIns', { dates: plan.checkInDates.map((date) => formatDate(date, { day: 'numeric', month: 'short' })).join(', ') })),
      el('ul', { class: 'legend', 'aria-label': t('plan.legend') },
        el('li', {}, el('span', { class: 'swatch day-clear', 'aria-hidden': 'true' }), t('plan.legendClear')),
        el('li', {}, el('span', { class: 'swatch day-limited', 'aria-hidden': 'true' }), t('plan.legendLimited')),
        el('li', {}, el('span', { class: 'swatch day-rest', 'aria-hidden': 'true' }), t('plan.legendRest')),
        el('li', {}, el('span', { class: 'swatch swatch-checkin', 'aria-hidden': 'true' }, '✓'), t('plan.legendCheckIn'))),
      el('p', { class: 'hint' }, t('plan.hint')),
      el('div', { class: 'calendar-wrap' },
        el('ol', { class: 'weekdays', 'aria-hidden': 'true' }, weekdays.map((name) => el('li', {}, name))),
        grid),
      el('div', { id: 'day-detail', class: 'day-detail', 'aria-live': 'polite' }),
      calendarExport());
  }

  // ---- the calendar file -------------------------------------------------------------------------------------------

  /** "Add to calendar": the plan on screen, updated by every check-in, as an iCalendar file (POST /api/plans/calendar). */
  function calendarExport() {
    const reminders = el('input', { type: 'checkbox', id: 'calendar-reminders', name: 'reminders' });
    const button = el('button', { type: 'button', class: 'secondary', id: 'add-to-calendar', 'aria-describedby': 'add-to-calendar-hint' }, t('export.button'));
    const message = el('p', { class: 'hint', id: 'add-to-calendar-message', role: 'status' });
    button.addEventListener('click', () => downloadCalendar(button, reminders.checked, message));
    return el('div', { class: 'calendar-export' },
      el('p', { class: 'hint', id: 'add-to-calendar-hint' }, t('export.hint')),
      el('label', { class: 'inline', for: 'calendar-reminders' }, reminders, ` ${t('export.reminders')}`),
      button,
      message);
  }

  async function downloadCalendar(button, reminders, message) {
    button.disabled = true;
    message.textContent = t('export.making');
    try {
      const response = await fetch(`/api/plans/calendar${reminders ? '?reminders=true' : ''}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/calendar, application/problem+json' },
        body: JSON.stringify(currentPlan),
      });
      if (!response.ok) {
        message.textContent = t('export.refused', { status: response.status });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = el('a', { href: url, download: 'backpain-plan.ics', hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      message.textContent = t('export.saved');
    } catch (error) {
      message.textContent = t('export.failed', { message: error.message });
    } finally {
      button.disabled = false;
    }
  }

  function showDay(day) {
    const detail = document.getElementById('day-detail');
    detail.replaceChildren(...dayDetails(day, 'h4').filter(Boolean));
  }

  // ---- check-ins ---------------------------------------------------------------------------------------------------

  function checkInReports(plan) {
    const causeNames = (ids) => ids.map((id) => nameOf('causes', id)).join('; ');
    const finding = (id) => (levelOfFinding(id) ? t('checkIns.warningSign', { name: nameOf('symptoms', id) }) : nameOf('symptoms', id));
    return section('check-ins', t('checkIns.title'),
      el('ul', { class: 'check-in-list' }, plan.checkInReports.map((checkIn) => {
        const parts = [t('checkIns.pain', { pain: checkIn.pain, trend: labelFor(`checkIns.trend.${checkIn.trend}`) || checkIn.trend })];
        if (CLEARANCES.includes(checkIn.clearance)) parts.push(t('checkIns.cleared', { what: t(`clearedFor.${checkIn.clearance}`) }));
        if (checkIn.causesRuledOut.length > 0) parts.push(t('checkIns.ruledOut', { causes: causeNames(checkIn.causesRuledOut) }));
        if (checkIn.causesConfirmed.length > 0) parts.push(t('checkIns.confirmed', { causes: causeNames(checkIn.causesConfirmed) }));
        if (checkIn.newSymptoms.length > 0) parts.push(t('checkIns.new', { findings: checkIn.newSymptoms.map(finding).join('; ') }));
        return el('li', {}, el('strong', {}, formatDate(checkIn.date, { weekday: 'short', day: 'numeric', month: 'long' })), `: ${parts.join(' · ')}`);
      })));
  }

  function radio(name, value, label, checked) {
    const id = `${name}-${value || 'none'}`;
    return el('label', { for: id }, el('input', { type: 'radio', id, name, value, checked }), ' ', label);
  }

  function checkInForm(plan) {
    const next = plan.checkInDates.find((date) => !plan.checkInReports.some((c) => c.date >= date)) || plan.checkInDates[0];
    const causesFieldset = el('fieldset', { class: 'field causes', 'data-field': 'causes', id: 'check-in-causes', hidden: true, disabled: true },
      el('legend', {}, t('checkIn.causes')),
      causeList.map((cause) => el('fieldset', { class: 'choices cause-ruling', 'data-field': `cause-${cause.id}` },
        el('legend', {}, cause.name),
        radio(`cause-${cause.id}`, '', t('checkIn.cause.notMentioned'), true),
        radio(`cause-${cause.id}`, 'ruledOut', t('checkIn.cause.ruledOut')),
        radio(`cause-${cause.id}`, 'confirmed', t('checkIn.cause.confirmed')))));
    const findings = el('fieldset', { class: 'field checks check-in-findings', 'data-field': 'newSymptoms', id: 'check-in-findings' },
      el('legend', {}, `${t('checkIn.findings')} `, el('span', { class: 'hint' }, t('hint.tickAll'))));
    checkboxList(findings, checkInSymptoms, 'newSymptoms', (finding) => el('span', {},
      finding.name,
      finding.level ? el('span', { class: 'flag-mark' }, t('checkIn.warningSign')) : null));
    const trend = el('select', { id: 'check-in-trend', name: 'trend', 'aria-describedby': 'check-in-trend-hint' },
      ['better', 'same', 'worse'].map((value) => el('option', { value }, t(`checkIn.trend.${value}`))));
    const pain = el('input', { type: 'number', id: 'check-in-pain', name: 'pain', min: 0, max: 10, step: 1, value: 2, inputmode: 'numeric' });
    const checkIn = el('form', { class: 'card check-in', id: 'check-in-form', novalidate: true, 'aria-labelledby': 'check-in-title' },
      el('h3', { id: 'check-in-title' }, t('checkIn.title')),
      el('p', { class: 'hint' }, t('checkIn.hint')),
      el('div', { class: 'row' },
        el('div', { class: 'field', 'data-field': 'date' },
          el('label', { for: 'check-in-date' }, t('checkIn.date')),
          el('input', { type: 'date', id: 'check-in-date', name: 'date', value: next, min: plan.request.start, max: plan.request.end })),
        el('div', { class: 'field', 'data-field': 'pain' },
          el('label', { for: 'check-in-pain' }, t('checkIn.pain')),
          pain),
        el('div', { class: 'field', 'data-field': 'trend' },
          el('label', { for: 'check-in-trend' }, t('checkIn.trend')),
          trend,
          el('p', { class: 'hint', id: 'check-in-trend-hint', hidden: true }, t('checkIn.trendHint')))),
      el('fieldset', { class: 'field choices', 'data-field': 'clearance', id: 'check-in-clinician' },
        el('legend', {}, t('checkIn.clinician')),
        CLINICIAN_CHOICES.map((value) => radio('clinician', value, t(`checkIn.clinician.${value}`), value === 'notSeen'))),
      causesFieldset,
      findings,
      el('div', { class: 'error-text', id: 'check-in-errors', role: 'alert', hidden: true }),
      el('button', { type: 'submit', class: 'secondary' }, t('checkIn.submit')));

    // "Worse" is not offered with no pain (the library refuses it); a choice of it is cleared, to be made again.
    const showTrend = () => {
      const noPain = pain.value.trim() !== '' && Number(pain.value) === 0;
      const worse = trend.querySelector('option[value="worse"]');
      worse.disabled = noPain;
      if (noPain && trend.value === 'worse') trend.value = '';
      document.getElementById('check-in-trend-hint').hidden = !noPain;
    };
    pain.addEventListener('input', showTrend);
    // What was said about each cause is asked only when a clinician was seen.
    checkIn.addEventListener('change', (event) => {
      if (event.target.name !== 'clinician') return;
      const seen = event.target.value !== 'notSeen';
      causesFieldset.hidden = !seen;
      causesFieldset.disabled = !seen;
    });
    checkIn.addEventListener('submit', onCheckIn);
    return checkIn;
  }

  function readCheckIn(data) {
    const pain = data.get('pain');
    const clinician = data.get('clinician') || 'notSeen';
    const checkIn = {
      date: data.get('date') || null,
      pain: pain === null || pain === '' ? null : Number(pain),
      trend: data.get('trend') || null,
      clearance: CLEARANCES.includes(clinician) ? clinician : 'none',
      newSymptoms: data.getAll('newSymptoms'),
      causesRuledOut: [],
      causesConfirmed: [],
    };
    if (clinician !== 'notSeen') {
      for (const cause of causeList) {
        const ruling = data.get(`cause-${cause.id}`);
        if (ruling === 'ruledOut') checkIn.causesRuledOut.push(cause.id);
        else if (ruling === 'confirmed') checkIn.causesConfirmed.push(cause.id);
      }
    }
    return checkIn;
  }

  /** Shows the API's problems with a check-in next to the fields they name ($.checkIn.trend → the trend), and above the button. */
  function showCheckInErrors(form, errors) {
    for (const node of form.querySelectorAll('.field-error')) node.remove();
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    const lines = [];
    let index = 0;
    for (const [path, messages] of Object.entries(errors)) {
      const name = path.replace(/^\$\.checkIn\.?/, '').split(/[.[]/)[0];
      const key = name === 'causesRuledOut' || name === 'causesConfirmed' ? 'causes' : name;
      const field = key && form.querySelector(`[data-field="${key}"]`);
      const label = field ? labelOf(field, key) : (key || t('checkIn.field'));
      lines.push(`${label}: ${messages.join(' ')}`);
      if (!field) continue;
      const id = `check-in-error-${index++}`;
      field.append(el('p', { class: 'field-error', id }, messages.join(' ')));
      const control = field.querySelector('input, select');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      }
    }
    return lines.join(' ');
  }

  async function onCheckIn(event) {
    event.preventDefault();
    const form = event.target;
    const checkIn = readCheckIn(new FormData(form));
    const errors = document.getElementById('check-in-errors');
    const { ok, payload } = await post('/api/plans/check-ins', { plan: currentPlan, checkIn });
    if (ok) {
      currentPlan = payload;
      render(payload, t('checkIn.recorded', { date: formatDate(checkIn.date, { day: 'numeric', month: 'long' }) }));
      return;
    }
    errors.hidden = false;
    errors.textContent = payload && payload.errors
      ? showCheckInErrors(form, payload.errors)
      : t('checkIn.failed');
    status.textContent = errors.textContent;
  }

  // ---- start -------------------------------------------------------------------------------------------------------

  severity.addEventListener('input', showSeverity);
  form.addEventListener('submit', onSubmit);
  language.addEventListener('change', onLanguageChange);
  document.getElementById('start').value = todayIso();
  language.value = browserLanguage();
  showSeverity();
  submit.disabled = true;
  loadStrings()
    .then(loadCatalogue)
    .then(() => { submit.disabled = false; form.dataset.ready = 'true'; })
    .catch((error) => showErrors({ $: [error.message] }));
})();
