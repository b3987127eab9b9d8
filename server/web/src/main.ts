/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The what-if page: two views (the working-day calendar with a ticket's deadlines, and the
 * comparison of two rule versions) behind keyboard-operable tabs, in Chinese with an English
 * switch. Everything it shows comes from the service's API on the same origin.
 */

import { initAgendaView } from './agenda-view.ts';
import { failureText, getJson } from './api.ts';
import { type FixtureCase, initCalendarView } from './calendar-view.ts';
import { initCompareView } from './compare-view.ts';
import { byId } from './dom.ts';
import { applyLang, currentLang, initialLang, t } from './i18n.ts';
import { initLawView } from './law-view.ts';
import type { RulesetsInfo, Ticket } from './types.ts';

interface View {
  relabel(): void;
}

const TABS = ['calendar', 'compare', 'agenda', 'law'] as const;
type Tab = (typeof TABS)[number];

function selectTab(tab: Tab, focus = false): void {
  for (const name of TABS) {
    const button = byId(`tab-${name}`);
    const on = name === tab;
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
    byId(`view-${name}`).hidden = !on;
    if (on && focus) button.focus();
  }
  if (location.hash !== `#${tab}`) history.replaceState(null, '', `#${tab}`);
}

function setUpTabs(): void {
  for (const [i, name] of TABS.entries()) {
    const button = byId(`tab-${name}`);
    button.addEventListener('click', () => selectTab(name));
    button.addEventListener('keydown', (e) => {
      const next =
        e.key === 'ArrowRight'
          ? TABS[(i + 1) % TABS.length]
          : e.key === 'ArrowLeft'
            ? TABS[(i + TABS.length - 1) % TABS.length]
            : e.key === 'Home'
              ? TABS[0]
              : e.key === 'End'
                ? TABS[TABS.length - 1]
                : undefined;
      if (next) {
        e.preventDefault();
        selectTab(next, true);
      }
    });
  }
  const fromHash = location.hash.slice(1);
  selectTab((TABS as readonly string[]).includes(fromHash) ? (fromHash as Tab) : 'calendar');
  window.addEventListener('hashchange', () => {
    const h = location.hash.slice(1);
    if ((TABS as readonly string[]).includes(h)) selectTab(h as Tab);
  });
}

function showRulesMeta(info: RulesetsInfo): void {
  const en = currentLang() === 'en';
  byId('rules-meta').textContent = t('rulesMeta', {
    rules: info.rulesets.flatMap((r) => r.versions.map((v) => `${r.id}/${v.version}`)).join(en ? ', ' : '、'),
    calendar: info.calendar.id,
    years: info.calendar.noticeYears.join(en ? ', ' : '、'),
  });
}

async function boot(): Promise<void> {
  applyLang(initialLang());
  setUpTabs();
  const error = byId('global-error');
  let info: RulesetsInfo;
  let fixtures: Ticket[];
  let cases: FixtureCase[] | undefined;
  try {
    [info, { tickets: fixtures, cases }] = await Promise.all([
      getJson<RulesetsInfo>('/v1/rulesets'),
      getJson<{ tickets: Ticket[]; cases?: FixtureCase[] }>('/v1/fixtures'),
    ]);
  } catch (e) {
    error.textContent = `${t('errorPrefix')}${failureText(e)}`;
    error.hidden = false;
    return;
  }
  showRulesMeta(info);
  const views: View[] = [
    initCalendarView(fixtures, cases),
    initCompareView(info, fixtures),
    initAgendaView(info, fixtures),
    initLawView(info),
  ];
  byId('lang-switch').addEventListener('click', () => {
    const next = currentLang() === 'en' ? 'zh' : 'en';
    applyLang(next);
    byId('lang-switch').setAttribute('lang', next === 'en' ? 'zh-CN' : 'en');
    showRulesMeta(info);
    for (const v of views) v.relabel();
  });
  byId('lang-switch').setAttribute('lang', currentLang() === 'en' ? 'zh-CN' : 'en');
  document.body.dataset.ready = 'true';
}

void boot();
