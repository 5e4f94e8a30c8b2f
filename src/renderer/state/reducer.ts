// The desk's one pure reducer. Review decisions go to the engine's reviewReducer (accept, reject,
// edit, undo...); this adds where the cursor goes afterwards, what the live region says, and the
// desk's own state (filters, edit mode, overlays). Tested without React.
import { issueKey, reviewReducer, type ReviewAction } from '../../core/review/state';
import type { RunOptions } from '../../core/run';
import { canSplit, mergeNext, splitSegment } from './merge';
import { allIssueRefs, filteredIssues, findIssue, selectIssueList, selectVisibleSegments, type IssueRef } from './selectors';
import type { Announcement, AppAction, AppState, Cursor, ReviewState } from './types';
import { initialState } from './types';

let announceCounter = 0;
function announce(key: string, values: Record<string, string | number> = {}): Announcement {
  announceCounter += 1;
  return { key, values, n: announceCounter };
}

/** First issue of a segment that passes the filters, or of the segment at all. */
function firstIssueIn(state: AppState, review: ReviewState, segment: number): string | null {
  const visible = filteredIssues(review.issues, state.filters, review.reviewed).find((r) => r.segment === segment);
  if (visible) return visible.key;
  const any = review.issues[segment]?.[0];
  return any ? issueKey(any) : null;
}

/** After a decision on `key`: the issue that followed it in the list, or the first one at or after its segment. */
function cursorAfterDecision(before: IssueRef[], after: ReviewState, state: AppState, segment: number, key: string | null): Cursor {
  const i = key === null ? -1 : before.findIndex((r) => r.key === key);
  const list = filteredIssues(after.issues, state.filters, after.reviewed);
  const alive = (k: string) => list.find((r) => r.key === k);
  if (i >= 0) {
    for (const candidate of [...before.slice(i + 1), ...before.slice(0, i).reverse()]) {
      const hit = alive(candidate.key);
      if (hit) return { segment: hit.segment, issue: hit.key };
    }
  }
  const next = list.find((r) => r.segment >= segment) ?? list[list.length - 1];
  return next ? { segment: next.segment, issue: next.key } : { segment, issue: null };
}

function decisionAnnouncement(action: ReviewAction, prev: ReviewState, next: ReviewState): Announcement | null {
  const last = next.decisions[next.decisions.length - 1];
  switch (action.type) {
    case 'accept':
      return announce('announce.accepted', { text: last?.after ?? '' });
    case 'reject':
      return announce(action.reason ? 'announce.rejectedWithReason' : 'announce.rejected', { text: last?.before ?? '', reason: action.reason ?? '' });
    case 'acceptAll':
    case 'rejectAll':
      return announce(action.type === 'acceptAll' ? 'announce.acceptedAll' : 'announce.rejectedAll', {
        count: next.decisions.length - prev.decisions.length,
        check: action.ruleId,
      });
    case 'edit':
      return null;
    case 'markReviewed':
      return announce(action.reviewed ? 'announce.reviewed' : 'announce.unreviewed', { id: next.document.segments[action.segment]?.id ?? '' });
    case 'undo':
      return announce('announce.undone');
    case 'redo':
      return announce('announce.redone');
  }
}

function decide(state: AppState, action: ReviewAction, run: RunOptions, session?: number): AppState {
  const review = state.review;
  if (!review) return state;
  let next = reviewReducer(review, action, run);
  if (next === review) return state;
  let lastEditSession: number | null = null;
  if (action.type === 'edit' && session !== undefined) {
    // Keystrokes of one edit session undo together: keep the stack as it was before the session's first edit.
    if (state.lastEditSession === session) next = { ...next, past: review.past };
    lastEditSession = session;
  }
  let cursor = state.cursor;
  const before = selectIssueList(state);
  switch (action.type) {
    case 'accept':
    case 'reject':
      cursor = cursorAfterDecision(before, next, state, action.segment, action.key);
      break;
    case 'acceptAll':
    case 'rejectAll':
      cursor = cursorAfterDecision(before, next, state, state.cursor.segment, state.cursor.issue);
      break;
    case 'edit':
      // The issue in hand, while it stands; else the segment's first.
      cursor = { segment: action.segment, issue: findIssue(next, action.segment, state.cursor.issue) ? state.cursor.issue : firstIssueIn(state, next, action.segment) };
      break;
    case 'undo':
    case 'redo': {
      // Go where the undone (or redone) decision was made.
      const d = action.type === 'undo' ? review.decisions[review.decisions.length - 1] : next.decisions[next.decisions.length - 1];
      const segment = d ? next.document.segments.findIndex((s) => s.id === d.segment) : -1;
      if (segment >= 0) {
        const same = d?.ruleId ? next.issues[segment].find((x) => x.ruleId === d.ruleId) : undefined;
        cursor = { segment, issue: same ? issueKey(same) : firstIssueIn(state, next, segment) };
      } else if (!findIssue(next, cursor.segment, cursor.issue)) {
        cursor = { segment: cursor.segment, issue: firstIssueIn(state, next, cursor.segment) };
      }
      break;
    }
    case 'markReviewed':
      break;
  }
  const announcement = decisionAnnouncement(action, review, next) ?? state.announcement;
  return {
    ...state,
    review: next,
    cursor,
    lastEditSession,
    announcement,
    reasonFor: null,
    confirm: null,
    hover: state.hover && findIssue(next, cursor.segment, state.hover) ? state.hover : null,
  };
}

function move(state: AppState, unit: 'issue' | 'segment', dir: 1 | -1): AppState {
  const review = state.review;
  if (!review) return state;
  if (unit === 'segment') {
    const rows = selectVisibleSegments(state);
    if (!rows.length) return state;
    const here = state.cursor.segment;
    const at = rows.indexOf(here);
    let pos: number;
    if (at >= 0) pos = at + dir;
    else if (dir > 0) pos = rows.findIndex((r) => r > here);
    else pos = rows.findLastIndex((r) => r < here);
    if (pos < 0 || pos >= rows.length) pos = at >= 0 ? at : dir > 0 ? rows.length - 1 : 0;
    const segment = rows[pos];
    if (segment === here) return state;
    return { ...state, cursor: { segment, issue: firstIssueIn(state, review, segment) } };
  }
  const list = selectIssueList(state);
  if (!list.length) return { ...state, announcement: announce('announce.noIssues') };
  const at = list.findIndex((r) => r.key === state.cursor.issue && r.segment === state.cursor.segment);
  let target: IssueRef | undefined;
  if (at >= 0) target = list[at + dir];
  else if (dir > 0) target = list.find((r) => r.segment > state.cursor.segment) ?? list.find((r) => r.segment === state.cursor.segment);
  else target = [...list].reverse().find((r) => r.segment < state.cursor.segment) ?? list.find((r) => r.segment === state.cursor.segment);
  if (!target) return { ...state, announcement: announce(dir > 0 ? 'announce.lastIssue' : 'announce.firstIssue') };
  return { ...state, cursor: { segment: target.segment, issue: target.key }, reasonFor: null };
}

export function appReducer(state: AppState, action: AppAction, run: RunOptions): AppState {
  switch (action.type) {
    case 'loaded': {
      const first = allIssueRefs(action.review.issues)[0];
      return {
        ...initialState(),
        phase: 'review',
        review: action.review,
        names: action.names,
        cursor: first ? { segment: first.segment, issue: first.key } : { segment: 0, issue: null },
        announcement: announce('announce.loaded', { segments: action.review.document.segments.length, issues: allIssueRefs(action.review.issues).length }),
        view: state.view === 'corrections' ? 'review' : state.view,
      };
    }
    case 'checking':
      return action.progress ? { ...state, phase: 'checking', checking: action.progress } : { ...state, phase: state.review ? 'review' : 'start', checking: null };
    case 'close':
      return { ...initialState() };
    case 'decide':
      return decide(state, action.action, run, action.session);
    case 'mergeNext': {
      if (!state.review || action.segment + 1 >= state.review.document.segments.length) return state;
      const review = mergeNext(state.review, action.segment, run);
      return {
        ...state,
        review,
        editing: null,
        confirm: null,
        cursor: { segment: action.segment, issue: review.issues[action.segment][0] ? issueKey(review.issues[action.segment][0]) : null },
        announcement: announce('announce.merged', { id: review.document.segments[action.segment].id }),
      };
    }
    case 'split': {
      if (!state.review || !canSplit(state.review, action.segment)) return state;
      const review = splitSegment(state.review, action.segment, run);
      return {
        ...state,
        review,
        editing: null,
        confirm: null,
        cursor: { segment: action.segment, issue: review.issues[action.segment][0] ? issueKey(review.issues[action.segment][0]) : null },
        announcement: announce('announce.split', { id: review.document.segments[action.segment].id, next: review.document.segments[action.segment + 1].id }),
      };
    }
    case 'refreshIssues': {
      const review = state.review;
      // Only for the very texts that were checked: a later decision has its own re-check coming.
      if (!review || review.targets !== action.targets) return state;
      const issues = review.issues.slice();
      let changed = false;
      for (const [k, list] of Object.entries(action.issues)) {
        const i = Number(k);
        if (!(i in issues)) continue;
        const fresh = list.filter((x) => review.rejected[issueKey(x)] === undefined);
        const old = issues[i];
        if (fresh.length === old.length && fresh.every((x, j) => issueKey(x) === issueKey(old[j]) && x.target?.start === old[j].target?.start)) continue;
        issues[i] = fresh;
        changed = true;
      }
      if (!changed) return state;
      const next = { ...review, issues };
      const cursor = findIssue(next, state.cursor.segment, state.cursor.issue) || !(state.cursor.segment in action.issues)
        ? state.cursor
        : { segment: state.cursor.segment, issue: firstIssueIn(state, next, state.cursor.segment) };
      return { ...state, review: next, cursor };
    }
    case 'cursor': {
      if (!state.review) return state;
      const segment = Math.max(0, Math.min(state.review.document.segments.length - 1, action.segment));
      const issue = action.issue === undefined ? (segment === state.cursor.segment ? state.cursor.issue : firstIssueIn(state, state.review, segment)) : action.issue;
      if (segment === state.cursor.segment && issue === state.cursor.issue) return state;
      return { ...state, cursor: { segment, issue }, reasonFor: null, editing: state.editing === segment ? state.editing : null };
    }
    case 'move':
      if (state.editing !== null) return state;
      return move(state, action.unit, action.dir);
    case 'hover':
      return state.hover === action.key ? state : { ...state, hover: action.key };
    case 'startEdit': {
      if (!state.review) return state;
      const segment = action.segment ?? state.cursor.segment;
      return {
        ...state,
        editing: segment,
        editSession: state.editSession + 1,
        cursor: segment === state.cursor.segment ? state.cursor : { segment, issue: firstIssueIn(state, state.review, segment) },
        view: 'review',
      };
    }
    case 'stopEdit':
      return state.editing === null ? state : { ...state, editing: null, lastEditSession: null };
    case 'filters':
      return { ...state, filters: { ...state.filters, ...action.patch } };
    case 'search':
      return { ...state, search: action.text };
    case 'view':
      return { ...state, view: action.view, editing: action.view === 'review' ? state.editing : null };
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'togglePanel':
      return { ...state, panel: !state.panel };
    case 'confirm':
      return { ...state, confirm: action.request };
    case 'reason':
      return { ...state, reasonFor: action.key };
    case 'announce':
      return { ...state, announcement: announce(action.key, action.values) };
  }
}
