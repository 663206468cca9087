// `npm run bench` (issue #11): a seeded plan of 1,000 and 10,000 items through the real store,
// the domain and the real renderer in Chromium. Prints one table: the median and spread over
// several runs after a warm-up, the budget, and what this machine itself manages for the same
// work. Speed is judged here, never by timed assertions in tests. BENCHMARKS.md explains the rows.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hostPace, printTable, type Row } from './measure';
import { generatePlan, nearestPosts, type StatusSpread } from './plan-generator';
import type { Plan } from '../src-shared/plan/model';
import { localDayOf } from '../src-shared/calendar/dates';
import { domainRows, seedStore, storeRows } from './store-domain';
import { largePlanHeapBudget, uiRows } from './ui';
import { csvRows } from './csv-import';
import { mediaRows, withImages } from './media';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
// Both plans by default (issue #20): `realistic` (years of use, old posts published) and
// `uniform` (every status equally often at every date, a harder plan than real use).
const SPREADS = (process.env.BENCH_STATUSES ?? 'realistic,uniform')
  .split(',')
  .map((name): StatusSpread => (name === 'uniform' ? 'uniform' : 'realistic'));
const SPREAD_NAMES: Record<StatusSpread, string> = { realistic: 'realistisk', uniform: 'jämn' };
const WITH_UI = process.env.BENCH_UI !== '0';
// Keeps each seeded data folder, to open it in the harness (KANALPLAN_DATA_DIR) and profile by hand.
const KEEP = process.env.BENCH_KEEP === '1';
// Pictures on the large plan's newest posts for its second pass; 0 leaves that pass out.
const IMAGES = Number(process.env.BENCH_IMAGES ?? 3000);

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  const paces = [hostPace()];
  for (const spread of SPREADS) {
    rows.push(...(await planRows(spread)));
    paces.push(hostPace());
  }
  if (IMAGES > 0) rows.push(...(await imagePlanRows(IMAGES, SPREADS[0] ?? 'realistic')));
  rows.push(...(await mediaRows()));
  rows.push(...(await csvRows()));
  rows.push(bundleRow());
  paces.push(hostPace());
  const pace = `värdens takt ${paces.map((ms) => ms.toFixed(0)).join(' / ')} ms`;
  printTable(
    `Kanalplan – npm run bench (${new Date().toISOString().slice(0, 10)}, ${Math.round((Date.now() - started) / 1000)} s, ${loadAverage()}, ${pace})`,
    rows,
  );
}

/**
 * The plan of 10,000 posts again with `images` pictures on its newest posts (issue 18 item 7):
 * the kanban, calendar and keystroke rows under the same budgets, each card's picture a real
 * file the harness serves.
 */
async function imagePlanRows(images: number, spread: StatusSpread): Promise<Row[]> {
  const size = 10_000;
  const label = `${size.toLocaleString('sv')} med ${images.toLocaleString('sv')} bilder`;
  const dir = mkdtempSync(join(tmpdir(), `kanalplan-bench-images-`));
  try {
    const plan = await withImages(generatePlan(size, { spread, day: localDayOf(new Date().toISOString()) }), images, dir);
    const bytes = seedStore(plan, dir);
    const rows: Row[] = [
      { name: `${label}: lagret på disk`, value: bytes / 1024 / 1024, spread: null, unit: 'MB', budget: null, limit: '' },
    ];
    if (WITH_UI) {
      const ui = await uiRows(dir, label, largePlanHeapBudget(bytes / 1024 / 1024));
      // The same budgets as without pictures: 1.5 s for the kanban, 100 ms a frame.
      for (const row of ui.rows) if (row.name.endsWith('navigering tills kanban visas')) row.budget = 1500;
      rows.push(...ui.rows);
    }
    return rows;
  } finally {
    if (KEEP) console.log(`Kept the data folder of ${label}: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every row of one plan's shape, at each size; then the UI rows of the 1,000 posts of the 10,000
 * nearest today, and the UI rows at 10,000 with their ratio to both plans of 1,000.
 */
async function planRows(spread: StatusSpread): Promise<Row[]> {
  const rows: Row[] = [];
  const day = localDayOf(new Date().toISOString());
  const uiBySize = new Map<number, Row[]>();
  for (const size of SIZES) {
    const label = `${SPREAD_NAMES[spread]} ${size.toLocaleString('sv')}`;
    const plan = generatePlan(size, { spread, day });
    rows.push(
      ...(await inDataFolder(plan, label, async (dir, diskRow) => {
        const planRows = [diskRow, ...(await storeRows(dir, label)), ...(await domainRows(plan, label))];
        if (!WITH_UI) return planRows;
        const ui = await uiRows(dir, label, size >= 10_000 ? largePlanHeapBudget(diskRow.value) : undefined);
        uiBySize.set(size, ui.rows);
        return [...planRows, ...ui.rows];
      })),
    );
  }
  const [spreadOut, large] = [uiBySize.get(1000), uiBySize.get(10000)];
  if (!spreadOut || !large) return rows;
  // The 1,000 spread over the same years show a tenth of a week; these show the same week.
  const label = `${SPREAD_NAMES[spread]} 1 000 närmast idag`;
  const nearest = nearestPosts(generatePlan(10_000, { spread, day }), 1000, day);
  const sameView = await inDataFolder(nearest, label, async (dir, diskRow) => [diskRow, ...(await uiRows(dir, label)).rows]);
  rows.push(...sameView);
  compareSizes(large, spreadOut, sameView);
  return rows;
}

/** Seeds a data folder with `plan` through the real store, runs `measure` on it and removes it. */
async function inDataFolder(plan: Plan, label: string, measure: (dir: string, diskRow: Row) => Promise<Row[]>): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), `kanalplan-bench-${plan.items.length}-`));
  try {
    const bytes = seedStore(plan, dir);
    return await measure(dir, {
      name: `${label}: lagret på disk`,
      value: bytes / 1024 / 1024,
      spread: null,
      unit: 'MB',
      budget: null,
      limit: '',
    });
  } finally {
    if (KEEP) console.log(`Kept the data folder of ${label} items: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each UI time at 10,000 posts beside its time at 1,000, in both plans of 1,000: spread over the
 * same years (a week shows a tenth as many posts) and the 1,000 nearest today (the same weeks and
 * lists). An interaction (a row with a budget of 100 ms) must stay within 1.5 × its time in the
 * plan that shows the same: what issue #20 asks is that the cost not grow with the plan's size.
 */
function compareSizes(large: readonly Row[], spreadOut: readonly Row[], sameView: readonly Row[]): void {
  const rest = (row: Row) => row.name.slice(row.name.indexOf(':'));
  const match = (rows: readonly Row[], row: Row) =>
    rows.find((candidate) => rest(candidate) === rest(row) && candidate.value > 0);
  for (const row of large) {
    const [thin, same] = [match(spreadOut, row), match(sameView, row)];
    if (row.unit !== 'ms' || !thin || !same) continue;
    if (row.budget === 100) row.budget = Math.min(100, 1.5 * same.value);
    const ratios = `10 000 / 1 000 närmast idag: ${(row.value / same.value).toFixed(1)}, / 1 000 utspridda: ${(row.value / thin.value).toFixed(1)}`;
    row.limit = [row.limit, ratios].filter(Boolean).join('; ');
  }
}

/** The machine is shared: the load average while the bench ran is part of reading its numbers. */
function loadAverage(): string {
  return `belastning ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')}`;
}

function bundleRow(): Row {
  const assets = resolve('out/renderer/assets');
  const js = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const raw = js.reduce((sum, name) => sum + readFileSync(join(assets, name)).length, 0);
  const gzipped = js.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length, 0);
  return {
    name: 'renderarens paket (gzip)',
    value: gzipped / 1024,
    spread: null,
    unit: 'KB',
    budget: null,
    limit: `${Math.round(raw / 1024)} KB okomprimerat`,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
