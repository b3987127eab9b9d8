/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The agenda tab (issue 15, part 2): the day's work across open tickets, from `POST /v1/agenda`.
 * The tickets are the shipped fixtures or files the user picks (read in the page, never uploaded
 * anywhere but to the service). The answer carries every label in both languages, and the page
 * lays it out with the engine's own `agendaDoc` — the same sections, columns and rows as
 * `hotline agenda` and `?format=md` — so a language switch re-renders without asking again.
 */
import { type AgendaGrouping, agendaDoc } from '../../../engine/agenda/agenda-doc.ts';
import type { Agenda } from '../../../engine/agenda/types.ts';
import type { ReportDoc } from '../../../engine/simulate/report-doc.ts';
import { failureText, request, sendJson } from './api.ts';
import { announce, byId, fill, h, shanghaiNowLocal } from './dom.ts';
import { currentLang, t } from './i18n.ts';
import { readTicketsText, TicketsTextError } from './read-tickets-text.ts';
import { saveBlob } from './save-blob.ts';
import type { RulesetsInfo, Ticket } from './types.ts';

interface Asked {
  body: { tickets: unknown[]; date: string; office?: string };
  agenda: Agenda;
}

function docView(doc: ReportDoc): HTMLElement[] {
  const facts = h(
    'dl',
    { class: 'facts', id: 'agenda-facts' },
    doc.facts.flatMap(([k, v]) => [h('dt', { class: 'fact-key' }, k), h('dd', { class: 'fact-value' }, v)]),
  );
  const sections = doc.sections.map((s, i) =>
    h(
      'section',
      { class: 'agenda-section', 'aria-labelledby': `agenda-sec-${i}` },
      h('h3', { id: `agenda-sec-${i}` }, s.title),
      s.rows.length === 0
        ? h('p', { class: 'muted' }, s.note ?? '—')
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'data' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  s.header.map((c) => h('th', { scope: 'col' }, c)),
                ),
              ),
              h(
                'tbody',
                {},
                s.rows.map((r) =>
                  h(
                    'tr',
                    {},
                    r.map((c) => h('td', typeof c === 'number' ? { class: 'num' } : {}, c)),
                  ),
                ),
              ),
            ),
          ),
    ),
  );
  return [facts, ...sections];
}

async function ticketsFromFiles(files: FileList | null): Promise<unknown[]> {
  if (!files || files.length === 0) throw new Error(t('agendaNoFile'));
  const out: unknown[] = [];
  for (const file of files) {
    try {
      out.push(...readTicketsText(await file.text()));
    } catch (e) {
      if (e instanceof TicketsTextError)
        throw new Error(t('agendaBadFile', { file: file.name, line: e.line, code: e.code, reason: e.reason }));
      throw e;
    }
  }
  return out;
}

export function initAgendaView(info: RulesetsInfo, fixtures: Ticket[]): { relabel(): void } {
  const form = byId<HTMLFormElement>('agenda-form');
  const fileInput = byId<HTMLInputElement>('agenda-file');
  const dateInput = byId<HTMLInputElement>('agenda-date');
  const officeSel = byId<HTMLSelectElement>('agenda-office');
  const bySel = byId<HTMLSelectElement>('agenda-by');
  const status = byId('agenda-status');
  const error = byId('agenda-error');
  const result = byId('agenda-result');
  const body = byId('agenda-body');
  let last: Asked | null = null;

  dateInput.value = shanghaiNowLocal().slice(0, 10);
  const source = () => form.querySelector<HTMLInputElement>('input[name="agenda-src"]:checked')?.value ?? 'fixtures';
  const syncSource = () => {
    byId('agenda-file-box').hidden = source() !== 'file';
  };
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="agenda-src"]'))
    radio.addEventListener('change', syncSource);
  syncSource();

  function offices(): void {
    const keep = officeSel.value;
    const en = currentLang() === 'en';
    officeSel.replaceChildren(
      h('option', { value: '' }, t('agendaAllOffices')),
      ...info.rulesets.map((r) => {
        const title = r.versions[r.versions.length - 1]?.title;
        return h('option', { value: r.id }, en || !title ? r.id : title);
      }),
    );
    officeSel.value = keep;
  }

  function showError(text: string | null): void {
    error.textContent = text ?? '';
    error.hidden = text === null;
  }

  function render(): void {
    if (!last) return;
    fill(body, ...docView(agendaDoc(last.agenda, currentLang(), bySel.value as AgendaGrouping)));
    result.hidden = false;
  }

  async function run(): Promise<void> {
    showError(null);
    last = null;
    result.hidden = true;
    body.replaceChildren();
    announce(status, t('agendaWorking'));
    try {
      const tickets = source() === 'file' ? await ticketsFromFiles(fileInput.files) : fixtures;
      const asked: Asked['body'] = {
        tickets,
        date: dateInput.value,
        ...(officeSel.value ? { office: officeSel.value } : {}),
      };
      const { body: agenda } = await sendJson<Agenda>('/v1/agenda', asked);
      last = { body: asked, agenda };
      render();
      announce(status, t('agendaDone', { lines: agenda.counts.lines, tickets: agenda.counts.tickets }));
    } catch (e) {
      announce(status, '');
      showError(`${t('errorPrefix')}${failureText(e)}`);
    }
  }

  async function download(format: 'md' | 'csv'): Promise<void> {
    if (!last) return;
    showError(null);
    try {
      const res = await request(`/v1/agenda?format=${format}&by=${bySel.value}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(last.body),
      });
      saveBlob(
        await res.blob(),
        `agenda_${last.agenda.date}${last.agenda.office ? `_${last.agenda.office}` : ''}.${format}`,
      );
    } catch (e) {
      showError(`${t('errorPrefix')}${failureText(e)}`);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  bySel.addEventListener('change', render);
  byId('agenda-md').addEventListener('click', () => void download('md'));
  byId('agenda-csv').addEventListener('click', () => void download('csv'));
  offices();
  return {
    relabel() {
      offices();
      render();
    },
  };
}
