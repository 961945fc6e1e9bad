/** The one table the bench prints: rows of [section, metric, value, reference, ratio, goal]. */

const HEAD = ['section', 'metric', 'value', 'reference', 'ratio', 'goal'];

function cell(value) {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
  }
  return String(value);
}

export function formatTable(rows) {
  const lines = [HEAD, ...rows.map((r) => r.map(cell))];
  const widths = HEAD.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l) =>
    l.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(fmt)].join(
    '\n',
  );
}

/** The same rows as a Markdown table (for the README). */
export function markdownTable(rows) {
  const esc = (c) => cell(c).replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
