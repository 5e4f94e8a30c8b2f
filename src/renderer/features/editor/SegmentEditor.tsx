// Free editing of one segment's translation. What the editor types is re-checked as they type
// (debounced; reviewReducer's `edit` checks only this segment) and one editing session undoes as
// one step. Its keys come from the keymap's 'edit' mode: Ctrl+Enter confirms the segment (marks it
// reviewed, moves on), Escape leaves; navigation keys stay with the textarea.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueKey } from '../../../core/review/state';
import type { Issue } from '../../../core/types';
import { issueMessage } from '../../i18n';
import { useDesk, useDeskState } from '../../context';
import { CONFIRM_SEGMENT_EVENT } from '../../commands';
import { commandFor, displayChord, keysFor } from '../../keymap';
import { langDir } from '../../state/selectors';

export const EDIT_DEBOUNCE_MS = 250;
const NO_ISSUES: Issue[] = [];

export function SegmentEditor({ index }: { index: number }) {
  const { t } = useTranslation();
  const { store } = useDesk();
  const dispatch = store.getState().dispatch;
  const text = useDeskState((s) => s.app.review!.targets[index] ?? '');
  const session = useDeskState((s) => s.app.editSession);
  const issues = useDeskState((s) => s.app.review!.issues[index] ?? NO_ISSUES);
  const id = useDeskState((s) => s.app.review!.document.segments[index]?.id ?? '');
  const lang = useDeskState((s) => s.app.review!.document.target.lang);
  const [draft, setDraft] = useState(text);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const area = useRef<HTMLTextAreaElement>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setPending(false);
    const cur = store.getState().app.review?.targets[index];
    if (cur !== undefined && cur !== draftRef.current) dispatch({ type: 'decide', action: { type: 'edit', segment: index, text: draftRef.current }, session });
  }, [dispatch, index, session, store]);

  // Undo/redo from outside (toolbar) changes the text under the editor: follow it.
  useEffect(() => {
    if (timer.current === undefined && text !== draftRef.current) setDraft(text);
  }, [text]);

  useEffect(() => {
    const el = area.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    return () => flush();
  }, [flush]);

  // Grow with the text, so the whole segment stays in view while editing.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.blockSize = 'auto';
    el.style.blockSize = `${el.scrollHeight + 4}px`;
  }, [draft]);

  const focusGrid = () => setTimeout(() => document.getElementById('segment-grid')?.focus(), 0);

  const confirm = () => {
    flush();
    dispatch({ type: 'decide', action: { type: 'markReviewed', segment: index, reviewed: true } });
    dispatch({ type: 'stopEdit' });
    dispatch({ type: 'move', unit: 'segment', dir: 1 });
    focusGrid();
  };
  const leave = () => {
    flush();
    dispatch({ type: 'stopEdit' });
    focusGrid();
  };

  const confirmRef = useRef(confirm);
  confirmRef.current = confirm;
  useEffect(() => {
    const onConfirm = () => confirmRef.current();
    window.addEventListener(CONFIRM_SEGMENT_EVENT, onConfirm);
    return () => window.removeEventListener(CONFIRM_SEGMENT_EVENT, onConfirm);
  }, []);

  const confirmKeys = displayChord(keysFor('confirmSegment')[0]);
  const leaveKeys = displayChord(keysFor('leaveEdit')[0]);

  return (
    <div className="editor" onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
      <textarea
        ref={area}
        className="editor-text"
        data-role="segment-editor"
        aria-label={t('editor.label', { id })}
        aria-describedby={`editor-hint-${index}`}
        lang={lang}
        dir={langDir(lang)}
        value={draft}
        rows={2}
        spellCheck={false}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          draftRef.current = value;
          setPending(true);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, EDIT_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          const hit = commandFor(e, 'edit');
          if (!hit || (hit.command !== 'confirmSegment' && hit.command !== 'leaveEdit')) return;
          e.preventDefault();
          e.stopPropagation();
          if (hit.command === 'confirmSegment') confirm();
          else leave();
        }}
      />
      <div className="editor-checks">
        <span className={`editor-status${pending ? ' pending' : ''}`} role="status">
          {pending ? t('editor.rechecking') : issues.length ? t('editor.issuesNow', { count: issues.length }) : t('editor.clean')}
        </span>
        {!pending &&
          issues.slice(0, 6).map((x) => (
            <span key={issueKey(x)} className={`mini-flag sev-${x.severity}`} title={issueMessage(t, x)}>
              {x.target?.text ?? x.source?.text ?? x.ruleId}
            </span>
          ))}
      </div>
      <div className="editor-foot">
        <span className="editor-hint" id={`editor-hint-${index}`}>
          {t('editor.hint', { confirm: confirmKeys, leave: leaveKeys })}
        </span>
        <button type="button" className="btn small" onClick={leave}>
          {t('editor.done')}
        </button>
        <button type="button" className="btn small primary" onClick={confirm}>
          {t('editor.confirm')}
        </button>
      </div>
    </div>
  );
}
