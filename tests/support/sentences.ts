// Finds words for people in code (STYLE habit 11): the string and template literals of a
// TypeScript file, and which of them read as a Swedish or English sentence. Parsed with the
// oxc parser Vite ships (not a regex over the text), so comments, regex literals and type-level
// strings never count, and a quote inside one cannot confuse the scan.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';

export interface Literal {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  /** The literal's text; a template's `${…}` parts stand as `∙`. */
  text: string;
  /** When the literal is an argument of a call: the function's name (`t` for `i18n.t`) and which argument. */
  call?: { callee: string; index: number };
}

type Found = Omit<Literal, 'file' | 'line'> & { start: number };

/** Where a placeholder stood in a template: not a letter, not a brace. */
export const HOLE = '∙';

// A literal in these places is code, never UI: a module's path, a type, an object's key.
const SOURCE_OF = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression']);
const TYPE_LEVEL = new Set(['TSLiteralType', 'TSExternalModuleReference', 'TSImportType', 'TSModuleDeclaration']);
const KEYED = new Set(['Property', 'PropertyDefinition', 'MethodDefinition', 'TSPropertySignature', 'TSEnumMember']);

type Node = { type?: string; start?: number; [key: string]: unknown };

/** Every string and template literal of a source text, with its line. */
export function literalsOf(file: string, source: string): Literal[] {
  const parsed = parseSync(file, source);
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const found: Found[] = [];
  walk(parsed.program as unknown as Node, null, '', found);
  return found.map(({ start, ...literal }) => ({ file, line: source.slice(0, start).split('\n').length, ...literal }));
}

function walk(node: Node, parent: Node | null, key: string, found: Found[], call?: Literal['call']): void {
  if (TYPE_LEVEL.has(node.type ?? '') || (node.type === 'ExpressionStatement' && typeof node.directive === 'string')) return;
  if (node.type === 'Literal' && typeof node.value === 'string') {
    const isSource = SOURCE_OF.has(parent?.type ?? '') && key === 'source';
    const isKey = KEYED.has(parent?.type ?? '') && (key === 'key' || key === 'id') && parent?.computed !== true;
    if (!isSource && !isKey) found.push({ start: node.start ?? 0, text: node.value, ...(call && { call }) });
    return;
  }
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as Array<{ value: { cooked: string | null; raw: string } }>;
    const text = quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(HOLE);
    found.push({ start: node.start ?? 0, text, ...(call && { call }) });
  }
  const callee = node.type === 'CallExpression' ? calleeName(node.callee as Node) : null;
  for (const [childKey, child] of Object.entries(node)) {
    if (childKey === 'parent' || child === null || typeof child !== 'object') continue;
    (Array.isArray(child) ? child : [child]).forEach((item: unknown, index) => {
      if (item === null || typeof item !== 'object') return;
      const asArgument = callee !== null && childKey === 'arguments' ? { callee, index } : undefined;
      walk(item as Node, node, childKey, found, asArgument);
    });
  }
}

function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.name as string;
  const property = callee.type === 'MemberExpression' && callee.computed !== true ? (callee.property as Node) : null;
  return property?.type === 'Identifier' ? (property.name as string) : null;
}

/**
 * Whether a literal reads as words for a person: a Swedish letter (å, ä, ö), or two words of
 * letters with a space between. Markup tags (the board's HTML, attributes and all), a whole
 * stylesheet and date-fns patterns ("EEEE d MMMM yyyy") are code, not words.
 */
export function readsAsSentence(text: string): boolean {
  if (isStylesheet(text) || isDatePattern(text)) return false;
  const prose = text.replace(/<[^>]*>/g, ' ');
  return /[åäöÅÄÖ]/.test(prose) || /\p{L}+ \p{L}+/u.test(prose);
}

/** CSS rules and nothing else: take away innermost `selector { … }` blocks until none is left. */
function isStylesheet(text: string): boolean {
  if (!/\{[^{}]*:[^{}]*\}/.test(text)) return false;
  let rest = text;
  for (let previous = ''; rest !== previous; ) {
    previous = rest;
    rest = rest.replace(/[^{}]*\{[^{}]*\}/g, '');
  }
  return rest.trim() === '';
}

/** date-fns tokens: every run of letters is one letter repeated ("d", "MMMM", "yyyy"). */
function isDatePattern(text: string): boolean {
  return /\p{L}/u.test(text) && (text.match(/\p{L}+/gu) ?? []).every((run) => /^(\p{L})\1*$/u.test(run));
}

/** The TypeScript files below `dir` (relative to `root`), sorted, with forward slashes. */
export function sourceFiles(root: string, dir: string): string[] {
  const entries = readdirSync(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export function readSource(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
