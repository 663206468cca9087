// Audiences added under Inställningar → Målgrupper get an id made from their name: readable in
// the data file, stable when the audience is renamed later, and never one already taken.

/** "Nya studenter" → "nya-studenter"; "Lärosäten" → "larosaten"; a taken id gets "-2", "-3"… */
export function audienceIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'malgrupp';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
