// Timing and the table: each row is the median over several runs after a warm-up, with its
// spread, its budget, and beside it what this machine itself manages for the same work.
import { performance } from 'node:perf_hooks';

export interface Row {
  name: string;
  /** Median in ms (or a count or size, with `unit`). */
  value: number;
  spread: number | null;
  unit: 'ms' | 'MB' | 'KB' | 'elements';
  budget: number | null;
  /** What the machine itself does for the same bytes, e.g. a raw JSON.parse. */
  limit: string;
}

export interface Timing {
  median: number;
  spread: number;
}

/** A row gets at most this long: slow work is sampled fewer times, so the bench ends in minutes. */
const ROW_TIME_MS = 20_000;
/** Work this slow needs no warm-up to be measured fairly: the first run counts. */
const SLOW_MS = 3_000;

/**
 * Runs `prepare` then times `act`, `runs` times after one warm-up; the median and the spread
 * (max − min). Slow work is sampled fewer times (at least once) so a row stays within ROW_TIME_MS.
 */
export async function timed(runs: number, prepare: () => unknown, act: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  const deadline = performance.now() + ROW_TIME_MS;
  for (let run = 0; run <= runs; run += 1) {
    await prepare();
    const start = performance.now();
    await act();
    const took = performance.now() - start;
    if (run > 0 || took > SLOW_MS) samples.push(took);
    if (samples.length > 0 && performance.now() > deadline) break;
  }
  return summarise(samples);
}

/** `timed` with nothing to prepare. */
export function timeIt(work: () => unknown, runs = 5): Promise<Timing> {
  return timed(runs, () => undefined, work);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, spread: (sorted.at(-1) as number) - (sorted[0] as number) };
}

export function printTable(title: string, rows: Row[]): void {
  const lines = rows.map((row) => {
    const value = `${format(row.value)} ${row.unit}${row.spread === null ? '' : ` ±${format(row.spread / 2)}`}`;
    const budget = row.budget === null ? '—' : `≤ ${format(row.budget)} ${row.unit}`;
    const verdict = row.budget === null ? '' : row.value <= row.budget ? 'ok' : 'över budget';
    return [row.name, value, budget, verdict, row.limit];
  });
  const header = ['mätning', 'median ± halva spridningen', 'budget', '', 'maskinens egen gräns'];
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => (line[i] ?? '').length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(render(header));
  console.log(render(widths.map((width) => '-'.repeat(width))));
  for (const line of lines) console.log(render(line));
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/**
 * The host's pace: the median time of a fixed piece of work (a JSON document of 4 MB parsed and
 * written back), taken when the bench starts, between plans and at its end. This shared host's
 * speed changes by about two within minutes at the same load average; the pace says in which
 * state each part of a run was.
 */
export function hostPace(): number {
  const samples = Array.from({ length: 5 }, () => {
    const start = performance.now();
    JSON.stringify(JSON.parse(PACE_DOCUMENT));
    return performance.now() - start;
  });
  return summarise(samples).median;
}

const PACE_DOCUMENT = JSON.stringify(
  Array.from({ length: 20_000 }, (_, i) => ({
    id: `item-${i}`,
    title: `Inlägg nummer ${i} om studentbostäder`,
    date: '2026-11-30',
    tags: ['a', 'b'],
    n: i,
  })),
);
