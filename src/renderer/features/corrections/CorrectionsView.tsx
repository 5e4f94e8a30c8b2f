// The corrections memory: the decision history (searchable, paged), the rules learned from
// repeated corrections (enable, edit, export as a rule pack), accept/reject statistics per check
// and per rule with the demoted rules and their Restore button, and the whole memory exported as
// TMX, JSON Lines or CSV. Reached from View → Corrections Memory, the toolbar or Ctrl+Shift+H;
// Escape goes back to the review.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { entryProblem, learnedPacks } from '../../../core/corrections/learn';
import type { CorrectionPage, CorrectionRecord, CorrectionsFormat, LearnedRule, RuleStats } from '../../../core/corrections/types';
import { useDesk, useDeskState, useDispatch } from '../../context';
import { langDir } from '../../state/selectors';
import { DiffView } from '../changes/DiffView';
import { Icon, useCheckName, useHint } from '../common';

export const HISTORY_PAGE = 20;
const TABS = ['history', 'rules', 'stats', 'export'] as const;
type Tab = (typeof TABS)[number];

function useDate() {
  const { i18n } = useTranslation();
  return (iso: string) => {
    try {
      return new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return iso;
    }
  };
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

function Notice({ error }: { error: string | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="memory-error" role="alert">
      {error === 'unavailable' ? t('corrections.unavailable') : t('corrections.loadFailed', { message: error })}
    </p>
  );
}

// ---------------------------------------------------------------------------------------------

function HistoryItem({ item }: { item: CorrectionRecord }) {
  const { t } = useTranslation();
  const date = useDate();
  const checkName = useCheckName();
  const { from, to, title } = item.document;
  return (
    <li className={`memory-item kind-${item.kind}`} data-correction={item.id}>
      <div className="memory-meta">
        <span className={`kind-badge kind-${item.kind}`}>{t(`corrections.kinds.${item.kind}`)}</span>
        <span>{date(item.at)}</span>
        <span className="seg-id">{t('issues.segment', { id: item.segment })}</span>
        {item.ruleId && (
          <span className="rule-id" title={item.ruleId}>
            {checkName(item.ruleId)} · {item.ruleId.split('/').pop()}
          </span>
        )}
        <span className="muted">{t('corrections.inDocument', { title: title || '—', from, to })}</span>
        {item.reviewer && <span className="muted">{t('corrections.by', { name: item.reviewer })}</span>}
        {item.everywhere && <span className="chip on">{t('corrections.everywhereMark')}</span>}
      </div>
      <p className="memory-source muted" lang={from} dir={langDir(from)}>
        {item.source}
      </p>
      {item.after === null ? (
        <p className="memory-text" lang={to} dir={langDir(to)}>
          {item.span ? (
            <>
              {item.before.slice(0, item.span.start)}
              <mark className="flag">{item.before.slice(item.span.start, item.span.end)}</mark>
              {item.before.slice(item.span.end)}
            </>
          ) : (
            item.before
          )}
        </p>
      ) : (
        <DiffView before={item.before} after={item.after} lang={to} label={t('corrections.change')} />
      )}
      {item.reason && <p className="memory-reason">{t('corrections.reason', { reason: item.reason })}</p>}
    </li>
  );
}

function History() {
  const { t } = useTranslation();
  const { api, controller } = useDesk();
  const version = useDeskState((s) => s.session.memoryVersion);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'' | 'accept' | 'reject' | 'edit'>('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<CorrectionPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [flushed, setFlushed] = useState(false);

  // What was decided a moment ago is sent first, so the history shows it.
  useEffect(() => {
    let live = true;
    void controller.flushDecisions().finally(() => live && setFlushed(true));
    return () => {
      live = false;
    };
  }, [controller]);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => {
      setQuery(text.trim());
      setOffset(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [text, query]);

  useEffect(() => {
    if (!flushed) return;
    let live = true;
    void api
      .corrections({ ...(query ? { text: query } : {}), ...(kind ? { kind } : {}), limit: HISTORY_PAGE, offset })
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setPage(r.value);
          setError(null);
        } else setError(r.code === 'unavailable' ? 'unavailable' : r.message);
      })
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [api, query, kind, offset, version, flushed]);

  const total = page?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE));
  const at = Math.floor(offset / HISTORY_PAGE) + 1;
  return (
    <div className="memory-history">
      <div className="memory-filters" role="search">
        <label className="memory-search">
          <Icon name="search" />
          <span className="visually-hidden">{t('corrections.search')}</span>
          <input id="corrections-search" type="search" value={text} placeholder={t('corrections.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="memory-kind">
          <span>{t('corrections.kind')}</span>
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as typeof kind);
              setOffset(0);
            }}
          >
            <option value="">{t('corrections.allKinds')}</option>
            {(['accept', 'reject', 'edit'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`corrections.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {page ? t('corrections.total', { count: total }) : t('corrections.loading')}
        </span>
      </div>
      <Notice error={error} />
      {page?.notice && <p className="memory-error">{page.notice}</p>}
      {page && page.items.length === 0 && !error && <p className="empty">{query || kind ? t('corrections.noMatch') : t('corrections.empty')}</p>}
      {page && page.items.length > 0 && (
        <ol className="memory-list" aria-label={t('corrections.historyLabel')}>
          {page.items.map((item) => (
            <HistoryItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      {total > HISTORY_PAGE && (
        <nav className="pager" aria-label={t('corrections.pages')}>
          <button type="button" className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - HISTORY_PAGE))}>
            {t('corrections.previous')}
          </button>
          <span>{t('corrections.page', { page: at, pages })}</span>
          <button type="button" className="btn small" disabled={at >= pages} onClick={() => setOffset(offset + HISTORY_PAGE)}>
            {t('corrections.next')}
          </button>
        </nav>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function RuleEditor({ rule, onDone }: { rule: LearnedRule; onDone: (saved: LearnedRule | null) => void }) {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const [json, setJson] = useState(() => JSON.stringify(rule.entry, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `rule-json-${rule.id}`;
  const save = async () => {
    let entry: unknown;
    try {
      entry = JSON.parse(json);
    } catch (err) {
      setProblem(t('corrections.badJson', { message: (err as Error).message }));
      return;
    }
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return setProblem(t('corrections.notAnEntry'));
    if ((entry as { id?: unknown }).id !== rule.entry.id) return setProblem(t('corrections.idChanged', { id: rule.entry.id }));
    const why = entryProblem(entry, rule.from, rule.to);
    if (why) return setProblem(t('corrections.invalidEntry', { message: why }));
    setSaving(true);
    const r = await controller.setLearnedRule(rule.id, { entry: entry as LearnedRule['entry'] });
    setSaving(false);
    if (!r.ok) return setProblem(t('corrections.invalidEntry', { message: r.message }));
    onDone(r.value);
  };
  return (
    <div className="rule-editor">
      <label htmlFor={id} className="visually-hidden">
        {t('corrections.entryJson', { id: rule.entry.id })}
      </label>
      <textarea
        id={id}
        className="rule-json"
        value={json}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        rows={Math.min(24, json.split('\n').length + 1)}
        onChange={(e) => {
          setJson(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      {problem && (
        <p className="memory-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn small" onClick={() => onDone(null)}>
          {t('corrections.cancel')}
        </button>
        <button type="button" className="btn small primary" disabled={saving} onClick={() => void save()}>
          {t('corrections.save')}
        </button>
      </div>
    </div>
  );
}

function patternText(p: string | string[] | undefined): string {
  return p === undefined ? '' : Array.isArray(p) ? p.join(' | ') : p;
}

function LearnedRules() {
  const { t } = useTranslation();
  const { api, controller } = useDesk();
  const version = useDeskState((s) => s.session.memoryVersion);
  const [rules, setRules] = useState<LearnedRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  const load = useCallback(async () => {
    const r = await api.learnedRules().catch((err: Error) => ({ ok: false as const, code: 'http', message: err.message }));
    if (r.ok) {
      setRules(r.value);
      setError(null);
    } else setError(r.code === 'unavailable' ? 'unavailable' : r.message);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load, version]);

  const groups = useMemo(() => {
    const out = new Map<string, LearnedRule[]>();
    for (const r of rules ?? []) out.set(`${r.from}|${r.to}`, [...(out.get(`${r.from}|${r.to}`) ?? []), r]);
    return [...out.entries()];
  }, [rules]);

  const toggle = async (rule: LearnedRule) => {
    const r = await controller.setLearnedRule(rule.id, { enabled: !rule.enabled });
    if (r.ok) {
      setRules((list) => (list ?? []).map((x) => (x.id === rule.id ? r.value : x)));
      setStatus(t(r.value.enabled ? 'corrections.enabledNow' : 'corrections.disabledNow', { id: rule.entry.id }));
    } else setError(r.message);
  };

  const exportPack = async (list: LearnedRule[]) => {
    const [pack] = learnedPacks(list, { includeDisabled: true });
    if (!pack) return;
    const name = `verso-learned-${pack.id}.json`;
    const r = await api.saveText(name, `${JSON.stringify(pack, null, 2)}\n`);
    if (!r.ok) setError(r.message);
    else if (r.value) setStatus(t('corrections.packExported', { name: r.value.replace(/^.*[\\/]/, '') }));
  };

  return (
    <div className="memory-rules">
      <p className="muted">{t('corrections.rulesIntro')}</p>
      <Notice error={error} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {rules && rules.length === 0 && !error && <p className="empty">{t('corrections.noRules')}</p>}
      {groups.map(([pair, list]) => {
        const [from, to] = pair.split('|');
        return (
          <section key={pair} className="rule-group" aria-labelledby={`pair-${from}-${to}`}>
            <header className="rule-group-head">
              <h3 id={`pair-${from}-${to}`}>{t('corrections.pair', { from, to })}</h3>
              <span className="spacer" />
              <button type="button" className="btn small" onClick={() => void exportPack(list)}>
                <Icon name="export" />
                {t('corrections.exportPack')}
              </button>
            </header>
            <ul className="rule-list">
              {list.map((rule) => (
                <li key={rule.id} className={`rule${rule.enabled ? '' : ' off'}`} data-rule={rule.ruleId}>
                  <div className="rule-main">
                    <label className="rule-switch">
                      <input type="checkbox" role="switch" checked={rule.enabled} onChange={() => void toggle(rule)} aria-describedby={`rule-${rule.id}-prov`} />
                      <span className="rule-name">{rule.entry.id}</span>
                    </label>
                    <span className="rule-pattern" lang={to} dir={langDir(to)}>
                      {patternText(rule.entry.target)} → {patternText(rule.entry.fix)}
                    </span>
                    {rule.entry.source !== undefined && (
                      <span className="muted" lang={from} dir={langDir(from)}>
                        {t('corrections.when', { source: patternText(rule.entry.source) })}
                      </span>
                    )}
                    <span className="muted" id={`rule-${rule.id}-prov`}>
                      {t('corrections.provenance', {
                        corrections: t('corrections.nCorrections', { count: rule.corrections }),
                        documents: t('corrections.nDocuments', { count: rule.documents }),
                      })}
                      {rule.edited ? ` · ${t('corrections.edited')}` : ''}
                    </span>
                    <span className="spacer" />
                    {editing !== rule.id && (
                      <button type="button" className="btn small" onClick={() => setEditing(rule.id)} aria-label={t('corrections.editRule', { id: rule.entry.id })}>
                        <Icon name="edit" />
                        {t('corrections.edit')}
                      </button>
                    )}
                  </div>
                  {editing === rule.id && (
                    <RuleEditor
                      rule={rule}
                      onDone={(saved) => {
                        setEditing(null);
                        if (saved) {
                          setRules((l) => (l ?? []).map((x) => (x.id === saved.id ? saved : x)));
                          setStatus(t('corrections.ruleSaved', { id: saved.entry.id }));
                        }
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function Statistics() {
  const { t } = useTranslation();
  const { api, controller } = useDesk();
  const checkName = useCheckName();
  const version = useDeskState((s) => s.session.memoryVersion);
  const [stats, setStats] = useState<RuleStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    void api
      .ruleStats()
      .then((r) => {
        if (!live) return;
        if (r.ok) setStats(r.value);
        else setError(r.code === 'unavailable' ? 'unavailable' : r.message);
      })
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [api, version]);

  const restore = async (ruleId: string) => {
    const r = await controller.restoreRule(ruleId);
    if (r.ok) {
      setStats(r.value);
      setStatus(t('corrections.restored', { rule: ruleId }));
    } else setError(r.message);
  };

  const demoted = stats?.rules.filter((r) => r.demotedTo) ?? [];
  const entries = stats?.rules.filter((r) => r.ruleId.split('/').length === 3) ?? [];
  return (
    <div className="memory-stats">
      <Notice error={error} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {stats && stats.rules.length === 0 && !error && <p className="empty">{t('corrections.noStats')}</p>}
      {demoted.length > 0 && (
        <section className="demoted" aria-labelledby="demoted-title">
          <h3 id="demoted-title">{t('corrections.demotedTitle')}</h3>
          <p className="muted">{t('corrections.demotedIntro')}</p>
          <ul className="rule-list">
            {demoted.map((r) => (
              <li key={r.ruleId} className="rule" data-rule={r.ruleId}>
                <div className="rule-main">
                  <span className="rule-name">{checkName(r.ruleId)}</span>
                  <span className="rule-id">{r.ruleId}</span>
                  <span>
                    {t('corrections.demotedTo', {
                      from: t(`severity.${r.severity ?? 'minor'}`),
                      to: t(`severity.${r.demotedTo}`),
                      rejected: r.recentRejected,
                      accepted: r.recentAccepted,
                    })}
                  </span>
                  <span className="spacer" />
                  <button type="button" className="btn small" onClick={() => void restore(r.ruleId)} aria-label={t('corrections.restoreRule', { rule: r.ruleId })}>
                    {t('corrections.restore')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stats && stats.checks.length > 0 && (
        <section aria-labelledby="by-check-title">
          <h3 id="by-check-title">{t('corrections.byCheck')}</h3>
          <table className="stats-table">
            <thead>
              <tr>
                <th scope="col">{t('corrections.check')}</th>
                <th scope="col">{t('corrections.accepted')}</th>
                <th scope="col">{t('corrections.rejected')}</th>
                <th scope="col">{t('corrections.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.checks.map((c) => (
                <tr key={c.check}>
                  <th scope="row">{checkName(c.check)}</th>
                  <td>{c.accepted}</td>
                  <td>{c.rejected}</td>
                  <td>{percent(c.acceptRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {entries.length > 0 && (
        <section aria-labelledby="by-entry-title">
          <h3 id="by-entry-title">{t('corrections.byEntry')}</h3>
          <table className="stats-table">
            <thead>
              <tr>
                <th scope="col">{t('corrections.entry')}</th>
                <th scope="col">{t('corrections.accepted')}</th>
                <th scope="col">{t('corrections.rejected')}</th>
                <th scope="col">{t('corrections.rate')}</th>
                <th scope="col">{t('corrections.severity')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((r) => (
                <tr key={r.ruleId}>
                  <th scope="row" className="rule-id">
                    {r.ruleId}
                  </th>
                  <td>{r.accepted}</td>
                  <td>{r.rejected}</td>
                  <td>{percent(r.acceptRate)}</td>
                  <td>{r.demotedTo ? t('corrections.severityDemoted', { to: t(`severity.${r.demotedTo}`) }) : r.severity ? t(`severity.${r.severity}`) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function ExportMemory() {
  const { t } = useTranslation();
  const { api, controller } = useDesk();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (format: CorrectionsFormat) => {
    setError(null);
    await controller.flushDecisions();
    const r = await api.exportCorrections(format);
    if (!r.ok) return setError(r.code === 'unavailable' ? 'unavailable' : r.message);
    const saved = await api.saveText(r.value.name, r.value.text);
    if (!saved.ok) return setError(saved.message);
    if (saved.value) setStatus(t('corrections.exported', { count: r.value.count, name: saved.value.replace(/^.*[\\/]/, '') }));
  };
  return (
    <div className="memory-export">
      <p className="muted">{t('corrections.exportIntro')}</p>
      <Notice error={error} />
      <div className="export-buttons">
        {(['tmx', 'jsonl', 'csv'] as const).map((f) => (
          <button key={f} type="button" className="btn" onClick={() => void run(f)}>
            <Icon name="export" />
            {t(`corrections.formats.${f}`)}
          </button>
        ))}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

export function CorrectionsView() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const hint = useHint();
  const hasReview = useDeskState((s) => s.app.review !== null);
  const [tab, setTab] = useState<Tab>('history');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ history: null, rules: null, stats: null, export: null });

  useEffect(() => {
    tabs.current.history?.focus();
  }, []);

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const rtl = document.documentElement.dir === 'rtl';
    let next: Tab | null = null;
    if (e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) next = TABS[(i + 1) % TABS.length];
    else if (e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <main className="corrections" id="main" aria-labelledby="corrections-title">
      <header className="corrections-head">
        <h1 id="corrections-title">{t('corrections.title')}</h1>
        <span className="spacer" />
        <button type="button" className="btn" title={hint(t('corrections.back'), 'corrections')} onClick={() => dispatch({ type: 'view', view: 'review' })}>
          <Icon name="back" className="flip-rtl" />
          {hasReview ? t('corrections.back') : t('corrections.backStart')}
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label={t('corrections.sections')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'on' : ''}
            onClick={() => setTab(id)}
          >
            {t(`corrections.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'history' && <History />}
        {tab === 'rules' && <LearnedRules />}
        {tab === 'stats' && <Statistics />}
        {tab === 'export' && <ExportMemory />}
      </div>
    </main>
  );
}
