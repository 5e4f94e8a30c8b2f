// The keymap is data (after OmegaT's MainMenuShortcuts.properties): one table drives the key
// handler, the buttons' shortcut hints and the help overlay. `when` says in which mode a binding
// lives: 'nav' while moving through the review, 'edit' while typing in a segment, 'always' in
// both. Navigation keys never fire while editing and editing keys never fire while navigating.
// Pure TypeScript: the desktop menus may read it too.

export type Mode = 'nav' | 'edit' | 'always';

export type Command =
  | 'nextIssue'
  | 'prevIssue'
  | 'nextSegment'
  | 'prevSegment'
  | 'accept'
  | 'acceptChoice'
  | 'reject'
  | 'rejectReason'
  | 'edit'
  | 'markReviewed'
  | 'mergeNext'
  | 'split'
  | 'toggleChanges'
  | 'undo'
  | 'redo'
  | 'search'
  | 'help'
  | 'confirmSegment'
  | 'leaveEdit'
  | 'saveProject'
  | 'openProject'
  | 'export'
  | 'corrections'
  | 'escape';

export interface Binding {
  command: Command;
  /** Chords such as 'Ctrl+Shift+Z', 'Alt+ArrowDown', 'j', '?'. 'Ctrl' also matches ⌘ on macOS. */
  keys: string[];
  when: Mode;
}

export const KEYMAP: Binding[] = [
  { command: 'nextIssue', keys: ['j', 'Alt+ArrowDown'], when: 'nav' },
  { command: 'prevIssue', keys: ['k', 'Alt+ArrowUp'], when: 'nav' },
  { command: 'nextSegment', keys: ['ArrowDown'], when: 'nav' },
  { command: 'prevSegment', keys: ['ArrowUp'], when: 'nav' },
  { command: 'accept', keys: ['a', 'Ctrl+Enter'], when: 'nav' },
  { command: 'acceptChoice', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], when: 'nav' },
  { command: 'reject', keys: ['r'], when: 'nav' },
  { command: 'rejectReason', keys: ['Shift+R'], when: 'nav' },
  { command: 'edit', keys: ['e', 'Enter'], when: 'nav' },
  { command: 'markReviewed', keys: ['m'], when: 'nav' },
  { command: 'mergeNext', keys: ['Ctrl+M'], when: 'nav' },
  { command: 'split', keys: ['Ctrl+Shift+M'], when: 'nav' },
  { command: 'toggleChanges', keys: ['d'], when: 'nav' },
  { command: 'undo', keys: ['Ctrl+Z'], when: 'nav' },
  { command: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], when: 'nav' },
  { command: 'help', keys: ['?', 'F1'], when: 'nav' },
  { command: 'confirmSegment', keys: ['Ctrl+Enter'], when: 'edit' },
  { command: 'leaveEdit', keys: ['Escape'], when: 'edit' },
  { command: 'search', keys: ['Ctrl+F'], when: 'always' },
  { command: 'saveProject', keys: ['Ctrl+S'], when: 'always' },
  { command: 'openProject', keys: ['Ctrl+O'], when: 'always' },
  { command: 'export', keys: ['Ctrl+E'], when: 'always' },
  { command: 'corrections', keys: ['Ctrl+Shift+H'], when: 'always' },
  { command: 'escape', keys: ['Escape'], when: 'nav' },
];

export interface Chord {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

export function parseChord(text: string): Chord {
  const parts = text === '+' ? ['+'] : text.split('+');
  const key = parts.pop() as string;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { key, ctrl: mods.has('ctrl'), alt: mods.has('alt'), shift: mods.has('shift') };
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** A letter or digit: Shift is part of the chord. A symbol ('?'): the layout decides Shift, so it is ignored. */
function shiftMatters(key: string): boolean {
  return key.length > 1 || /[\p{L}\p{N}]/u.test(key);
}

export function chordMatches(chord: Chord, e: KeyLike): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const want = chord.key.length === 1 ? chord.key.toLowerCase() : chord.key;
  if (key !== want) return false;
  if (chord.ctrl !== (e.ctrlKey || e.metaKey)) return false;
  if (chord.alt !== e.altKey) return false;
  if (shiftMatters(chord.key) && chord.shift !== e.shiftKey) return false;
  return true;
}

/** The binding a key press triggers in a mode ('always' bindings apply in every mode), or null. */
export function commandFor(e: KeyLike, mode: 'nav' | 'edit' | 'input', keymap: Binding[] = KEYMAP): { command: Command; key: string } | null {
  for (const b of keymap) {
    if (b.when !== 'always' && b.when !== mode) continue;
    for (const k of b.keys) if (chordMatches(parseChord(k), e)) return { command: b.command, key: k };
  }
  return null;
}

export function keysFor(command: Command, keymap: Binding[] = KEYMAP): string[] {
  return keymap.filter((b) => b.command === command).flatMap((b) => b.keys);
}

/** How a chord is written for people: 'Ctrl+Shift+Z' → 'Ctrl+Shift+Z', 'ArrowDown' → '↓', ⌘ on macOS. */
export function displayChord(text: string, mac = false): string {
  const { key, ctrl, alt, shift } = parseChord(text);
  const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', Enter: '↵', Escape: 'Esc' };
  const k = names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  const mods = [ctrl ? (mac ? '⌘' : 'Ctrl') : '', alt ? (mac ? '⌥' : 'Alt') : '', shift ? (mac ? '⇧' : 'Shift') : ''].filter(Boolean);
  return [...mods, k].join(mac ? '' : '+');
}

/** First shortcut of a command for a button's hint, '' when none. */
export function shortcutHint(command: Command, mac = false): string {
  const keys = keysFor(command);
  return keys.length ? displayChord(keys[0], mac) : '';
}
