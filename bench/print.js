// The benchmark's report as text for a terminal: the data, every command's median and peak
// memory, every budget with its measured ratio and PASS/FAIL, and the missed budgets last.
// Rows are kept within `width` columns; notes and figures that do not fit go on their own lines.

/** Words of `text` in lines of at most `width` characters: the first starts with `indent`, the rest with `rest`. */
function wrap(text, indent, width, rest = indent) {
  const lines = [];
  let start = indent;
  let line = indent;
  // A figure and its unit, and a comparison and its limit, stay on one line.
  const glued = text.replace(/(\d) (s|MB)\b/g, '$1\u00a0$2').replace(/([≤<]) /g, '$1\u00a0');
  for (const word of glued.split(' ')) {
    if (line.length > start.length && line.length + 1 + word.length > width) {
      lines.push(line);
      start = rest;
      line = rest;
    }
    line += (line.length > start.length ? ' ' : '') + word;
  }
  lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

const secs = (x) => (x === null ? 'n/a' : `${x >= 100 ? x.toFixed(1) : x.toFixed(3)} s`);
const mbText = (x) => (x === null ? 'n/a' : `${Math.round(x).toLocaleString('en')} MB`);
const statusText = (s) => (s === 'NOT MEASURED' ? 'n/m ' : s);

/** Rows of cells, left-aligned except the columns in `right`; the last cell is not padded. */
function columns(rows, right = new Set()) {
  if (!rows.length) return [];
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
}

export function formatReport(report, { width = 80 } = {}) {
  const out = [];
  const m = report.machine;
  out.push(...wrap(`okr benchmark · node ${m.node} · ${m.cpus} CPUs${m.cpuModel ? ` · ${m.cpuModel}` : ''}`, '', width, '  '));
  out.push(...wrap(`median of ${report.runs} timed run${report.runs === 1 ? '' : 's'} per command, interleaved, after one checked warm-up`, '', width, '  '));
  if (report.only) out.push(`only the budgets matching ${report.only}`);
  if (report.quick) out.push('--quick: without the 20,000-unit and 50,000-commit lines');

  if (report.datasets.length) out.push('', 'data (bench/.work)');
  const nameWidth = Math.max(0, ...report.datasets.map((d) => d.name.length));
  for (const d of report.datasets) out.push(...wrap(d.description, `  ${d.name.padEnd(nameWidth)}  `, width, ' '.repeat(nameWidth + 4)));

  out.push('', 'commands');
  const byDataset = new Map();
  for (const c of report.commands) {
    const key = c.dataset ?? 'start-up';
    if (!byDataset.has(key)) byDataset.set(key, []);
    byDataset.get(key).push(c);
  }
  const rows = [['', 'median', 'peak', 'exit']];
  const notes = [null];
  for (const [key, list] of byDataset) {
    rows.push([`  ${key}`, '', '', '']);
    notes.push(null);
    for (const c of list) {
      const exit = c.exitCodes.length ? [...new Set(c.exitCodes)].join('/') : '-';
      rows.push([`    ${c.label}`, c.timed ? secs(c.medianSeconds) : 'untimed', mbText(c.peakMB), exit]);
      notes.push(c.error ? `ERROR: ${c.error}` : c.note);
    }
  }
  columns(rows, new Set([1, 2])).forEach((line, i) => {
    out.push(line);
    if (notes[i]) out.push(...wrap(notes[i], ' '.repeat(6), width));
  });

  out.push('', ...wrap('budgets (median ratios of commands timed side by side in this run)', '', width, '  '));
  const groups = new Map();
  for (const b of report.budgets) {
    if (!groups.has(b.group)) groups.set(b.group, []);
    groups.get(b.group).push(b);
  }
  const budgetRows = [];
  const rowGroup = [];
  for (const [group, list] of groups) {
    for (const b of list) {
      budgetRows.push([`    ${statusText(b.status)}`, `${b.measured} ${b.against}`, b.budget, b.detail]);
      rowGroup.push(group);
    }
  }
  const lines = columns(budgetRows);
  let previous = null;
  lines.forEach((line, i) => {
    if (rowGroup[i] !== previous) out.push(`  ${rowGroup[i]}`);
    previous = rowGroup[i];
    if (line.length <= width) {
      out.push(line);
      return;
    }
    // Too wide: the figures go on their own line under the verdict.
    const detail = budgetRows[i][3];
    const cut = line.length - detail.length;
    out.push(line.slice(0, cut).trimEnd());
    out.push(...wrap(detail, ' '.repeat(10), width));
  });

  const missed = report.budgets.filter((b) => b.status !== 'PASS');
  out.push('');
  if (!missed.length) out.push(`all ${report.budgets.length} budgets met`);
  else {
    out.push(`${missed.length} of ${report.budgets.length} budgets not met:`);
    for (const b of missed) {
      const text = b.value === null
        ? `${b.group}: ${b.detail}`
        : `${b.group}: ${b.measured} ${b.against}${b.detail ? ` (${b.detail})` : ''}, budget ${b.budget}`;
      out.push(...wrap(text, '  ', width, '    '));
    }
  }
  if (report.brokenReferences.length) {
    out.push('', 'the benchmark could not measure everything (exit 2):');
    for (const c of report.brokenReferences) out.push(...wrap(`${c.label} (${c.dataset ?? 'start-up'}): ${c.error}`, '  ', width, '    '));
  }
  return out.join('\n') + '\n';
}
