// What each keymap command does. One window-level key handler finds the mode (navigating the
// review, typing in the segment editor, typing in some other field) and asks the keymap which
// command the key means there; the segment editor handles its own 'edit' commands.
import { useEffect } from 'react';
import type { Desk } from './context';
import type { MenuCommand } from '../shared/api';
import { commandFor, type Command } from './keymap';
import { selectCurrentIssue } from './state/selectors';
import { canSplit } from './state/merge';

export function keyMode(target: EventTarget | null): 'nav' | 'edit' | 'input' {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return 'nav';
  if (el.dataset?.role === 'segment-editor') return 'edit';
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return 'input';
  return 'nav';
}

function focusGrid() {
  document.getElementById('segment-grid')?.focus();
}

/** Runs a command; false when it does not apply now (the key then does what it normally does). */
export function runCommand(command: Command, key: string, desk: Desk): boolean {
  const { store, controller } = desk;
  const s = store.getState();
  const { app } = s;
  const dispatch = s.dispatch;
  const inReview = app.phase === 'review' && app.review !== null;
  const current = selectCurrentIssue(app);
  switch (command) {
    case 'openProject':
      void controller.openProject();
      return true;
    case 'help':
      dispatch({ type: 'overlay', overlay: app.overlay === 'help' ? null : 'help' });
      return true;
    case 'escape':
      if (app.view === 'corrections') dispatch({ type: 'view', view: 'review' });
      else if (app.search) dispatch({ type: 'search', text: '' });
      else if (app.reasonFor) dispatch({ type: 'reason', key: null });
      else if (app.view === 'changes') dispatch({ type: 'view', view: 'review' });
      else return false;
      return true;
    case 'corrections':
      dispatch({ type: 'view', view: app.view === 'corrections' ? 'review' : 'corrections' });
      return true;
  }
  // The corrections view takes no review keys: the review underneath stays as it is.
  if (app.view === 'corrections') {
    if (command !== 'search') return false;
    const input = document.getElementById('corrections-search') as HTMLInputElement | null;
    input?.focus();
    return Boolean(input);
  }
  if (!inReview) return false;
  switch (command) {
    case 'nextIssue':
    case 'prevIssue':
      dispatch({ type: 'move', unit: 'issue', dir: command === 'nextIssue' ? 1 : -1 });
      return true;
    case 'nextSegment':
    case 'prevSegment':
      if (app.view !== 'review') return false;
      dispatch({ type: 'move', unit: 'segment', dir: command === 'nextSegment' ? 1 : -1 });
      return true;
    case 'accept':
    case 'acceptChoice': {
      const choice = command === 'accept' ? 0 : Number(key) - 1;
      if (!current || !current.issue.suggestions[choice]) return false;
      dispatch({ type: 'decide', action: { type: 'accept', segment: current.segment, key: current.key, suggestion: choice } });
      return true;
    }
    case 'reject':
      if (!current) return false;
      dispatch({ type: 'decide', action: { type: 'reject', segment: current.segment, key: current.key } });
      return true;
    case 'rejectReason':
      if (!current) return false;
      dispatch({ type: 'reason', key: current.key });
      return true;
    case 'edit':
      dispatch({ type: 'startEdit' });
      return true;
    case 'markReviewed': {
      const seg = app.cursor.segment;
      dispatch({ type: 'decide', action: { type: 'markReviewed', segment: seg, reviewed: !app.review!.reviewed[seg] } });
      return true;
    }
    case 'mergeNext':
      if (app.cursor.segment + 1 >= app.review!.document.segments.length) return false;
      dispatch({ type: 'confirm', request: { kind: 'merge', segment: app.cursor.segment } });
      return true;
    case 'split':
      if (!canSplit(app.review!, app.cursor.segment)) return false;
      dispatch({ type: 'split', segment: app.cursor.segment });
      return true;
    case 'toggleChanges':
      dispatch({ type: 'view', view: app.view === 'review' ? 'changes' : 'review' });
      return true;
    case 'undo':
    case 'redo':
      dispatch({ type: 'decide', action: { type: command } });
      return true;
    case 'search': {
      const input = document.getElementById('search') as HTMLInputElement | null;
      if (!input) return false;
      input.focus();
      input.select();
      return true;
    }
    case 'saveProject':
      void controller.saveProject();
      return true;
    case 'export':
      dispatch({ type: 'overlay', overlay: 'export' });
      return true;
    case 'confirmSegment':
    case 'leaveEdit':
      return false; // the segment editor's own
  }
  return false;
}

/** The window-level key handler. */
export function useKeyboard(desk: Desk): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = desk.store.getState();
      // A modal dialog owns the keyboard.
      if (s.app.confirm || s.app.overlay || (s.session.recovery && s.app.phase === 'start') || s.app.phase === 'checking') return;
      const mode = keyMode(e.target);
      if (mode === 'edit') {
        // The editor handles its keys; only 'always' bindings reach here.
        const hit = commandFor(e, 'input');
        if (hit && runCommand(hit.command, hit.key, desk)) e.preventDefault();
        return;
      }
      const el = e.target as HTMLElement | null;
      // Enter and Space on a button or link do what they do there.
      if (mode === 'nav' && (e.key === 'Enter' || e.key === ' ') && el && ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName)) return;
      const hit = commandFor(e, mode);
      if (!hit) return;
      if (runCommand(hit.command, hit.key, desk)) {
        e.preventDefault();
        if (hit.command === 'nextSegment' || hit.command === 'prevSegment' || hit.command === 'nextIssue' || hit.command === 'prevIssue') {
          if (document.activeElement === document.body || !document.activeElement) focusGrid();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desk]);
}

/** The desktop menu's commands: the same actions as the keys. */
export function runMenuCommand(command: MenuCommand, desk: Desk): void {
  const { store, controller } = desk;
  const { app } = store.getState();
  const dispatch = store.getState().dispatch;
  const active = document.activeElement as HTMLElement | null;
  if (command.startsWith('theme:')) {
    void controller.updateSettings({ theme: command.slice(6) as 'system' | 'light' | 'dark' });
    return;
  }
  if (command.startsWith('uiLanguage:')) {
    const lang = command.slice(11);
    void controller.updateSettings({ uiLanguage: lang === 'system' ? null : lang });
    return;
  }
  switch (command) {
    case 'openSource':
    case 'openTarget':
      if (app.phase === 'start') void controller.pickFile(command === 'openSource' ? 'source' : 'target');
      return;
    case 'undo':
    case 'redo':
      // A text field's own undo while one has focus.
      if (keyMode(active) !== 'nav') document.execCommand(command);
      else runCommand(command, '', desk);
      return;
    case 'toggleIssues':
      dispatch({ type: 'togglePanel' });
      return;
    case 'confirmSegment':
      if (app.editing !== null) window.dispatchEvent(new CustomEvent(CONFIRM_SEGMENT_EVENT));
      else if (app.review) {
        dispatch({ type: 'decide', action: { type: 'markReviewed', segment: app.cursor.segment, reviewed: true } });
        dispatch({ type: 'move', unit: 'segment', dir: 1 });
      }
      return;
    case 'acceptAllOfCheck': {
      const current = selectCurrentIssue(app);
      if (!current) return;
      const count = app.review!.issues.flat().filter((x) => x.ruleId === current.issue.ruleId).length;
      dispatch({ type: 'confirm', request: { kind: 'acceptAll', ruleId: current.issue.ruleId, count } });
      return;
    }
    default:
      runCommand(command as Command, '', desk);
  }
}

/** Asks the open segment editor to confirm its segment (the desktop menu's "Confirm segment"). */
export const CONFIRM_SEGMENT_EVENT = 'verso:confirm-segment';
