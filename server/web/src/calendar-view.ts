/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The calendar view: one month of the official working-day calendar (GET /v1/calendar?month=),
 * 休 and 班 marked, with the deadlines of one ticket (POST /v1/decisions) drawn on their last days
 * and the decision's explanation beside it.
 */
import { ApiFailure, failureText, getJson, sendJson } from './api.ts';
import { byId, fill, h, localToInstant, shanghaiNowLocal } from './dom.ts';
import { explanationView } from './explanation-view.ts';
import { currentLang, monthTitle, pick, t } from './i18n.ts';
import { clause, obligation, status } from './labels.ts';
import type { DayInfo, Explained, MonthGrid, Ticket } from './types.ts';

const ANCHORS: Record<string, [string, string]> = {
  received: ['收单', 'received'],
  dispatched: ['派单', 'dispatched'],
  accepted: ['接单', 'accepted'],
  revisited: ['回访', 'revisited'],
  published: ['发布', 'published'],
  completed: ['办结', 'completed'],
};

const anchorName = (a: string) => ANCHORS[a]?.[currentLang() === 'en' ? 1 : 0] ?? a;

const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

/** A named test case of `GET /v1/fixtures`: its ticket is `tickets[index]`, decided as of `asOf`. */
export interface FixtureCase {
  name: string;
  asOf: string;
  ticketId: string;
  index: number;
}

const UNAUTHORIZED = {
  zh: '服务要求接口令牌：请在页面下方“接口令牌”一栏填写令牌，再点“计算期限”。',
  en: 'The service needs an API token: enter it in the “API token” field below, then press “Compute deadlines”.',
};

/** `2025-09-30T10:30:00+08:00` → the `datetime-local` value in Beijing time, `2025-09-30T10:30`. */
const instantToLocal = (instant: string) =>
  new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 16);

export function initCalendarView(fixtures: Ticket[], cases: FixtureCase[] = []) {
  const form = byId<HTMLFormElement>('cal-form');
  const select = byId<HTMLSelectElement>('cal-fixture');
  const text = byId<HTMLTextAreaElement>('cal-ticket');
  const asOf = byId<HTMLInputElement>('cal-asof');
  const error = byId('cal-error');
  const gridBox = byId('cal-grid');
  const monthHeading = byId('cal-month');
  const explanation = byId('cal-explanation');
  const deadlinesBox = byId('cal-deadlines-box');

  const grids = new Map<string, MonthGrid>();
  let month = shanghaiNowLocal().slice(0, 7);
  let decision: Explained | null = null;
  let ticket: Ticket | null = null;

  const fillFixtures = () => {
    const chosen = select.value;
    const en = currentLang() === 'en';
    select.replaceChildren(
      h('option', { value: '' }, t('fixtureNone')),
      ...(cases.length
        ? [
            h(
              'optgroup',
              { label: en ? 'Test cases (each decided as of its own moment)' : '测试用例（按各自的决定时刻）' },
              cases.map((c, i) => h('option', { value: `case-${i}` }, `${c.name} · ${c.ticketId}`)),
            ),
          ]
        : []),
      h(
        'optgroup',
        { label: en ? 'Tickets' : '工单' },
        fixtures.map((f) => h('option', { value: f.id }, `${f.id} · ${f.received.slice(0, 10)}`)),
      ),
    );
    select.value = chosen;
  };
  fillFixtures();
  const chooseCase = (c: FixtureCase) => {
    const f = fixtures[c.index];
    if (f) text.value = JSON.stringify(f, null, 2);
    asOf.value = instantToLocal(c.asOf);
  };
  select.addEventListener('change', () => {
    const c = select.value.startsWith('case-') ? cases[Number(select.value.slice(5))] : undefined;
    if (c) return chooseCase(c);
    const f = fixtures.find((x) => x.id === select.value);
    if (f) text.value = JSON.stringify(f, null, 2);
  });
  asOf.value = shanghaiNowLocal();
  const firstCase = cases.findIndex((c) => c.ticketId === 'SS-2025-0930-001');
  const first = fixtures.find((f) => f.id === 'SS-2025-0930-001') ?? fixtures[0];
  if (firstCase >= 0) {
    select.value = `case-${firstCase}`;
    chooseCase(cases[firstCase]!);
  } else if (first) {
    select.value = first.id;
    text.value = JSON.stringify(first, null, 2);
  }

  const showError = (msg: string | null) => {
    error.hidden = msg === null;
    error.textContent = msg ? `${t('errorPrefix')}${msg}` : '';
  };

  async function gridOf(m: string): Promise<MonthGrid> {
    let g = grids.get(m);
    if (!g) {
      g = await getJson<MonthGrid>(`/v1/calendar?month=${m}`);
      grids.set(m, g);
    }
    return g;
  }

  async function showMonth(m: string): Promise<void> {
    try {
      const g = await gridOf(m);
      month = m;
      renderGrid(g);
    } catch (e) {
      showError(failureText(e));
    }
  }

  function renderGrid(g: MonthGrid): void {
    monthHeading.textContent = monthTitle(g.month);
    const names = t('weekdays').split(',');
    const longNames = t('weekdaysLong').split(',');
    const asOfDate = decision?.asOf.slice(0, 10) ?? asOf.value.slice(0, 10);
    const body = g.weeks.map((week) =>
      h(
        'tr',
        {},
        week.map((day) => (day ? dayCell(day, asOfDate) : h('td', { class: 'blank' }))),
      ),
    );
    fill(
      gridBox,
      h(
        'table',
        { class: 'cal', id: 'cal-table' },
        h('caption', { class: 'visually-hidden' }, monthTitle(g.month)),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            names.map((n, i) =>
              h('th', { scope: 'col', class: i >= 5 ? 'we' : '' }, h('abbr', { title: longNames[i] }, n)),
            ),
          ),
        ),
        h('tbody', {}, body),
      ),
      g.provisional ? h('p', { class: 'warn' }, t('provisional')) : null,
    );
  }

  function dayCell(day: DayInfo, asOfDate: string) {
    const dues = (decision?.deadlines ?? []).filter((d) => d.dueDate === day.date);
    const anchors = new Map<string, string>();
    for (const d of decision?.deadlines ?? []) {
      if (d.fromAt?.slice(0, 10) === day.date) anchors.set(d.from, d.fromAt.slice(11, 16));
    }
    const badge =
      day.kind === 'off'
        ? h('abbr', { class: 'badge off', title: t('offTitle') }, t('offMark'))
        : day.kind === 'makeup'
          ? h('abbr', { class: 'badge makeup', title: t('makeupTitle') }, t('makeupMark'))
          : null;
    const classes = ['day', day.kind, dues.length ? 'has-due' : '', day.date === asOfDate ? 'asof' : '']
      .filter(Boolean)
      .join(' ');
    return h(
      'td',
      { class: classes, 'data-date': day.date },
      h('div', { class: 'd' }, h('span', { class: 'num' }, Number(day.date.slice(8))), badge),
      day.holiday && (day.kind === 'makeup' || isFirstOfRun(day))
        ? h('div', { class: 'hol' }, pick(day.holiday))
        : null,
      anchors.size || dues.length
        ? h(
            'ul',
            { class: 'chips' },
            [...anchors].map(([a, time]) => h('li', { class: 'chip anchor' }, `▸ ${anchorName(a)} ${time}`)),
            dues.map((d) =>
              h(
                'li',
                { class: `chip due st-${d.status}`, title: `${clause(d.clause)} · ${d.period} · ${status(d.status)}` },
                `${t('dueOn', { what: obligation(d.obligation) })}${d.dueAt.slice(11, 16) !== '00:00' ? ` ${d.dueAt.slice(11, 16)}` : ''}`,
              ),
            ),
          )
        : null,
    );
  }

  /** The holiday's name is shown once per run of days off, not on every day. */
  function isFirstOfRun(day: DayInfo): boolean {
    const g = grids.get(day.date.slice(0, 7));
    const i = g?.days.findIndex((d) => d.date === day.date) ?? -1;
    const prev = i > 0 ? g!.days[i - 1] : undefined;
    return prev?.kind !== 'off' || pick(prev.holiday) !== pick(day.holiday);
  }

  function renderExplanation(): void {
    if (!decision) return;
    const d = decision;
    fill(
      explanation,
      h('p', { class: 'meta' }, `${d.ticketId} · ${pick(d.ticketType.name)} · ${d.ruleset.id}/${d.ruleset.version}`),
      d.provisional ? h('p', { class: 'warn' }, t('provisional')) : null,
      explanationView(d.explanation, 'cal-explanation-text'),
    );
    fill(
      deadlinesBox,
      h('h3', {}, t('deadlines')),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'data', id: 'cal-deadlines' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              (['colObligation', 'colClause', 'colPeriod', 'colDue', 'colStatus'] as const).map((k) =>
                h('th', { scope: 'col' }, t(k)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            d.deadlines.map((x) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, obligation(x.obligation)),
                h('td', {}, clause(x.clause)),
                h('td', {}, x.period),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-btn',
                      onclick: () => void showMonth(x.dueDate.slice(0, 7)),
                    },
                    x.dueAt.slice(11, 16) === '00:00' ? x.dueDate : `${x.dueDate} ${x.dueAt.slice(11, 16)}`,
                  ),
                ),
                h('td', {}, h('span', { class: `pill st-${x.status}` }, status(x.status))),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** A failed request leaves no earlier ticket's decision on screen. */
  function clearDecision(): void {
    decision = null;
    explanation.replaceChildren();
    deadlinesBox.replaceChildren();
    const g = grids.get(month);
    if (g) renderGrid(g);
  }

  function openTokenField(): void {
    const field = document.getElementById('api-token') as HTMLInputElement | null;
    const details = field?.closest('details');
    if (details) details.open = true;
    field?.focus();
  }

  async function decide(): Promise<void> {
    showError(null);
    try {
      ticket = JSON.parse(text.value) as Ticket;
    } catch (e) {
      showError(`${t('badJson')}${e instanceof Error ? e.message : String(e)}`);
      text.focus();
      return;
    }
    try {
      const { body } = await sendJson<Explained>('/v1/decisions', { ticket, asOf: localToInstant(asOf.value) });
      const moved = decision?.ticketId !== body.ticketId;
      decision = body;
      renderExplanation();
      const main = body.deadlines.find((d) => d.obligation === 'complete') ?? body.deadlines[0];
      await showMonth(moved || !grids.has(month) ? (main?.dueDate ?? body.asOf).slice(0, 7) : month);
    } catch (e) {
      clearDecision();
      if (e instanceof ApiFailure && e.status === 401) {
        showError(pick(UNAUTHORIZED));
        openTokenField();
      } else showError(failureText(e));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void decide();
  });
  byId('cal-prev').addEventListener('click', () => void showMonth(addMonths(month, -1)));
  byId('cal-next').addEventListener('click', () => void showMonth(addMonths(month, 1)));

  void (first ? decide() : showMonth(month));

  return {
    relabel(): void {
      fillFixtures();
      const g = grids.get(month);
      if (g) renderGrid(g);
      if (decision) void decide();
    },
  };
}
