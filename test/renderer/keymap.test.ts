// The keymap is data: one table drives the key handler, the hints and the help overlay. Edit mode
// and navigation mode never take each other's keys.
import { chordMatches, commandFor, displayChord, KEYMAP, parseChord, type Binding } from '../../src/renderer/keymap';
import { keyMode } from '../../src/renderer/commands';

const key = (k: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean; meta: boolean }> = {}) => ({
  key: k,
  ctrlKey: Boolean(mods.ctrl),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
  metaKey: Boolean(mods.meta),
});

describe('keymap', () => {
  it('binds what the review needs', () => {
    const has = (command: string, k: ReturnType<typeof key>, mode: 'nav' | 'edit') => expect(commandFor(k, mode)?.command).toBe(command);
    has('nextIssue', key('j'), 'nav');
    has('nextIssue', key('ArrowDown', { alt: true }), 'nav');
    has('prevIssue', key('k'), 'nav');
    has('accept', key('a'), 'nav');
    has('accept', key('Enter', { ctrl: true }), 'nav');
    has('reject', key('r'), 'nav');
    has('rejectReason', key('R', { shift: true }), 'nav');
    has('edit', key('e'), 'nav');
    has('edit', key('Enter'), 'nav');
    has('undo', key('z', { ctrl: true }), 'nav');
    has('undo', key('z', { meta: true }), 'nav');
    has('redo', key('Z', { ctrl: true, shift: true }), 'nav');
    has('redo', key('y', { ctrl: true }), 'nav');
    has('search', key('f', { ctrl: true }), 'nav');
    has('search', key('f', { ctrl: true }), 'edit');
    has('help', key('?', { shift: true }), 'nav');
    has('confirmSegment', key('Enter', { ctrl: true }), 'edit');
    has('leaveEdit', key('Escape'), 'edit');
    expect(commandFor(key('3'), 'nav')).toEqual({ command: 'acceptChoice', key: '3' });
  });

  it('edit mode never takes navigation keys, navigation never takes editing keys', () => {
    for (const k of ['j', 'k', 'a', 'r', 'e', 'm', 'd', '1', '?', 'Enter', 'ArrowDown', 'ArrowUp']) expect(commandFor(key(k), 'edit')).toBeNull();
    expect(commandFor(key('z', { ctrl: true }), 'edit')).toBeNull(); // the text field's own undo
    expect(commandFor(key('Enter', { ctrl: true }), 'nav')?.command).not.toBe('confirmSegment');
    // In other fields (search box, reason) only the bindings meant for everywhere apply.
    for (const b of KEYMAP.filter((x) => x.when !== 'always')) for (const k of b.keys) expect(commandFor(keyOf(k), 'input')).toBeNull();
  });

  it('Shift is part of a letter chord but not of a symbol', () => {
    expect(chordMatches(parseChord('j'), key('J', { shift: true }))).toBe(false);
    expect(chordMatches(parseChord('?'), key('?', { shift: true }))).toBe(true);
    expect(chordMatches(parseChord('Ctrl+Shift+Z'), key('Z', { ctrl: true }))).toBe(false);
  });

  it('has no key bound twice in one mode', () => {
    const seen = new Map<string, string>();
    const clash = (b: Binding, k: string, mode: string) => {
      const id = `${mode}:${k.toLowerCase()}`;
      if (seen.has(id) && seen.get(id) !== b.command) throw new Error(`${k} is ${seen.get(id)} and ${b.command} in ${mode}`);
      seen.set(id, b.command);
    };
    for (const b of KEYMAP) for (const k of b.keys) for (const mode of b.when === 'always' ? ['nav', 'edit'] : [b.when]) clash(b, k, mode);
  });

  it('writes chords for people', () => {
    expect(displayChord('Ctrl+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(displayChord('Alt+ArrowDown')).toBe('Alt+↓');
    expect(displayChord('Ctrl+Enter', true)).toBe('⌘↵');
    expect(displayChord('j')).toBe('J');
  });

  it('tells the modes apart by where the key was pressed', () => {
    expect(keyMode(null)).toBe('nav');
    expect(keyMode({ tagName: 'DIV', dataset: {} } as unknown as EventTarget)).toBe('nav');
    expect(keyMode({ tagName: 'TEXTAREA', dataset: { role: 'segment-editor' } } as unknown as EventTarget)).toBe('edit');
    expect(keyMode({ tagName: 'INPUT', dataset: {} } as unknown as EventTarget)).toBe('input');
  });
});

function keyOf(chord: string) {
  const c = parseChord(chord);
  return key(c.key, { ctrl: c.ctrl, shift: c.shift, alt: c.alt });
}
