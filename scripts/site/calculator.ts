/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The interactive calculator of the docs site. It runs entirely in the browser on the library's
// browser build: scripts/build-site-assets.ts bundles this file and rewrites its import of the
// library to `./jamsostek.js` (the ESM browser bundle of src/index.ts with its dependencies).
// It mounts into every element with id `jamsostek-calculator` (the standalone page
// calculator/index.html and the "Calculator" page of the docs site).
import {
  formatCitation,
  formatRupiah,
  isJamsostekError,
  jkkBenefit,
  jkmBenefit,
  monthlyContribution,
  type BilingualText,
  type ContributionLine,
  type Language,
  type MonthlyContribution,
  type ParticipantInput,
} from '../../src/index';

type Segment = 'PU' | 'BPU';

/** The form's state, as read from its controls. */
interface FormState {
  readonly segment: Segment;
  readonly amount: string;
  readonly riskClass: 1 | 2 | 3 | 4 | 5;
  readonly employerScale: 'micro' | 'small' | 'medium' | 'large';
  readonly month: string;
  readonly jht: boolean;
  /** Who pays; `''` until the reader chooses (there is no default: the law turns on it). */
  readonly fundedBy: 'self' | 'apbn' | 'apbd' | 'apbdes' | 'employer' | 'donor' | '';
  /** The sector; `''` until the reader chooses. */
  readonly sector: 'transport' | 'other' | '';
  readonly eventDate: string;
  readonly language: Language;
}

const FORM_HTML = `
<form class="jc-form" id="calc-form" autocomplete="off">
  <fieldset>
    <legend>Participant · <i>Peserta</i></legend>
    <label>Segment
      <select id="segment" name="segment">
        <option value="BPU">BPU: informal worker (bukan penerima upah)</option>
        <option value="PU">PU: wage earner (penerima upah)</option>
      </select>
    </label>
    <label><span id="amount-label">Declared monthly income (Rp)</span>
      <input id="amount" name="amount" type="text" inputmode="decimal" value="1000000" required>
    </label>
    <label>Contribution month · <i>bulan iuran</i>
      <input id="month" name="month" type="month" value="2026-01" required>
    </label>
  </fieldset>
  <fieldset class="jc-pu">
    <legend>Wage earner (PU)</legend>
    <label>JKK risk class · <i>kelompok tingkat risiko</i>
      <select id="risk-class" name="riskClass">
        <option value="1">1 (very low, 0.24 %)</option><option value="2">2 (low)</option><option value="3">3 (medium)</option><option value="4">4 (high)</option><option value="5">5 (very high)</option>
      </select>
    </label>
    <label>Employer scale (decides the programmes)
      <select id="employer-scale" name="employerScale">
        <option value="large">large</option><option value="medium">medium</option><option value="small">small</option><option value="micro">micro</option>
      </select>
    </label>
  </fieldset>
  <fieldset class="jc-bpu">
    <legend>Informal worker (BPU)</legend>
    <span class="jc-programmes">Programmes:
      <label><input type="checkbox" checked disabled> JKK</label>
      <label><input type="checkbox" checked disabled> JKM</label>
      <label><input id="prog-jht" name="jht" type="checkbox"> JHT</label>
    </span>
    <label>Paid by · <i>sumber iuran</i>
      <select id="funded-by" name="fundedBy">
        <option value="" selected>choose who pays…</option>
        <option value="self">the participant (mandiri)</option>
        <option value="apbd">regional budget (APBD)</option>
        <option value="apbn">state budget (APBN)</option>
        <option value="apbdes">village budget (APBDes)</option>
        <option value="employer">an employer</option>
        <option value="donor">a donor</option>
      </select>
    </label>
    <label>Sector
      <select id="sector" name="sector"><option value="" selected>choose the sector…</option><option value="other">other</option><option value="transport">transport (drivers, couriers)</option></select>
    </label>
  </fieldset>
  <fieldset>
    <legend>Benefits and explanation</legend>
    <label>Date of the event (death) · <i>tanggal meninggal</i>
      <input id="event-date" name="eventDate" type="date" value="2026-03-05">
    </label>
    <label>Language of the explanation
      <select id="language" name="language"><option value="en">English</option><option value="id">Bahasa Indonesia</option></select>
    </label>
  </fieldset>
  <button id="calculate" type="submit">Calculate</button>
</form>
<div id="calc-error" class="jc-error" role="alert" hidden></div>
<section id="calc-result" class="jc-result" aria-live="polite" hidden>
  <h2>Contributions for <span id="result-month"></span></h2>
  <p class="jc-total">Billed each month: <strong id="total-billed"></strong> <span id="due-date"></span></p>
  <table id="lines"><thead><tr><th>Programme</th><th>Payer</th><th>Base</th><th>Rate</th><th>Exact</th><th>Amount</th><th>Basis</th></tr></thead><tbody></tbody></table>
  <table id="totals"><tbody></tbody></table>
  <ul id="notes"></ul>
  <h3>Explanation · <i>Penjelasan</i></h3>
  <ol id="explanation"></ol>
  <h3>Benefits for the main events</h3>
  <table id="benefits"><thead><tr><th>Event</th><th>Total cash</th><th>With scholarship maximum</th><th>Law</th></tr></thead><tbody></tbody></table>
  <p id="benefits-note" class="jc-note"></p>
  <h3>Law used</h3>
  <table id="law-used"><thead><tr><th>Parameter</th><th>Value</th><th>In force</th><th>Status</th><th>Citation</th></tr></thead><tbody></tbody></table>
</section>`;

const PAYER_TEXT: Record<ContributionLine['payer'], string> = {
  employer: 'employer (pemberi kerja)',
  employee: 'employee (pekerja)',
  participant: 'participant or its funder',
  government: 'central government (not billed)',
};

/** `1.000.000`, `1,000,000` and `1 000 000` as plain digits; anything else is left for the library to judge. */
function normaliseAmount(text: string): string {
  const trimmed = text.replace(/\s|Rp/gi, '');
  return /^\d{1,3}([.,]\d{3})+$/.test(trimmed) ? trimmed.replace(/[.,]/g, '') : trimmed;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function row(cells: readonly string[], header = false): HTMLTableRowElement {
  const tr = el('tr');
  cells.forEach((text, i) => tr.append(el(header && i === 0 ? 'th' : 'td', text)));
  return tr;
}

function say(text: BilingualText, language: Language): string {
  return text[language];
}

function mount(root: HTMLElement): void {
  root.innerHTML = FORM_HTML;
  root.classList.add('jamsostek-calculator');
  const q = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (found === null) throw new Error(`calculator: missing ${selector}`);
    return found;
  };
  const form = q<HTMLFormElement>('#calc-form');
  const errorBox = q<HTMLDivElement>('#calc-error');
  const resultBox = q<HTMLElement>('#calc-result');

  const read = (): FormState => ({
    segment: q<HTMLSelectElement>('#segment').value as Segment,
    amount: normaliseAmount(q<HTMLInputElement>('#amount').value),
    riskClass: Number(q<HTMLSelectElement>('#risk-class').value) as FormState['riskClass'],
    employerScale: q<HTMLSelectElement>('#employer-scale').value as FormState['employerScale'],
    month: q<HTMLInputElement>('#month').value,
    jht: q<HTMLInputElement>('#prog-jht').checked,
    fundedBy: q<HTMLSelectElement>('#funded-by').value as FormState['fundedBy'],
    sector: q<HTMLSelectElement>('#sector').value as FormState['sector'],
    eventDate: q<HTMLInputElement>('#event-date').value,
    language: q<HTMLSelectElement>('#language').value as Language,
  });

  const showSegment = (): void => {
    const segment = q<HTMLSelectElement>('#segment').value as Segment;
    q<HTMLElement>('.jc-pu').hidden = segment !== 'PU';
    q<HTMLElement>('.jc-bpu').hidden = segment !== 'BPU';
    q<HTMLElement>('#amount-label').textContent = segment === 'PU' ? 'Monthly wage, upah sebulan (Rp)' : 'Declared monthly income, penghasilan (Rp)';
  };

  const participantOf = (s: FormState): ParticipantInput =>
    s.segment === 'PU'
      ? { segment: 'PU', wage: s.amount, riskClass: s.riskClass, employerScale: s.employerScale }
      : {
          segment: 'BPU',
          income: s.amount,
          programs: s.jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
          // Only what the reader chose: the library asks for a fact where the month's law turns on it.
          ...(s.fundedBy === '' ? {} : { fundedBy: s.fundedBy }),
          ...(s.sector === '' ? {} : { sector: s.sector }),
        };

  const renderContribution = (r: MonthlyContribution, s: FormState): void => {
    q('#result-month').textContent = r.month;
    q('#total-billed').textContent = formatRupiah(r.totals.billed);
    q('#due-date').textContent = `(due ${r.dueDate})`;
    const lines = q<HTMLTableSectionElement>('#lines tbody');
    lines.replaceChildren(
      ...r.lines.map((l) => {
        const tr = row([l.program, PAYER_TEXT[l.payer], l.base === null ? 'flat' : formatRupiah(l.base), l.rate === null ? '' : `${l.rate} %`, l.exact, formatRupiah(l.amount), l.citations.map(formatCitation).join('; ')]);
        tr.dataset['program'] = l.program;
        tr.dataset['payer'] = l.payer;
        if (!l.billed) tr.className = 'jc-not-billed';
        return tr;
      }),
    );
    q<HTMLTableSectionElement>('#totals tbody').replaceChildren(
      ...(
        [
          ['Employer', r.totals.employer],
          ['Employee', r.totals.employee],
          ['Participant', r.totals.participant],
          ['Billed', r.totals.billed],
          ['Government (not billed)', r.totals.government],
        ] as const
      )
        .filter(([label, amount]) => amount !== 0 || label === 'Billed')
        .map(([label, amount]) => row([label, formatRupiah(amount)], true)),
    );
    q<HTMLUListElement>('#notes').replaceChildren(...r.notes.map((n) => el('li', say(n.text, s.language))));
    q<HTMLOListElement>('#explanation').replaceChildren(
      ...r.explanation.map((step) => {
        const li = el('li', say(step.text, s.language));
        if (step.citations.length > 0) li.append(' ', el('span', `(${step.citations.map(formatCitation).join('; ')})`, 'jc-basis'));
        return li;
      }),
    );
    q<HTMLTableSectionElement>('#law-used tbody').replaceChildren(
      ...r.lawUsed.map((u) => row([u.parameter, u.value, `${u.from} to ${u.to ?? 'open'}`, `${u.status} (${u.confidence})`, u.citations.map(formatCitation).join('; ')])),
    );
  };

  const renderBenefits = (s: FormState): void => {
    const body = q<HTMLTableSectionElement>('#benefits tbody');
    const note = q<HTMLParagraphElement>('#benefits-note');
    const rows: HTMLTableRowElement[] = [];
    const problems: string[] = [];
    const earnings = s.segment === 'PU' ? ({ segment: 'PU', wage: s.amount } as const) : ({ segment: 'BPU', income: s.amount } as const);
    try {
      const jkk = jkkBenefit({ accidentDate: s.eventDate, earnings, outcome: { kind: 'death' } });
      rows.push(row(['Death from a work accident (JKK)', formatRupiah(jkk.total), formatRupiah(jkk.maximumTotal), jkk.regime], true));
    } catch (e) {
      problems.push(`JKK: ${messageOf(e)}`);
    }
    try {
      const jkm = jkmBenefit({ deathDate: s.eventDate, segment: s.segment, activeAtDeath: true, contributionMonths: 36, consecutivePaidMonthsSinceRegistration: 36 });
      rows.push(row(['Death from another cause (JKM)', formatRupiah(jkm.total), formatRupiah(jkm.maximumTotal), jkm.regime], true));
    } catch (e) {
      problems.push(`JKM: ${messageOf(e)}`);
    }
    body.replaceChildren(...rows);
    note.textContent = [
      'Assumes an active participant with 36 months of contributions (enough for the scholarship) and the maximum number of children the law allows; the library reports every condition it checked.',
      ...problems,
    ].join(' ');
  };

  const calculate = (): void => {
    const s = read();
    try {
      const result = monthlyContribution(participantOf(s), s.month);
      renderContribution(result, s);
      renderBenefits(s);
      errorBox.hidden = true;
      resultBox.hidden = false;
    } catch (e) {
      const question = questionFor(e, s.month);
      errorBox.textContent = question ?? messageOf(e);
      errorBox.classList.toggle('jc-question', question !== undefined);
      errorBox.hidden = false;
      resultBox.hidden = true;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    calculate();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement | null)?.id === 'segment') showSegment();
    calculate();
  });
  showSegment();
  calculate();
}

/**
 * A missing fact the reader can supply, asked in plain words (the library's own message is meant
 * for developers). `undefined` for any other error.
 */
function questionFor(e: unknown, month: string): string | undefined {
  if (!isJamsostekError(e)) return undefined;
  const issue = e.issues[0];
  if (issue?.code !== 'missing_fact') return undefined;
  if (issue.fact === 'fundedBy') {
    return `Please choose who pays the contributions (“Paid by”). In ${month} the amount depends on it: the PP 50/2025 discount on JKK and JKM does not apply when they are paid from the state or a regional budget (APBN or APBD). · Pilih sumber iuran: untuk bulan ini besarnya bergantung padanya.`;
  }
  if (issue.fact === 'sector') {
    return `Please choose the sector. In ${month} the PP 50/2025 discount covers only some sectors (transport: drivers, couriers, ride-hailing). · Pilih sektor: untuk bulan ini diskon PP 50/2025 hanya berlaku untuk sektor tertentu.`;
  }
  return undefined;
}

function messageOf(e: unknown): string {
  if (isJamsostekError(e)) return e.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
  return e instanceof Error ? e.message : String(e);
}

for (const root of document.querySelectorAll<HTMLElement>('#jamsostek-calculator')) mount(root);
