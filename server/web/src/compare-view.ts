/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The comparison view: a base version against a candidate (a shipped version, or a draft — the
 * base version's files with one replaced by pasted or uploaded text, checked by POST /v1/validate
 * as it is typed) over fixture, generated or pasted tickets as of one instant (POST /v1/compare).
 * A long comparison runs in the background: its progress is polled (GET /v1/simulations/{id}) and
 * it can be cancelled (DELETE). Results: counts, changes by clause and rule, the tickets whose
 * decisions change (filterable by clause and kind, each expandable to both explanations: the
 * ticket decided by POST /v1/decisions under the base version and under the candidate, a draft
 * included) and the CSV of the service's report. A draft starts from the base version's files
 * (GET /v1/rulesets/{id}/{version}/files).
 */
import { ApiFailure, failureText, getJson, request, sendJson, setToken } from './api.ts';
import { announce, byId, fill, h, localToInstant, shanghaiNowLocal } from './dom.ts';
import { createDraftEditor } from './draft-editor.ts';
import { explanationView } from './explanation-view.ts';
import { currentLang, pick, t } from './i18n.ts';
import { CHANGE_KINDS, changeText, clause, kind, outcome, sized, subject, ticketType, useWordsOf } from './labels.ts';
import { rejectedView } from './rejected-view.ts';
import { toneLegend, toneOfChange, toneOfSize, toneTitle } from './tone.ts';
import type {
  ComparisonResult,
  Diagnostic,
  Explained,
  ExplainedPair,
  RulesetsInfo,
  RunRecord,
  Ticket,
  TicketComparison,
  ValidateAnswer,
} from './types.ts';

type Validation = 'idle' | 'pending' | 'ok' | 'errors' | 'failed';

const POLL_MS = 400;
const PAGE = 100;

export function initCompareView(info: RulesetsInfo, fixtures: Ticket[]) {
  const form = byId<HTMLFormElement>('cmp-form');
  const baseSel = byId<HTMLSelectElement>('cmp-base');
  const candSel = byId<HTMLSelectElement>('cmp-cand-version');
  const fileSel = byId<HTMLSelectElement>('draft-file');
  const upload = byId<HTMLInputElement>('draft-upload');
  const draftText = createDraftEditor(byId('draft-text'), {
    labelledBy: 'draft-text-label',
    describedBy: 'draft-hint draft-status',
    lang: currentLang(),
  });
  const draftStatus = byId('draft-status');
  const diagList = byId<HTMLOListElement>('draft-diags');
  const asOf = byId<HTMLInputElement>('cmp-asof');
  const runBtn = byId<HTMLButtonElement>('cmp-run');
  const cancelBtn = byId<HTMLButtonElement>('cmp-cancel');
  const runWhy = byId('run-why');
  const progressBox = byId('cmp-progress-box');
  const progressBar = byId<HTMLProgressElement>('cmp-progress');
  const progressText = byId('cmp-progress-text');
  const error = byId('cmp-error');
  const results = byId('cmp-results');
  const clauseFilter = byId<HTMLSelectElement>('filter-clause');
  const kindFilter = byId<HTMLSelectElement>('filter-kind');

  const versions = info.rulesets.flatMap((r) => r.versions.map((v) => ({ name: `${r.id}/${v.version}`, v })));
  const baseFiles = new Map<string, Record<string, string>>();
  let validation: Validation = 'idle';
  let diagnostics: Diagnostic[] = [];
  let validateSeq = 0;
  let validateTimer: number | undefined;
  let running: { id: string | null; stop: boolean } | null = null;
  let last: { body: Record<string, unknown>; result: ComparisonResult; runId: string | null } | null = null;
  const explained = new Map<number, ExplainedPair>();
  const openRows = new Set<number>();
  let shown = PAGE;

  const mode = () =>
    (form.querySelector<HTMLInputElement>('input[name="cand-mode"]:checked')?.value ?? 'draft') as 'draft' | 'shipped';
  const source = () =>
    (form.querySelector<HTMLInputElement>('input[name="src"]:checked')?.value ?? 'fixtures') as
      | 'fixtures'
      | 'generate'
      | 'paste';

  // --- versions -------------------------------------------------------------------------------
  const versionOption = (x: (typeof versions)[number]) =>
    h('option', { value: x.name }, `${x.name} · ${x.v.title}${x.v.state === 'in-force' ? ' ✓' : ''}`);
  // The office picker: the versions offered are that office's (its version in force against its
  // latest to start with); the default rule set comes first selected.
  const officeSel = byId<HTMLSelectElement>('cmp-office');
  officeSel.replaceChildren(
    ...info.rulesets.map((r) =>
      h('option', { value: r.id }, `${r.versions[r.versions.length - 1]?.title ?? r.id}（${r.id}）`),
    ),
  );
  function pickOffice(id: string): void {
    const office = info.rulesets.find((r) => r.id === id) ?? info.rulesets[0];
    const own = versions.filter((x) => x.name.startsWith(`${office?.id}/`));
    baseSel.replaceChildren(...own.map(versionOption));
    candSel.replaceChildren(...own.map(versionOption));
    if (office?.active) baseSel.value = `${office.id}/${office.active}`;
    const latest = office?.versions[office.versions.length - 1];
    candSel.value = office && latest ? `${office.id}/${latest.version}` : (own[own.length - 1]?.name ?? '');
  }
  officeSel.value = (info.rulesets.find((r) => r.id === info.defaultRuleset) ?? info.rulesets[0])?.id ?? '';
  pickOffice(officeSel.value);
  asOf.value = shanghaiNowLocal();

  const showError = (msg: string | null) => {
    error.hidden = msg === null;
    error.textContent = msg ? `${t('errorPrefix')}${msg}` : '';
  };

  // --- the draft ------------------------------------------------------------------------------
  async function loadBase(): Promise<Record<string, string>> {
    const name = baseSel.value;
    let files = baseFiles.get(name);
    if (!files) {
      const [id, version] = name.split('/').map(encodeURIComponent) as [string, string];
      files = (await getJson<{ files: Record<string, string> }>(`/v1/rulesets/${id}/${version}/files`)).files;
      baseFiles.set(name, files);
    }
    return files;
  }

  async function resetDraft(fileName?: string): Promise<void> {
    try {
      const files = await loadBase();
      const names = Object.keys(files);
      const keep = fileName ?? (names.includes(fileSel.value) ? fileSel.value : 'ticket-types.yaml');
      fileSel.replaceChildren(...names.map((n) => h('option', { value: n }, n)));
      fileSel.value = names.includes(keep) ? keep : names[0]!;
      draftText.value = files[fileSel.value] ?? '';
      validateNow();
    } catch (e) {
      showError(failureText(e));
    }
  }

  const draftFiles = () => ({ ...baseFiles.get(baseSel.value), [fileSel.value]: draftText.value });

  function validateSoon(): void {
    validation = 'pending';
    updateRunState();
    window.clearTimeout(validateTimer);
    validateTimer = window.setTimeout(validateNow, 500);
  }

  function validateNow(): void {
    window.clearTimeout(validateTimer);
    if (mode() !== 'draft' || !baseFiles.has(baseSel.value)) return;
    const seq = ++validateSeq;
    validation = 'pending';
    announce(draftStatus, t('validating'));
    draftStatus.className = 'status';
    updateRunState();
    sendJson<ValidateAnswer>('/v1/validate', { files: draftFiles() }).then(
      ({ body }) => {
        if (seq !== validateSeq) return;
        diagnostics = body.diagnostics;
        validation = body.ok ? 'ok' : 'errors';
        renderDiagnostics();
        updateRunState();
      },
      (e) => {
        if (seq !== validateSeq) return;
        validation = 'failed';
        diagnostics = [];
        renderDiagnostics();
        draftStatus.className = 'status bad';
        announce(draftStatus, failureText(e));
        updateRunState();
      },
    );
  }

  function renderDiagnostics(): void {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    if (validation === 'ok' || validation === 'errors') {
      draftStatus.className = `status ${validation === 'ok' ? 'good' : 'bad'}`;
      announce(
        draftStatus,
        [
          validation === 'ok' ? t('validOk') : t('validErrors', { n: errors }),
          warnings ? t('validWarnings', { n: warnings }) : '',
        ]
          .filter(Boolean)
          .join('；'),
      );
    }
    draftText.showDiagnostics(diagnostics.filter((d) => d.file === fileSel.value));
    diagList.replaceChildren(
      ...diagnostics.map((d) =>
        h(
          'li',
          { class: `diag ${d.severity}` },
          h('span', { class: 'where' }, `${d.file} ${t('diagLine', { line: d.line, col: d.col })}`),
          ' ',
          h('code', {}, d.code),
          ' ',
          h('span', { class: 'msg' }, d.message),
          ' ',
          d.file === fileSel.value
            ? h('button', { type: 'button', class: 'link-btn', onclick: () => goToLine(d.line, d.col) }, t('diagGo'))
            : null,
        ),
      ),
    );
  }

  /** Puts the caret on a line of the draft (1-based) and scrolls it into view. */
  function goToLine(line: number, col: number): void {
    draftText.goToLine(line, col);
  }

  // --- run state ------------------------------------------------------------------------------
  function updateRunState(): void {
    const draftMode = mode() === 'draft';
    byId('draft-box').hidden = !draftMode;
    byId('cand-shipped').hidden = draftMode;
    byId('src-generate').hidden = source() !== 'generate';
    byId('src-paste').hidden = source() !== 'paste';
    const blocked = draftMode && validation !== 'ok';
    runBtn.disabled = blocked || running !== null;
    cancelBtn.hidden = running === null;
    runWhy.textContent =
      blocked && (validation === 'errors' || validation === 'failed')
        ? t('runDisabledDraft')
        : blocked
          ? t('validating')
          : '';
  }

  // --- running --------------------------------------------------------------------------------
  function requestBody(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      base: baseSel.value,
      candidate: mode() === 'draft' ? { files: draftFiles() } : candSel.value,
      asOf: localToInstant(asOf.value),
    };
    const src = source();
    if (src === 'fixtures') body.fixtures = true;
    else if (src === 'generate') {
      body.generate = {
        count: Number(byId<HTMLInputElement>('gen-count').value),
        seed: Number(byId<HTMLInputElement>('gen-seed').value),
        from: byId<HTMLInputElement>('gen-from').value,
        to: byId<HTMLInputElement>('gen-to').value,
      };
    } else {
      const text = byId<HTMLTextAreaElement>('paste-tickets').value;
      try {
        body.tickets = JSON.parse(text);
      } catch (e) {
        throw new Error(`${t('badJson')}${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return body;
  }

  async function run(): Promise<void> {
    if (running || runBtn.disabled) return;
    showError(null);
    setToken(byId<HTMLInputElement>('api-token').value);
    let body: Record<string, unknown>;
    try {
      body = requestBody();
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
      return;
    }
    running = { id: null, stop: false };
    updateRunState();
    progressBox.hidden = false;
    progressBar.removeAttribute('value');
    announce(progressText, t('running'));
    try {
      const res = await sendJson<ComparisonResult | { id: string }>('/v1/compare', body);
      if (res.status === 200) finish(body, res.body as ComparisonResult, null);
      else await follow(body, (res.body as { id: string }).id);
    } catch (e) {
      progressBox.hidden = true;
      announce(progressText, '');
      showError(failureText(e));
    } finally {
      running = null;
      cancelBtn.disabled = false;
      updateRunState();
    }
  }

  /** Polls a background run until it ends; shows its progress. */
  async function follow(body: Record<string, unknown>, id: string): Promise<void> {
    running!.id = id;
    updateRunState();
    if (running!.stop) void cancel();
    // The run's progress names its total when it is known; the request tells it as well.
    let known = Array.isArray(body.tickets)
      ? body.tickets.length
      : (body.generate as { count?: number } | undefined)?.count;
    for (;;) {
      const run = await getJson<RunRecord>(`/v1/simulations/${id}`);
      const done = run.progress.done;
      known = run.progress.total ?? known;
      const total = known;
      if (run.status === 'queued' || run.status === 'running') {
        if (total) {
          progressBar.max = total;
          progressBar.value = done;
        }
        if (running?.stop) {
          // "cancelling…" stays until the run has stopped
        } else if (run.status === 'queued') announce(progressText, t('queued'));
        else
          announce(
            progressText,
            t('progress', { done: done.toLocaleString(), total: (total ?? '?').toLocaleString() }),
          );
      } else if (run.status === 'done') {
        const result = await getJson<ComparisonResult>(`/v1/simulations/${id}/results?format=json`);
        finish(body, result, id);
        return;
      } else {
        progressBox.hidden = true;
        if (run.status === 'cancelled') announce(progressText, t('cancelled'));
        else {
          announce(progressText, '');
          showError(`${t('failed')}${run.error ? pick(run.error.message) : run.status}`);
        }
        return;
      }
      await new Promise((r) => window.setTimeout(r, POLL_MS));
    }
  }

  /** Cancels the background run; asked before the service has named the run, it is sent as soon as it does. */
  async function cancel(): Promise<void> {
    if (!running) return;
    running.stop = true;
    cancelBtn.disabled = true;
    announce(progressText, t('cancelling'));
    const id = running.id;
    if (!id) return;
    try {
      await sendJson<RunRecord>(`/v1/simulations/${id}`, undefined, 'DELETE');
    } catch (e) {
      if (!(e instanceof ApiFailure && e.code === 'RUN_FINISHED')) showError(failureText(e));
    }
  }

  function finish(body: Record<string, unknown>, result: ComparisonResult, runId: string | null): void {
    last = { body, result, runId };
    explained.clear();
    shown = PAGE;
    progressBox.hidden = true;
    announce(progressText, t('done', { n: result.totals.tickets, c: result.totals.changed }));
    fillFilters();
    renderResults();
    results.hidden = false;
  }

  // --- results --------------------------------------------------------------------------------
  function fillFilters(): void {
    if (!last) return;
    const keepClause = clauseFilter.value;
    const keepKind = kindFilter.value;
    const clauses = [...new Set(last.result.groups.map((g) => g.clause))].sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true }),
    );
    const kinds = CHANGE_KINDS.filter((k) => last!.result.groups.some((g) => g.kind === k));
    clauseFilter.replaceChildren(
      h('option', { value: '' }, t('all')),
      ...clauses.map((c) => h('option', { value: c }, `${c} ${currentLang() === 'en' ? '' : clause(c)}`.trim())),
    );
    kindFilter.replaceChildren(
      h('option', { value: '' }, t('all')),
      ...kinds.map((k) => h('option', { value: k }, kind(k))),
    );
    clauseFilter.value = clauses.includes(keepClause) ? keepClause : '';
    kindFilter.value = (kinds as string[]).includes(keepKind) ? keepKind : '';
  }

  function renderResults(): void {
    if (!last) return;
    const r = last.result;
    const { base, candidate } = r.meta;
    useWordsOf([base, candidate]);
    const draft = typeof last.body.candidate === 'object';
    byId('cmp-versions').textContent =
      `${base.id}/${base.version} → ${candidate.id}/${candidate.version}${draft ? `（${t('draftLabel')}）` : ''} · ${t('asOf')}：${r.meta.asOf}`;
    const tt = r.totals;
    const cells: [string, number, string][] = [
      [t('tTickets'), tt.tickets, ''],
      [t('tUnder'), tt.underCandidate, ''],
      [t('tChanged'), tt.changed, 'hl'],
      [t('tUnchanged'), tt.unchanged, ''],
      [t('tKept'), tt.keptUnderBase, ''],
      [t('tRejected'), tt.rejected, tt.rejected ? 'bad' : ''],
    ];
    byId('cmp-totals').replaceChildren(
      ...cells.map(([label, n, cls]) =>
        h('div', { class: `total ${cls}` }, h('dt', {}, label), h('dd', {}, n.toLocaleString())),
      ),
    );
    byId('cmp-groups').replaceChildren(
      ...(r.groups.length === 0 ? [] : [toneLegend()]),
      r.groups.length === 0
        ? h('p', { class: 'muted' }, t('noGroups'))
        : h(
            'table',
            { class: 'data', id: 'groups-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                (['colClause', 'colRule', 'colKind', 'colSubject', 'colTickets', 'colOutcomes'] as const).map((k) =>
                  h('th', { scope: 'col', class: k === 'colRule' ? 'wide-only' : null }, t(k)),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              r.groups.map((g) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row', class: 'nowrap' }, clause(g.clause)),
                  h('td', { class: 'wide-only' }, h('code', {}, g.ruleId)),
                  h('td', {}, kind(g.kind)),
                  h('td', {}, subject(g.kind, g.subject)),
                  h('td', { class: 'num' }, g.tickets),
                  h(
                    'td',
                    {},
                    h(
                      'ul',
                      { class: 'sizes' },
                      // A run stored before groups carried their sizes reads by its outcomes.
                      g.bySize === undefined
                        ? Object.entries(g.outcomes).map(([o, n]) =>
                            h('li', {}, `${outcome(g.kind, g.subject, o)} ×${n}`),
                          )
                        : g.bySize.map((z) => {
                            const tone = toneOfSize(g, z);
                            return h(
                              'li',
                              { class: `tone-${tone}`, title: toneTitle(tone) },
                              `${sized(g, z)} ×${z.count.toLocaleString()}`,
                            );
                          }),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
    rejectedBox().replaceChildren(...rejectedView(r.rejected, tt.rejected));
    rejectedBox().hidden = tt.rejected === 0;
    renderTickets();
  }

  /** The panel listing the invalid tickets, after the summary (made once). */
  function rejectedBox(): HTMLElement {
    const found = document.getElementById('cmp-rejected');
    if (found) return found;
    const box = h('section', { class: 'panel', id: 'cmp-rejected', 'aria-labelledby': 'rejected-title', hidden: true });
    byId('sum-title').closest('section')!.after(box);
    return box;
  }

  function visibleChanges(x: TicketComparison) {
    return x.changes.filter(
      (c) =>
        (!clauseFilter.value || c.clause === clauseFilter.value) && (!kindFilter.value || c.kind === kindFilter.value),
    );
  }

  function renderTickets(): void {
    if (!last) return;
    const filtering = clauseFilter.value !== '' || kindFilter.value !== '';
    const items = last.result.tickets.items.filter((x) => (filtering ? visibleChanges(x).length > 0 : true));
    const total = last.result.tickets.items.length;
    byId('filter-count').textContent = t('shown', { n: items.length, total });
    const box = byId('cmp-tickets');
    if (items.length === 0) {
      box.replaceChildren(h('p', { class: 'muted' }, t('noChanged')));
      return;
    }
    const rows = items.slice(0, shown).flatMap((x) => ticketRows(x));
    fill(
      box,
      toneLegend(),
      h(
        'table',
        { class: 'data tickets', id: 'tickets-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            (['colTicket', 'colChanges'] as const).map((k) => h('th', { scope: 'col' }, t(k))),
          ),
        ),
        h('tbody', {}, rows),
      ),
      items.length > shown
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn',
              onclick: () => {
                shown += PAGE;
                renderTickets();
              },
            },
            `${t('shown', { n: shown, total: items.length })} …`,
          )
        : null,
      last.result.tickets.omitted > 0
        ? h('p', { class: 'muted' }, t('omitted', { n: last.result.tickets.omitted }))
        : null,
    );
  }

  function ticketRows(x: TicketComparison): HTMLTableRowElement[] {
    const detailId = `detail-${x.index}`;
    const open = explained.has(x.index) && openRows.has(x.index);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'expander',
        'aria-expanded': String(open),
        'aria-controls': detailId,
        title: open ? t('collapse') : t('expand'),
      },
      h('span', { class: 'chev', 'aria-hidden': 'true' }, '▸'),
      h('span', {}, x.ticketId),
      h('span', { class: 'visually-hidden' }, ` — ${open ? t('collapse') : t('expand')}`),
    );
    const detailCell = h('td', { colspan: 2 });
    const detail = h('tr', { id: detailId, class: 'detail', hidden: !open }, detailCell);
    if (open) renderExplained(detailCell, explained.get(x.index)!, x.index);
    button.addEventListener('click', () => void toggle(x, button, detail, detailCell));
    const changes = x.keptUnderBase ? [] : visibleChanges(x).length ? visibleChanges(x) : x.changes;
    const row = h(
      'tr',
      { 'data-ticket': x.ticketId },
      h(
        'th',
        { scope: 'row', class: 'ticket-cell' },
        button,
        h(
          'span',
          { class: 'ticket-meta' },
          `${t('colReceived')} ${x.received.slice(0, 16).replace('T', ' ')} · ${
            x.typeCandidate && x.typeCandidate !== x.typeBase
              ? `${ticketType(x.typeBase)} → ${ticketType(x.typeCandidate)}`
              : ticketType(x.typeBase)
          }`,
        ),
      ),
      h(
        'td',
        {},
        x.keptUnderBase
          ? h('span', { class: 'muted' }, t('keptNote'))
          : h(
              'ul',
              { class: 'changes' },
              changes.map((c) => {
                const s = changeText(c);
                const tone = toneOfChange(c);
                return h(
                  'li',
                  { class: `tone-${tone}`, title: toneTitle(tone) },
                  h('span', { class: 'clause' }, clause(c.clause)),
                  ' ',
                  s.head,
                  s.from || s.to ? '：' : '',
                  s.from ? h('del', {}, s.from) : null,
                  s.from || s.to ? ' → ' : '',
                  s.to ? h('ins', {}, s.to) : null,
                  s.note ? h('span', { class: 'shift' }, ` ${s.note}`) : null,
                );
              }),
            ),
      ),
    );
    return [row, detail];
  }

  async function toggle(
    x: TicketComparison,
    button: HTMLButtonElement,
    detail: HTMLTableRowElement,
    cell: HTMLTableCellElement,
  ): Promise<void> {
    const opening = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(opening));
    button.title = opening ? t('collapse') : t('expand');
    button.querySelector('.visually-hidden')!.textContent = ` — ${opening ? t('collapse') : t('expand')}`;
    detail.hidden = !opening;
    if (!opening) {
      openRows.delete(x.index);
      return;
    }
    openRows.add(x.index);
    const cached = explained.get(x.index);
    if (cached) {
      renderExplained(cell, cached, x.index);
      return;
    }
    cell.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('explLoading')));
    try {
      const pair = await explain(last!.body, x);
      explained.set(x.index, pair);
      renderExplained(cell, pair, x.index);
    } catch (e) {
      cell.replaceChildren(h('p', { class: 'alert', role: 'alert' }, `${t('errorPrefix')}${failureText(e)}`));
    }
  }

  /** The compared ticket: from the fixtures, the pasted list, or regenerated by the service (deterministic). */
  async function comparedTicket(body: Record<string, unknown>, x: TicketComparison): Promise<Ticket> {
    if (body.generate !== undefined) {
      return (await sendJson<{ ticket: Ticket }>('/v1/tickets/generated', { generate: body.generate, index: x.index }))
        .body.ticket;
    }
    const list = body.fixtures ? fixtures : Array.isArray(body.tickets) ? (body.tickets as Ticket[]) : [];
    const ticket = list[x.index];
    if (!ticket || ticket.id !== x.ticketId) {
      throw new Error(t('explTicketMissing', { n: x.index + 1, id: x.ticketId }));
    }
    return ticket;
  }

  /** The ticket decided and explained under the base and, unless it stays under the base, the candidate. */
  async function explain(body: Record<string, unknown>, x: TicketComparison): Promise<ExplainedPair> {
    const ticket = await comparedTicket(body, x);
    const decide = async (rules: unknown) =>
      (await sendJson<Explained>('/v1/decisions', { ticket, asOf: body.asOf, rules })).body;
    const candidate = body.candidate;
    const [b, c] = await Promise.all([
      decide({ version: body.base }),
      x.keptUnderBase ? null : decide(typeof candidate === 'string' ? { version: candidate } : { draft: candidate }),
    ]);
    return { base: b, candidate: c };
  }

  function renderExplained(cell: HTMLTableCellElement, a: ExplainedPair, index: number): void {
    const b = a.base;
    const c = a.candidate;
    /** A line as it reads (a list item's without its `- `). */
    const plain = (l: string) => (l.startsWith('- ') ? l.slice(2) : l);
    /** The explanation as paragraphs and lists, its lines that the other version does not have marked. */
    const col = (title: string, text: string, other: string | null, cls: string) => {
      const theirs = other === null ? null : new Set(other.split('\n').map(plain));
      const body = explanationView(text, `expl-${cls}-${index}`);
      if (theirs) {
        for (const el of body.querySelectorAll('p, li')) {
          const line = el.textContent ?? '';
          if (!theirs.has(line)) el.replaceChildren(h('mark', {}, line));
        }
      }
      return h('section', { class: `expl-col ${cls}` }, h('h4', {}, title), body);
    };
    const draft = typeof last?.body.candidate === 'object' ? `（${t('draftLabel')}）` : '';
    cell.replaceChildren(
      h('p', { class: 'hint' }, t('diffNote')),
      h(
        'div',
        { class: 'two-col' },
        col(
          t('explBase', { v: `${b.ruleset.id}/${b.ruleset.version}` }),
          b.explanation,
          c?.explanation ?? null,
          'base',
        ),
        c
          ? col(
              t('explCand', { v: `${c.ruleset.id}/${c.ruleset.version}${draft}` }),
              c.explanation,
              b.explanation,
              'cand',
            )
          : col(t('explCand', { v: '—' }), t('keptNote'), null, 'cand'),
      ),
    );
  }

  async function downloadCsv(): Promise<void> {
    if (!last) return;
    showError(null);
    try {
      const res = last.runId
        ? await request(`/v1/simulations/${last.runId}/results?format=csv`)
        : await request('/v1/compare?format=csv', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(last.body),
          });
      const blob = await res.blob();
      const { base, candidate, asOf: at } = last.result.meta;
      const name = `comparison_${base.version}_${candidate.version}${typeof last.body.candidate === 'object' ? '-draft' : ''}_${at.slice(0, 10)}.csv`;
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: name, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      showError(failureText(e));
    }
  }

  // --- wiring ---------------------------------------------------------------------------------
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="cand-mode"], input[name="src"]')) {
    input.addEventListener('change', () => {
      updateRunState();
      if (mode() === 'draft' && validation === 'idle') void resetDraft();
    });
  }
  officeSel.addEventListener('change', () => {
    pickOffice(officeSel.value);
    void resetDraft();
  });
  baseSel.addEventListener('change', () => void resetDraft(fileSel.value));
  fileSel.addEventListener('change', () => {
    draftText.value = baseFiles.get(baseSel.value)?.[fileSel.value] ?? '';
    validateNow();
  });
  draftText.onChange(validateSoon);
  byId('draft-validate').addEventListener('click', validateNow);
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (!file) return;
    const names = Object.keys(baseFiles.get(baseSel.value) ?? {});
    if (names.includes(file.name)) fileSel.value = file.name;
    draftText.value = await file.text();
    validateNow();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  cancelBtn.addEventListener('click', () => void cancel());
  clauseFilter.addEventListener('change', () => {
    shown = PAGE;
    renderTickets();
  });
  kindFilter.addEventListener('change', () => {
    shown = PAGE;
    renderTickets();
  });
  byId('cmp-download').addEventListener('click', () => void downloadCsv());

  updateRunState();
  void resetDraft();

  return {
    relabel(): void {
      draftText.setLang(currentLang());
      updateRunState();
      if (validation === 'ok' || validation === 'errors') validateNow();
      explained.clear();
      openRows.clear();
      fillFilters();
      renderResults();
    },
  };
}
