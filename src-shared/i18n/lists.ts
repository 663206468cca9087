// Lists inside a message: the parts stay data (messages, names in both languages) and the
// catalogue's `lists` group joins them, so each language words its own "A, B och C".
import type { Message, MessageValue } from './messages';

/** "A, B och C" / "A, B and C". */
export function andList(parts: readonly MessageValue[]): MessageValue {
  return joined(parts, 'lists.comma', 'lists.and');
}

/** "A, B, C". */
export function commaList(parts: readonly MessageValue[]): MessageValue {
  return joined(parts, 'lists.comma', 'lists.comma');
}

/** One part a line; the first is a message (a heading, or the first problem). */
export function lineList([first, ...rest]: readonly [Message, ...MessageValue[]]): Message {
  return rest.length === 0 ? first : { key: 'lists.lines', values: { first, rest: joined(rest, 'lists.lines', 'lists.lines') } };
}

/** "Label: text", as a field and what is wrong with it. */
export function labelled(label: MessageValue, text: MessageValue): Message {
  return { key: 'lists.labelled', values: { label, text } };
}

// Nested from the front: [a, b, c] is comma(a, and(b, c)). An empty list is an empty string.
function joined(parts: readonly MessageValue[], between: string, last: string): MessageValue {
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  return { key: rest.length === 1 ? last : between, values: { first, rest: joined(rest, between, last) } };
}
