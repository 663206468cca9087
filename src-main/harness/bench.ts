// `npm run bench`: how the store behaves at 10,000 items of realistic size (DESIGN §6). Prints
// timings; targets are judged from these numbers, never by timed assertions in tests.
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyVariant, type PlanCommand } from '../../src-shared/commands';
import type { ContentItem } from '../../src-shared/model';
import { createServices } from '../services/create-services';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const NOW = new Date().toISOString();

function item(i: number): ContentItem {
  const year = 2025 + (i % 3);
  const date = i % 10 === 0 ? null : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const text = `Inlägg ${i}: ${'Stockholms studenter behöver fler bostäder och bättre kollektivtrafik. '.repeat(6)}`;
  return {
    id: `bench-${i}`,
    title: `Inlägg nummer ${i} om studentbostäder`,
    notes: 'Underlag från presidiet. '.repeat(10),
    status: (['idea', 'draft', 'review', 'approved', 'published'] as const)[i % 5] ?? 'idea',
    date,
    time: date ? '09:00' : null,
    audiences: ['students', 'decision-makers'],
    tags: ['bostad', 'kampanj'],
    owner: 'Kommunikatör',
    principles: { openness: true, clarity: true, credibility: false },
    rank: i * 1024,
    variants: (['website', 'x', 'facebook'] as const).map((channel) => ({ ...emptyVariant(channel), text, slug: `inlagg-${i}` })),
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function time<T>(label: string, run: () => T, results: Array<[string, string]>): T {
  const start = performance.now();
  const value = run();
  results.push([label, `${(performance.now() - start).toFixed(1)} ms`]);
  return value;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kanalplan-bench-'));
  const results: Array<[string, string]> = [];
  const first = createServices(dir, { version: 'bench', runtime: 'browser-harness' });
  const put: PlanCommand = { type: 'items.put', items: Array.from({ length: ITEMS }, (_, i) => item(i)), removeIds: [] };
  time(`apply ${ITEMS} items (one command)`, () => first.plan.apply(put), results);
  time('write every partition', () => first.store.flush(), results);
  const bytes = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  results.push([
    'data on disk',
    `${(bytes / 1024 / 1024).toFixed(1)} MB in ${readdirSync(dir).filter((f) => f.endsWith('.json')).length} files`,
  ]);
  first.store.close();

  const second = time(
    'start: load, verify and back up',
    () => createServices(dir, { version: 'bench', runtime: 'browser-harness' }),
    results,
  );
  time(
    'apply one title edit',
    () => second.plan.apply({ type: 'item.update', id: 'bench-1', patch: { title: 'Ändrad' } }),
    results,
  );
  time('write after one edit (one year file)', () => second.store.flush(), results);
  time(
    'apply one move between years',
    () => second.plan.apply({ type: 'item.schedule', id: 'bench-1', date: '2027-03-01' }),
    results,
  );
  time('write after the move (two files)', () => second.store.flush(), results);
  const memory = process.memoryUsage();
  results.push(['heap used', `${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB`]);
  second.store.close();
  rmSync(dir, { recursive: true, force: true });

  const width = Math.max(...results.map(([label]) => label.length));
  console.log(`Kanalplan store benchmark, ${ITEMS} items (Node ${process.version})`);
  for (const [label, value] of results) console.log(`  ${label.padEnd(width)}  ${value}`);
}

main();
