// Everything with a side effect lives here, over the store and the platform's ReviewApi: opening
// texts, checking (worker), saving, exporting, autosave, settings. Components call these; the
// reducer stays pure.
import type { i18n as I18n } from 'i18next';
import { runOptions } from '../../core';
import { detectLanguage } from '../../core/lang/detect';
import { toProject, type ProjectFile } from '../../core/review/project';
import { correctedText } from '../../core/review/working';
import type { Dictionary, LearnedRulePatch, OpenedText, ReviewApi, Settings } from '../../shared/api';
import type { BilingualFile } from '../../core/bilingual';
import { builtinPacks } from '../../core/rules/builtin';
import { applyDocumentLanguage, pickUiLanguage } from '../i18n';
import { fileBytes, pickFile } from '../platform/browser-files';
import type { EngineMemory } from '../worker/protocol';
import { createEngineClient, type EngineClient } from './engine-client';
import { buildExport, exportFileName, type DeskExportFormat } from './exporting';
import { bilingualDocument, isBilingualFile, readBilingual } from './bilingual-open';
import { createRecorder, loadEngineMemory, type RecorderOptions } from './memory';
import type { DeskStore, Engine, StartSide } from './store';
import { DEFAULT_SETTINGS, emptySide } from './store';

export interface ControllerOptions {
  /** URL of the check worker; null checks on the page's thread. */
  workerUrl?: string | null;
  /** Milliseconds between the last decision and the autosave. */
  autosaveDelay?: number;
  /** Fetch spelling dictionaries from the host (off in component tests). */
  spelling?: boolean;
  /** Milliseconds between a change of text and its re-check in the worker. */
  recheckDelay?: number;
  /** An engine client to use instead of a new one (tests). */
  engineClient?: EngineClient;
  /** Preferred languages for the default UI language. */
  languages?: readonly string[];
  now?: () => Date;
  /** Batching of decisions sent to the corrections memory. */
  recorder?: RecorderOptions;
}

export type Role = 'source' | 'target';

const TEXT_FILES = '.txt,.text,.md,text/plain,.docx,.xlf,.xliff,.xlf2,.sdlxliff,.mxliff,.mqxliff,.tmx,.tsv,.tab,.csv';

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '');
}

/** 'en.mt.txt' → 'en.mt.corrected.txt'. */
export function exportName(targetName: string): string {
  const name = baseName(targetName) || 'translation.txt';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}.corrected${name.slice(dot)}` : `${name}.corrected.txt`;
}

export function projectName(names: { source: string; target: string }): string {
  const name = baseName(names.target || names.source) || 'review';
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.verso.json`;
}

export type Controller = ReturnType<typeof createController>;

export function createController(store: DeskStore, api: ReviewApi, i18n: I18n, engine: Engine, options: ControllerOptions = {}) {
  const autosaveDelay = options.autosaveDelay ?? 600;
  const now = options.now ?? (() => new Date());
  const get = () => store.getState();
  const dispatch = (a: Parameters<ReturnType<DeskStore['getState']>['dispatch']>[0]) => get().dispatch(a);
  const fail = (message: string) => get().setSession({ error: message });
  const worker = options.engineClient ?? createEngineClient(options.workerUrl === undefined ? 'check-worker.js' : options.workerUrl);
  const detectTimers: Record<Role, ReturnType<typeof setTimeout> | undefined> = { source: undefined, target: undefined };

  function applySettings(settings: Settings) {
    const lng = settings.uiLanguage ?? pickUiLanguage(options.languages ?? (typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []));
    if (i18n.language !== lng) void i18n.changeLanguage(lng);
    if (typeof document !== 'undefined') {
      applyDocumentLanguage(i18n);
      if (settings.theme === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = settings.theme;
    }
  }

  async function dictionaries(langs: string[]): Promise<Record<string, Dictionary | null>> {
    const have = get().session.dictionaries;
    const out: Record<string, Dictionary | null> = {};
    if (options.spelling === false) return out;
    await Promise.all(
      [...new Set(langs.filter(Boolean))].map(async (lang) => {
        if (lang in have) {
          out[lang] = have[lang];
          return;
        }
        try {
          const r = await api.dictionary(lang);
          out[lang] = r.ok ? r.value : null;
        } catch {
          out[lang] = null;
        }
      }),
    );
    get().setSession({ dictionaries: { ...have, ...out } });
    return out;
  }

  /**
   * Decisions are re-checked at once on this thread without dictionaries (parsing a dictionary takes
   * a few hundred milliseconds: the page would stall), then again in the worker, which keeps them loaded,
   * and the worker's findings replace those of the segments concerned.
   */
  function setEngine(profile: string) {
    engine.run = runOptions({ profile, ...(memory ? { packs: [...builtinPacks, ...memory.packs], severityOverrides: memory.severityOverrides } : {}) });
  }

  // The corrections memory: learned rules and demoted severities for the engine, here and in the worker.
  let memory: EngineMemory | null = null;
  async function refreshMemory(): Promise<void> {
    const loaded = await loadEngineMemory(api);
    if (!loaded) return;
    memory = loaded;
    setEngine(get().session.settings.profile || 'default');
    await worker.configure(loaded).catch(() => undefined);
  }
  const setup = (profile: string, dicts: Record<string, Dictionary | null>) => ({ profile, dictionaries: dicts, ...(memory ? { memory } : {}) });
  const recorder = createRecorder(store, api, i18n, { onLearned: () => void refreshMemory() }, options.recorder);

  function sideFrom(opened: OpenedText): StartSide {
    const detected = opened.lang ?? detectLanguage(opened.text);
    return { text: opened.text, name: opened.name, encoding: opened.encoding, detected, lang: detected ?? '', manual: false };
  }

  function setSide(role: Role, side: StartSide) {
    const prev = get().session.start[role];
    // A language the editor chose stays chosen when the text changes.
    get().setStart(role, prev.manual && prev.lang ? { ...side, lang: prev.lang, manual: true } : side);
  }

  async function check(input?: { source: string; target: string; from: string; to: string; names: { source: string; target: string } }) {
    const start = get().session.start;
    const job = input ?? {
      source: start.source.text,
      target: start.target.text,
      from: start.source.lang,
      to: start.target.lang,
      names: { source: start.source.name || 'original.txt', target: start.target.name || 'translation.txt' },
    };
    if (!job.source.trim() || !job.target.trim() || !job.from || !job.to) return;
    const profile = get().session.settings.profile || 'default';
    dispatch({ type: 'checking', progress: { stage: 'spelling', done: 0, total: 1 } });
    try {
      const dicts = await dictionaries([job.from, job.to]);
      const review = await worker.check(
        { source: job.source, target: job.target, from: job.from, to: job.to },
        setup(profile, dicts),
        (progress) => dispatch({ type: 'checking', progress }),
      );
      setEngine(profile);
      get().setSession({ bilingual: null, similar: null });
      dispatch({ type: 'loaded', review, names: job.names });
    } catch (err) {
      dispatch({ type: 'checking', progress: null });
      fail((err as Error).message);
    }
  }

  /** A bilingual file (XLIFF, TMX, TSV, CSV) opens as a review at once, one segment per unit. */
  async function openBilingual(opened: OpenedText) {
    const start = get().session.start;
    let file;
    try {
      file = readBilingual(opened.text, opened.name, { from: start.source.lang || undefined, to: start.target.lang || undefined });
    } catch (err) {
      return fail(i18n.t('error.notBilingual', { name: opened.name, message: (err as Error).message }));
    }
    await reviewBilingual(file, opened.name);
  }

  async function reviewBilingual(file: BilingualFile, name: string) {
    dispatch({ type: 'checking', progress: { stage: 'reading', done: 0, total: 1 } });
    try {
      const document = bilingualDocument(file);
      const profile = get().session.settings.profile || 'default';
      const dicts = await dictionaries([file.from, file.to]);
      const review = await worker.review(document, setup(profile, dicts), (progress) => dispatch({ type: 'checking', progress }));
      setEngine(profile);
      get().setSession({ bilingual: file, similar: null });
      dispatch({ type: 'loaded', review, names: { source: name, target: name } });
    } catch (err) {
      dispatch({ type: 'checking', progress: null });
      fail((err as Error).message);
    }
  }

  /** A file the editor gave for one side: a bilingual file opens as a review, anything else fills that side. */
  async function opened(role: Role, value: OpenedText) {
    if (isBilingualFile(value.name, value.text)) await openBilingual(value);
    else setSide(role, sideFrom(value));
  }

  async function openProjectFile(p: ProjectFile) {
    dispatch({ type: 'checking', progress: { stage: 'spelling', done: 0, total: 1 } });
    try {
      const profile = get().session.settings.profile || 'default';
      const dicts = await dictionaries([p.from, p.to]);
      const review = await worker.open(p, setup(profile, dicts), (progress) => dispatch({ type: 'checking', progress }));
      setEngine(profile);
      get().setSession({ bilingual: null, similar: null });
      dispatch({ type: 'loaded', review, names: { source: p.sourceName, target: p.targetName } });
    } catch (err) {
      dispatch({ type: 'checking', progress: null });
      fail((err as Error).message);
    }
  }

  // Autosave: a little after every change to the review (decision, edit, undo, merge).
  let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSaved: unknown = null;
  const unsubscribe = store.subscribe((s, prev) => {
    const review = s.app.review;
    if (!review || review === prev.app.review) return;
    const fingerprint = [review.document, review.targets, review.rejected, review.reviewed, review.decisions];
    if (lastSaved && (lastSaved as unknown[]).every((x, i) => x === fingerprint[i])) return;
    if (prev.app.review === null || prev.app.phase !== 'review') {
      // A document just opened: nothing decided yet, so nothing to save (a recovered one is already saved).
      lastSaved = fingerprint;
      return;
    }
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(async () => {
      const cur = get().app;
      if (!cur.review) return;
      lastSaved = [cur.review.document, cur.review.targets, cur.review.rejected, cur.review.reviewed, cur.review.decisions];
      const r = await api.autosave(toProject(cur.review, cur.names, now()));
      if (r.ok) get().setSession({ autosavedAt: now() });
    }, autosaveDelay);
  });

  // Re-check changed segments in the worker (with dictionaries) a moment after the change.
  const recheckDelay = options.recheckDelay ?? 120;
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  const dirty = new Set<number>();
  const unsubscribeRecheck = store.subscribe((s, prev) => {
    const review = s.app.review;
    const before = prev.app.review;
    if (!review || !before || review.targets === before.targets || s.app.phase !== 'review') return;
    if (review.document !== before.document) {
      // A merge: the merged segment is new text for the engine.
      dirty.add(s.app.cursor.segment);
    } else {
      review.targets.forEach((text, i) => {
        if (text !== before.targets[i]) dirty.add(i);
      });
    }
    if (!dirty.size) return;
    clearTimeout(recheckTimer);
    recheckTimer = setTimeout(async () => {
      const cur = get().app.review;
      if (!cur || !dirty.size) return;
      const segments = [...dirty].filter((i) => i < cur.targets.length);
      dirty.clear();
      try {
        const issues = await worker.recheck(cur.document, cur.targets, cur.rejected, segments);
        dispatch({ type: 'refreshIssues', targets: cur.targets, issues });
      } catch {
        // The quick re-check already stands.
      }
    }, recheckDelay);
  });

  // Load the dictionaries in the worker as soon as the start screen knows both languages.
  let warmed = '';
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribeWarm = store.subscribe((s) => {
    const { source, target } = s.session.start;
    const key = `${source.lang}|${target.lang}`;
    if (s.app.phase !== 'start' || !source.lang || !target.lang || key === warmed || options.spelling === false) return;
    warmed = key;
    clearTimeout(warmTimer);
    warmTimer = setTimeout(async () => {
      const profile = get().session.settings.profile || 'default';
      const langs = [source.lang, target.lang];
      void worker.warm(langs, setup(profile, await dictionaries(langs)));
    }, 400);
  });

  return {
    async init() {
      const [platform, settings, recovery] = await Promise.all([
        api.platform().catch(() => null),
        api.getSettings().catch(() => null),
        api.recoverAutosave().catch(() => null),
      ]);
      const s = settings && settings.ok ? { ...DEFAULT_SETTINGS, ...settings.value } : DEFAULT_SETTINGS;
      get().setSession({ platform, settings: s });
      applySettings(s);
      await refreshMemory();
      if (recovery && recovery.ok && recovery.value) get().setSession({ recovery: recovery.value });
      else if (s.firstRun) {
        await this.loadSample();
        void api.setSettings({ firstRun: false });
      }
    },

    async updateSettings(patch: Partial<Settings>) {
      const settings = { ...get().session.settings, ...patch };
      get().setSession({ settings });
      applySettings(settings);
      const r = await api.setSettings(patch);
      if (!r.ok) fail(r.message);
    },

    async openFile(role: Role, file: File) {
      try {
        const bytes = await fileBytes(file);
        const r = await api.decodeFile(file.name, bytes);
        if (!r.ok) return fail(i18n.t('error.notText', { name: file.name, message: r.message }));
        await opened(role, r.value);
      } catch (err) {
        fail(i18n.t('error.notText', { name: file.name, message: (err as Error).message }));
      }
    },

    /** The native dialog on the desktop; a file input in the browser (call from the click itself). */
    async pickFile(role: Role) {
      if (get().session.platform?.kind !== 'electron') {
        const file = await pickFile(TEXT_FILES);
        if (file) await this.openFile(role, file);
        return;
      }
      const r = await api.pickTextFile(role);
      if (!r.ok) return fail(r.message);
      if (r.value) await opened(role, r.value);
    },

    setText(role: Role, text: string) {
      const prev = get().session.start[role];
      get().setStart(role, { text, name: prev.text || !text ? prev.name : '', encoding: prev.encoding });
      clearTimeout(detectTimers[role]);
      detectTimers[role] = setTimeout(() => {
        const cur = get().session.start[role];
        const detected = detectLanguage(cur.text);
        get().setStart(role, { detected, lang: cur.manual && cur.lang ? cur.lang : detected ?? cur.lang });
      }, 250);
    },

    setLanguage(role: Role, lang: string) {
      get().setStart(role, { lang, manual: true });
    },

    clearSide(role: Role) {
      get().setStart(role, emptySide());
    },

    async loadSample() {
      const r = await api.loadSample();
      if (!r.ok) return fail(r.message);
      get().setStart('source', sideFrom(r.value.source));
      get().setStart('target', sideFrom(r.value.target));
      await check();
    },

    check: () => check(),

    /** Checks the open texts again under other languages (decisions are discarded: the caller confirms). */
    async changeLanguages(from: string, to: string) {
      const { review, names } = get().app;
      if (!review) return;
      const bilingual = get().session.bilingual;
      if (bilingual) return reviewBilingual({ ...bilingual, from, to }, names.target);
      await check({ source: review.document.source.text, target: review.document.target.text, from, to, names });
    },

    async exportText() {
      const { review, names } = get().app;
      if (!review) return;
      const r = await api.saveText(exportName(names.target), correctedText(review.document, review.targets));
      if (!r.ok) return fail(r.message);
      if (r.value) dispatch({ type: 'announce', key: 'announce.exported', values: { name: baseName(r.value) } });
    },

    /** Builds one export format in the page and saves it (text through saveText, Word files through saveBytes). */
    async exportAs(format: DeskExportFormat): Promise<boolean> {
      const { review, names } = get().app;
      if (!review) return false;
      let built;
      try {
        built = buildExport(format, {
          state: review,
          run: engine.run,
          sourceName: names.source,
          targetName: names.target,
          reviewer: get().session.settings.reviewer || undefined,
          now: now(),
          bilingual: get().session.bilingual,
        });
      } catch (err) {
        fail(i18n.t('exportDialog.failed', { message: (err as Error).message }));
        return false;
      }
      const name = exportFileName(names.target || names.source, format, built.extension);
      const r = built.text !== null ? await api.saveText(name, built.text) : await api.saveBytes(name, built.data);
      if (!r.ok) {
        fail(r.message);
        return false;
      }
      if (r.value) dispatch({ type: 'announce', key: 'announce.exported', values: { name: baseName(r.value) } });
      return r.value !== null;
    },

    // The corrections memory.
    refreshMemory,
    /** Sends every decision not yet in the memory, the segment being edited included. */
    flushDecisions: () => recorder.flush(true),
    pendingDecisions: () => recorder.pendingCount(),
    applySimilar: (segments: string[], everywhere = false) => recorder.applySimilar(segments, everywhere),
    dismissSimilar: () => recorder.dismissSimilar(),
    async setLearnedRule(id: number, patch: LearnedRulePatch) {
      const r = await api.setLearnedRule(id, patch);
      if (r.ok) await refreshMemory();
      return r;
    },
    async restoreRule(ruleId: string) {
      const r = await api.restoreRule(ruleId);
      if (r.ok) await refreshMemory();
      return r;
    },

    async saveProject() {
      const { review, names } = get().app;
      if (!review) return;
      const r = await api.saveProject(toProject(review, names, now()), projectName(names));
      if (!r.ok) return fail(r.message);
      if (r.value) dispatch({ type: 'announce', key: 'announce.saved', values: { name: baseName(r.value) } });
    },

    async openProject() {
      const r = await api.openProject();
      if (!r.ok) return fail(r.message);
      if (!r.value) return;
      await openProjectFile(r.value);
      if (get().app.review) dispatch({ type: 'announce', key: 'announce.opened', values: { name: baseName(r.value.targetName) } });
    },

    async restore() {
      const p = get().session.recovery;
      get().setSession({ recovery: null });
      if (p) await openProjectFile(p);
    },

    async discardRecovery() {
      get().setSession({ recovery: null });
      await api.clearAutosave();
    },

    async close() {
      clearTimeout(autosaveTimer);
      lastSaved = null;
      void recorder.flush(true);
      get().setSession({ bilingual: null, similar: null });
      dispatch({ type: 'close' });
      get().setStart('source', emptySide());
      get().setStart('target', emptySide());
      await api.clearAutosave();
    },

    dismissError() {
      get().setSession({ error: null });
    },

    /** Writes a pending autosave now (tests, and before the window closes). */
    async flushAutosave() {
      if (autosaveTimer === undefined) return;
      clearTimeout(autosaveTimer);
      const cur = get().app;
      if (cur.review) await api.autosave(toProject(cur.review, cur.names, now()));
    },

    /** The engine options decisions are re-checked and exports built with (learned packs and demoted severities included). */
    engineOptions: () => engine.run,

    /** Where checks run: 'worker' or 'page'. */
    engineLocation: () => worker.where,

    dispose() {
      recorder.dispose();
      unsubscribe();
      unsubscribeRecheck();
      unsubscribeWarm();
      clearTimeout(warmTimer);
      clearTimeout(recheckTimer);
      worker.dispose();
      clearTimeout(autosaveTimer);
    },
  };
}
