// @vitest-environment happy-dom
// The date and time fields in Swedish and English: what they show, what typing and the arrow
// keys report, and that a half-typed value is never reported as a date.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useState } from 'react';

import { DateField } from '../../src-renderer/components/DateField';
import { DatePicker } from '../../src-renderer/components/DatePicker';
import { TimeField } from '../../src-renderer/components/TimeField';
import { i18n } from '../../src-renderer/i18n';

beforeAll(() => avoidSelectionRecursion());
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('sv');
});

/**
 * happy-dom fires `selectionchange` synchronously inside `collapse()`, and a focused segment
 * collapses the selection on every `selectionchange`, so the two recurse until the stack
 * overflows. Browsers queue the event; refusing the re-entrant call gives the same result.
 */
function avoidSelectionRecursion() {
  const prototype = Selection.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, 'collapse')?.value as Selection['collapse'];
  let collapsing = false;
  prototype.collapse = function (this: Selection, node: Node | null, offset?: number) {
    if (collapsing) return;
    collapsing = true;
    try {
      Reflect.apply(original, this, [node, offset]);
    } finally {
      collapsing = false;
    }
  };
}

/** Types as a browser does: a key press, then the `beforeinput` the segment acts on. */
function type(text: string) {
  for (const character of text) {
    const target = document.activeElement as HTMLElement;
    fireEvent.keyDown(target, { key: character });
    fireEvent(
      target,
      new InputEvent('beforeinput', { inputType: 'insertText', data: character, bubbles: true, cancelable: true }),
    );
  }
}

/** Ends the typing as a person does: Enter, or leaving the field. */
const pressEnter = () => fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
const leave = () => act(() => (document.activeElement as HTMLElement).blur());

/** What the field shows, without the direction marks React Aria puts around a time. */
function shown(group: HTMLElement): string {
  return (group.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
}

type Kind = 'date' | 'picker' | 'time';

/** A field whose value follows what it reports, like the export form's; returns the reports. */
function renderField(kind: Kind, label: string, initial: string | null) {
  const reports: Array<string | null> = [];
  function Host() {
    const [value, setValue] = useState(initial);
    const onChange = (next: string | null) => {
      reports.push(next);
      setValue(next);
    };
    if (kind === 'time') return <TimeField label={label} value={value} onChange={onChange} />;
    if (kind === 'picker') return <DatePicker label={label} value={value} onChange={onChange} />;
    return <DateField label={label} value={value} onChange={onChange} />;
  }
  render(<Host />);
  const group = screen.getByRole('group', { name: label });
  return { reports, group, segments: within(group).getAllByRole('spinbutton') };
}

describe('in Swedish', () => {
  it('shows a date as åååå-mm-dd, its parts named, and an empty one as åååå-mm-dd', () => {
    const { group, segments } = renderField('date', 'Datum', '2026-12-01');
    expect(shown(group)).toBe('2026-12-01');
    expect(segments.map((segment) => segment.getAttribute('aria-label'))).toEqual(['år, ', 'månad, ', 'dag, ']);
    cleanup();
    expect(shown(renderField('date', 'Datum', null).group)).toBe('åååå-mm-dd');
  });

  it('shows a 24-hour time as tt:mm, and an empty one as tt:mm', () => {
    const { group, segments } = renderField('time', 'Tid', '14:05');
    expect(shown(group)).toBe('14:05');
    expect(segments).toHaveLength(2);
    cleanup();
    expect(shown(renderField('time', 'Tid', null).group)).toBe('tt:mm');
  });

  it('takes a date typed as digits, moving from part to part, and reports it once, on Enter', () => {
    const { reports, group, segments } = renderField('date', 'Datum', '2026-12-01');
    act(() => segments[0]!.focus());
    type('20270315');
    expect(shown(group)).toBe('2027-03-15');
    // The dates passed on the way ("0002-12-01", "2027-12-01", "2027-03-01") are never reported.
    expect(reports).toEqual([]);
    pressEnter();
    expect(reports).toEqual(['2027-03-15']);
    pressEnter();
    expect(reports).toEqual(['2027-03-15']);
  });

  it('takes a time typed as digits in the picker-less field', () => {
    const { reports, segments } = renderField('time', 'Tid', null);
    act(() => segments[0]!.focus());
    type('0930');
    expect(reports).toEqual([]);
    leave();
    expect(reports).toEqual(['09:30']);
  });

  it('steps one part with the arrow keys', () => {
    const { reports, segments } = renderField('picker', 'Datum', '2026-12-31');
    act(() => segments[2]!.focus());
    fireEvent.keyDown(segments[2]!, { key: 'ArrowUp' });
    expect(reports).toEqual([]);
    leave();
    expect(reports).toEqual(['2026-12-01']);
  });

  it('reports a cleared time only when every part is gone', () => {
    const { reports, group, segments } = renderField('time', 'Tid', '09:05');
    fireEvent.keyDown(segments[0]!, { key: 'Backspace' });
    fireEvent.keyDown(segments[0]!, { key: 'Backspace' });
    expect(shown(group)).toBe('tt:05');
    expect(reports).not.toContain(null);
    fireEvent.keyDown(segments[1]!, { key: 'Backspace' });
    fireEvent.keyDown(segments[1]!, { key: 'Backspace' });
    act(() => segments[1]!.focus());
    leave();
    expect(reports).toEqual([null]);
  });

  it('names the calendar button', () => {
    renderField('picker', 'Datum', '2026-12-01');
    expect(screen.getByRole('button', { name: /^Välj datum/ })).toBeTruthy();
  });
});

describe('in English', () => {
  it("shows dates and times in the locale's own order, with English placeholders", async () => {
    await i18n.changeLanguage('en');
    const date = renderField('date', 'Date', '2026-12-01');
    expect(shown(date.group)).toBe('01/12/2026');
    expect(date.segments.map((segment) => segment.getAttribute('aria-label'))).toEqual(['day, ', 'month, ', 'year, ']);
    cleanup();
    expect(shown(renderField('date', 'Date', null).group)).toBe('dd/mm/yyyy');
    cleanup();
    expect(shown(renderField('time', 'Time', '14:05').group)).toBe('14:05');
    cleanup();
    expect(shown(renderField('time', 'Time', null).group)).toBe('hh:mm');
  });

  it('takes a date typed day first', async () => {
    await i18n.changeLanguage('en');
    const { reports, segments } = renderField('date', 'Date', null);
    act(() => segments[0]!.focus());
    type('15032027');
    pressEnter();
    expect(reports).toEqual(['2027-03-15']);
  });
});

/** Every element the renders put on the page while `work` ran, kept even where a later render removed it. */
async function elementsAdded(work: () => void): Promise<Element[]> {
  const added: Element[] = [];
  const observer = new MutationObserver((records) =>
    records.forEach((record) =>
      record.addedNodes.forEach((node) => node instanceof Element && added.push(node, ...node.querySelectorAll('*'))),
    ),
  );
  observer.observe(document.body, { childList: true, subtree: true });
  work();
  await act(async () => undefined);
  observer.disconnect();
  return added;
}

describe('a date field drawn later (Styrelsevy’s period)', () => {
  it.each([
    ['sv', '2026-11-30'],
    ['en', '30/11/2026'],
  ])('first shows the date as text, hidden from the tree, then the field showing the same (%s)', async (language, text) => {
    await i18n.changeLanguage(language);
    const added = await elementsAdded(() =>
      render(<DateField label="Från" value="2026-11-30" onChange={() => undefined} drawnLater />),
    );
    const looks = added.filter((element) => element.hasAttribute('data-look-only'));
    expect(looks).toHaveLength(1);
    expect(looks[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(looks[0]?.querySelector('[role], [tabindex]')).toBeNull();
    expect(looks[0]?.querySelector('.date-group')?.textContent).toBe(text);
    expect(document.querySelector('[data-look-only]')).toBeNull();
    const group = screen.getByRole('group', { name: 'Från' });
    expect(shown(group)).toBe(text);
    expect(within(group).getAllByRole('spinbutton')).toHaveLength(3);
  });

  it('is the field at once with no whole date, disabled or invalid (which the text does not show), and without drawnLater', async () => {
    const added = await elementsAdded(() => {
      render(<DateField label="Från" value={null} onChange={() => undefined} drawnLater />);
      render(<DateField label="Stängd" value="2026-11-30" onChange={() => undefined} drawnLater isDisabled />);
      render(<DateField label="Fel" value="2026-11-30" onChange={() => undefined} drawnLater isInvalid />);
      render(<DateField label="Till" value="2026-12-27" onChange={() => undefined} />);
    });
    expect(added.filter((element) => element.hasAttribute('data-look-only'))).toEqual([]);
    for (const name of ['Från', 'Stängd', 'Fel', 'Till'])
      expect(within(screen.getByRole('group', { name })).getAllByRole('spinbutton'), name).toHaveLength(3);
  });
});
