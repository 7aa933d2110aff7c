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

  /** The library's vocabularies (GET /api/catalogue), indexed by id. */
  const names = { causes: {}, triageLevels: {}, symptoms: {}, muscles: {}, remedies: {}, exercises: {}, sources: {} };
  let triageRank = {};
  /** The plan on screen, as the API returned it: sent back whole with a check-in. */
  let currentPlan = null;

  const BLOCK_LABELS = {
    restMuscles: 'Rest',
    noCoreWork: 'No core work',
    noStrenuousExercise: 'No strenuous exercise',
    noExercise: 'No exercise',
    allTrainingSuspended: 'All training suspended',
  };
  const PLANNED_LABELS = {
    ice: 'Ice',
    heat: 'Heat',
    stretching: 'Stretch',
    stayActive: 'Stay active',
    coreWork: 'Core work',
    training: 'May train',
    checkIn: 'Check in',
    seeClinician: 'See a clinician',
  };
  const BAND_LABELS = { likely: 'Likely', possible: 'Possible', unlikely: 'Unlikely' };
  const LIFTED_LABELS = {
    healed: 'once the injury has healed',
    clinicianClearance: 'once a clinician has cleared you',
    restOverAndSorenessGone: 'once the muscles have rested and the soreness has gone',
  };

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

  const nameOf = (table, id) => (names[table] && names[table][id]) || id;
  const musclesText = (ids) => ids.map((id) => nameOf('muscles', id).toLowerCase()).join(', ');

  function formatDate(iso, options) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { timeZone: 'UTC', ...options });
  }

  function todayIso() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // ---- the questions -----------------------------------------------------------------------------------------------

  function showSeverity() {
    severityValue.textContent = severity.value;
    severity.setAttribute('aria-valuetext', `${severity.value} of 10`);
    const noPain = severity.value === '0';
    characterFieldset.disabled = noPain;
    document.getElementById('character-hint').hidden = !noPain;
  }

  function checkboxList(container, items, name, describe) {
    container.querySelector('.loading')?.remove();
    for (const item of items) {
      const id = `${name}-${item.id}`;
      container.append(el('label', { for: id },
        el('input', { type: 'checkbox', id, name, value: item.id }),
        ' ',
        describe(item)));
    }
  }

  async function loadCatalogue() {
    const response = await fetch('/api/catalogue', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`The catalogue could not be loaded (${response.status}).`);
    const catalogue = await response.json();
    for (const table of Object.keys(names)) {
      for (const entry of catalogue[table] || []) names[table][entry.id] = entry.name;
    }
    triageRank = Object.fromEntries(catalogue.triageLevels.map((level, index) => [level.id, index]));
    checkboxList(document.getElementById('exercises'), catalogue.exercises, 'exercises', (e) => e.name);
    checkboxList(document.getElementById('red-flags'), catalogue.redFlagQuestions, 'redFlags', (q) => q.name);
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
    if (duration !== undefined) report.painDuration = Number.isInteger(duration) && duration >= 0 ? `${duration}.00:00:00` : String(duration);
    const age = number('age');
    if (age !== undefined) report.age = age;
    return report;
  }

  // ---- errors ------------------------------------------------------------------------------------------------------

  /** Maps a problem-details path such as $.report.age or $.start to the field it names. */
  function fieldOf(path) {
    const key = path.replace(/^\$\.?/, '').replace(/^report\./, '').split(/[.[]/)[0];
    return form.querySelector(`[data-field="${key === 'duration' ? 'painDuration' : key}"]`);
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
    status.textContent = `There is a problem with ${Object.keys(errors).length} answer(s).`;
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
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, payload };
  }

  async function onSubmit(event) {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    results.setAttribute('aria-busy', 'true');
    status.textContent = 'Working out your assessment…';
    try {
      const days = document.getElementById('days').value;
      const request = {
        report: readReport(),
        history: { workouts: [] },
        start: document.getElementById('start').value || null,
        days: days === '' ? undefined : Number(days),
      };
      const { ok, status: code, payload } = await post('/api/plans', request);
      if (ok) {
        currentPlan = payload;
        render(payload, null);
      } else if (payload && payload.errors) {
        showErrors(payload.errors);
      } else {
        showErrors({ $: [`The server answered ${code}${payload && payload.detail ? `: ${payload.detail}` : '.'}`] });
      }
    } catch (error) {
      showErrors({ $: [`The answers could not be sent: ${error.message}`] });
    } finally {
      submit.disabled = false;
      results.removeAttribute('aria-busy');
    }
  }

  // ---- the assessment ----------------------------------------------------------------------------------------------

  function render(plan, notice) {
    const assessment = plan.assessment;
    const level = plan.triage;
    const urgent = triageRank[level] >= triageRank.seeDoctorUrgently;
    const sections = [];

    if (notice) sections.push(el('p', { class: 'notice' }, notice));
    if (urgent) sections.push(urgentBanner(level));
    if (assessment.redFlags.length > 0) sections.push(redFlags(assessment.redFlags));
    sections.push(triage(level, assessment.triage, assessment.summary));
    sections.push(causes(assessment.causes));
    sections.push(remedies(assessment.remedies));
    if (assessment.restrictions.length > 0) sections.push(restrictions(assessment.restrictions));
    sections.push(calendar(plan));
    sections.push(checkInForm(plan));
    sections.push(el('aside', { class: 'disclaimer small', 'aria-label': 'Not a diagnosis' },
      el('p', {}, el('strong', {}, 'Not a diagnosis. '), plan.disclaimer)));

    resultsBody.replaceChildren(...sections);
    results.hidden = false;
    document.body.classList.add('has-results');
    const cause = assessment.causes[0];
    status.textContent = `${urgent ? 'Urgent. ' : ''}${nameOf('triageLevels', level)} ` +
      `Most likely: ${nameOf('causes', cause.cause)} (${BAND_LABELS[cause.band].toLowerCase()}). ` +
      `The plan covers ${plan.days.length} days.`;
    resultsTitle.focus();
  }

  function section(className, title, ...children) {
    const id = `${className}-title`;
    return el('section', { class: `card ${className}`, 'aria-labelledby': id }, el('h3', { id }, title), ...children);
  }

  function urgentBanner(level) {
    return el('div', { class: `banner banner-${level}`, role: 'alert' },
      el('p', { class: 'banner-title' }, level === 'emergency' ? 'Emergency: get help now' : 'Urgent: see a doctor today'),
      el('p', {}, nameOf('triageLevels', level)));
  }

  function redFlags(flags) {
    return section('red-flags-found', `Warning signs (${flags.length})`,
      el('ul', { class: 'flag-list' }, flags.map((flag) => el('li', { class: `flag flag-${flag.level}` },
        el('span', { class: 'flag-text' }, flag.reason),
        el('span', { class: 'flag-level' }, nameOf('triageLevels', flag.level))))));
  }

  function triage(level, result, summary) {
    return el('section', { class: `card triage triage-${level}`, 'aria-labelledby': 'triage-title' },
      el('h3', { id: 'triage-title' }, 'What to do'),
      el('p', { class: 'triage-level', 'data-level': level }, nameOf('triageLevels', level)),
      el('p', { class: 'triage-reason' }, result.reason),
      el('ul', { class: 'summary' }, summary.map((line) => el('li', {}, line))));
  }

  function causes(list) {
    return section('causes', 'Likely causes',
      el('ol', { class: 'cause-list' }, list.map((likelihood) => {
        const percent = Math.round(likelihood.score * 100);
        const name = nameOf('causes', likelihood.cause);
        return el('li', { class: `cause band-${likelihood.band}` },
          el('div', { class: 'cause-head' },
            el('span', { class: 'cause-name' }, name),
            el('span', { class: 'cause-band' }, `${BAND_LABELS[likelihood.band]} · ${percent}%`)),
          el('div', {
            class: 'bar', role: 'meter', 'aria-label': `${name}: score`, 'aria-valuemin': 0, 'aria-valuemax': 100,
            'aria-valuenow': percent, 'aria-valuetext': `${percent}%, ${BAND_LABELS[likelihood.band].toLowerCase()}`,
          }, barFill(percent)),
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
      el('summary', {}, 'Why'),
      likelihood.supporting.length > 0 ? el('div', {}, el('p', { class: 'for' }, 'For'), el('ul', {}, likelihood.supporting.map(item))) : null,
      likelihood.against.length > 0 ? el('div', {}, el('p', { class: 'against' }, 'Against'), el('ul', {}, likelihood.against.map(item))) : null);
  }

  function remedies(list) {
    return section('remedies', 'What helps',
      el('ul', { class: 'remedy-list' }, list.map((advice) => el('li', { class: 'remedy' },
        el('p', { class: 'remedy-name' }, nameOf('remedies', advice.remedy),
          advice.dose.kind === 'notApplicable' ? null : el('span', { class: 'dose' }, advice.dose.text)),
        el('p', {}, advice.reason),
        advice.cautions.length > 0 ? el('ul', { class: 'cautions' }, advice.cautions.map((c) => el('li', {}, c))) : null))));
  }

  function restrictions(list) {
    return section('restrictions', 'Hold off for now',
      el('ul', { class: 'restriction-list' }, list.map((restriction) => el('li', {},
        el('p', {}, restriction.reason),
        el('p', { class: 'hint' }, LIFTED_LABELS[restriction.liftedWhen] ? `Allowed again ${LIFTED_LABELS[restriction.liftedWhen]}.` : null)))));
  }

  // ---- the plan ----------------------------------------------------------------------------------------------------

  /** How a day reads at a glance: rest (no training), limited (something blocked) or clear. */
  function dayStatus(day) {
    const kinds = day.blocked.map((entry) => entry.kind);
    if (kinds.includes('allTrainingSuspended') || kinds.includes('noExercise')) return { key: 'rest', label: 'No training' };
    if (kinds.length > 0) return { key: 'limited', label: 'Limited' };
    return { key: 'clear', label: 'Clear' };
  }

  function entryText(entry) {
    const label = entry.isBlock ? BLOCK_LABELS[entry.kind] : PLANNED_LABELS[entry.kind];
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
      el(headingTag, { class: 'tip-title' }, `${formatDate(day.date, { weekday: 'long', day: 'numeric', month: 'long' })} · day ${day.dayNumber}`),
      day.isCheckInDay ? el('p', { class: 'tip-checkin' }, 'Check-in day: rate the pain and report it below.') : null,
      el('p', { class: 'tip-heading' }, 'Planned'),
      el('ul', {}, day.planned.filter((e) => e.kind !== 'checkIn').map((entry) => el('li', {}, entryText(entry)))),
      blocked.length > 0 ? el('p', { class: 'tip-heading' }, 'Blocked') : null,
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
      const label = `${formatDate(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}, day ${day.dayNumber}: ` +
        `${state.label.toLowerCase()}${day.isCheckInDay ? ', check-in day' : ''}`;
      cells.push(el('li', { class: `day day-${state.key}${day.isCheckInDay ? ' day-checkin' : ''}`, 'data-date': day.date },
        el('button', { type: 'button', class: 'day-button', 'aria-label': label, 'aria-describedby': tipId, 'data-index': index },
          el('span', { class: 'day-number', 'aria-hidden': 'true' }, showMonth ? formatDate(day.date, { day: 'numeric', month: 'short' }) : dayOfMonth),
          el('span', { class: 'day-state', 'aria-hidden': 'true' }, state.label),
          day.isCheckInDay ? el('span', { class: 'day-badge', 'aria-hidden': 'true' }, '✓ Check-in') : null),
        el('div', { class: `tip tip-${tipSide((weekday + index) % 7)}`, role: 'tooltip', id: tipId }, dayDetails(day, 'p'))));
    });

    const core = plan.coreWorkAllowedFrom;
    const grid = el('ol', { class: 'calendar', 'aria-label': `Recovery plan, ${days.length} days from ${formatDate(first, { day: 'numeric', month: 'long', year: 'numeric' })}` }, cells);
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

    return section('plan', 'Your recovery plan',
      el('p', {}, `Core work: ${core.isKnown ? `from ${formatDate(core.date, { weekday: 'long', day: 'numeric', month: 'long' })}` : core.text}. `,
        `Check in on ${plan.checkIns.map((date) => formatDate(date, { day: 'numeric', month: 'short' })).join(', ')}.`),
      el('ul', { class: 'legend', 'aria-label': 'Legend' },
        el('li', {}, el('span', { class: 'swatch day-clear', 'aria-hidden': 'true' }), 'Clear: nothing blocked'),
        el('li', {}, el('span', { class: 'swatch day-limited', 'aria-hidden': 'true' }), 'Limited: some training blocked'),
        el('li', {}, el('span', { class: 'swatch day-rest', 'aria-hidden': 'true' }), 'No training'),
        el('li', {}, el('span', { class: 'swatch swatch-checkin', 'aria-hidden': 'true' }, '✓'), 'Check-in day')),
      el('p', { class: 'hint' }, 'Hover over or focus a day to see what is planned and blocked and why; select it to keep the details open.'),
      el('div', { class: 'calendar-wrap' },
        el('ol', { class: 'weekdays', 'aria-hidden': 'true' }, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((name) => el('li', {}, name))),
        grid),
      el('div', { id: 'day-detail', class: 'day-detail', 'aria-live': 'polite' }));
  }

  function showDay(day) {
    const detail = document.getElementById('day-detail');
    detail.replaceChildren(...dayDetails(day, 'h4').filter(Boolean));
  }

  // ---- check-ins ---------------------------------------------------------------------------------------------------

  function checkInForm(plan) {
    const next = plan.checkIns.find((date) => !plan.checkInsReported.some((c) => c.date >= date)) || plan.checkIns[0];
    const checkIn = el('form', { class: 'card check-in', id: 'check-in-form', novalidate: true, 'aria-labelledby': 'check-in-title' },
      el('h3', { id: 'check-in-title' }, 'Check in'),
      el('p', { class: 'hint' }, 'On a check-in day, say how the pain is: the plan updates from that day on.'),
      el('div', { class: 'row' },
        el('div', { class: 'field', 'data-field': 'date' },
          el('label', { for: 'check-in-date' }, 'Date'),
          el('input', { type: 'date', id: 'check-in-date', name: 'date', value: next, min: plan.request.start, max: plan.request.end })),
        el('div', { class: 'field', 'data-field': 'pain' },
          el('label', { for: 'check-in-pain' }, 'Pain now (0 to 10)'),
          el('input', { type: 'number', id: 'check-in-pain', name: 'pain', min: 0, max: 10, step: 1, value: 2, inputmode: 'numeric' })),
        el('div', { class: 'field', 'data-field': 'trend' },
          el('label', { for: 'check-in-trend' }, 'Compared with before'),
          el('select', { id: 'check-in-trend', name: 'trend' },
            el('option', { value: 'better' }, 'Better'), el('option', { value: 'same' }, 'The same'), el('option', { value: 'worse' }, 'Worse')))),
      el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'clinicianCleared', id: 'check-in-cleared' }), ' A clinician has cleared me to train'),
      el('p', { class: 'field-error', id: 'check-in-errors', hidden: true }),
      el('button', { type: 'submit', class: 'secondary' }, 'Update the plan'));
    checkIn.addEventListener('submit', onCheckIn);
    return checkIn;
  }

  async function onCheckIn(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const errors = document.getElementById('check-in-errors');
    const pain = data.get('pain');
    const checkIn = {
      date: data.get('date') || null,
      pain: pain === '' ? null : Number(pain),
      trend: data.get('trend'),
      clinicianCleared: data.get('clinicianCleared') !== null,
      newRedFlags: [],
    };
    const { ok, payload } = await post('/api/plans/check-ins', { plan: currentPlan, checkIn });
    if (ok) {
      currentPlan = payload;
      render(payload, `Check-in of ${formatDate(checkIn.date, { day: 'numeric', month: 'long' })} recorded: the plan has been updated from that day on.`);
      return;
    }
    errors.hidden = false;
    errors.textContent = payload && payload.errors
      ? Object.entries(payload.errors).map(([path, messages]) => `${path.replace('$.checkIn.', '')}: ${messages.join(' ')}`).join(' ')
      : 'The check-in could not be recorded.';
    status.textContent = errors.textContent;
  }

  // ---- start -------------------------------------------------------------------------------------------------------

  severity.addEventListener('input', showSeverity);
  form.addEventListener('submit', onSubmit);
  document.getElementById('start').value = todayIso();
  showSeverity();
  submit.disabled = true;
  loadCatalogue()
    .then(() => { submit.disabled = false; form.dataset.ready = 'true'; })
    .catch((error) => showErrors({ $: [error.message] }));
})();
