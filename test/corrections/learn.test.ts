// Learning from the editor, end to end: the same manual correction made (through reviewReducer
// 'edit' actions) in two small fr→en documents becomes a learned rule that flags the same error
// in a third, new document with the editor's fix — an error the built-in packs do not know.
// And the pure parts one by one: phrase extraction, cognates, decisions from reducer steps,
// similar segments, severity overrides.
import * as fs from 'fs';
import * as path from 'path';
import { checkTexts, runOptions } from '../../src/core';
import { buildDocument } from '../../src/core/document';
import { builtinPacks } from '../../src/core/rules/builtin';
import { validatePack } from '../../src/core/rules/validate';
import { createReview, issueKey, reviewReducer, type ReviewState } from '../../src/core/review/state';
import { workingDocument } from '../../src/core/review/working';
import {
  cognate, correctionEntries, decisionsBetween, documentHash, learnedPacks, phraseCorrections, similarToCorrection,
} from '../../src/core/corrections';
import { openCorrections } from '../../src/host/corrections';
import { tempDir } from './helpers';

const run = runOptions();

const DOC1 = {
  title: 'gare.txt',
  source: 'La gare du Nord a été évacuée mardi matin. Un colis suspect a été découvert près des quais.',
  target: 'The Gare du Nord was evacuated on Tuesday morning. A suspect package was discovered near the platforms.',
};
const DOC2 = {
  title: 'stade.txt',
  source: 'Le match a commencé avec une heure de retard. La police a fait exploser un colis suspect devant le stade.',
  target: 'The match started an hour late. Police blew up a suspect package in front of the stadium.',
};
const DOC3 = {
  title: 'aeroport.txt',
  source: "Les vols ont repris vers midi. Les démineurs ont examiné un colis suspect dans le terminal.",
  target: 'Flights resumed around noon. Deminers examined a suspect package in the terminal.',
};

/** Opens a document in the reducer and fixes "suspect package" by hand, as an editor would. */
function correctByHand(d: typeof DOC1): { state: ReviewState; steps: Array<[ReviewState, ReviewState]> } {
  let state = createReview(buildDocument(d.source, d.target, 'fr', 'en'), run);
  const steps: Array<[ReviewState, ReviewState]> = [];
  state.targets.forEach((text, i) => {
    if (!text.includes('suspect package')) return;
    const next = reviewReducer(state, { type: 'edit', segment: i, text: text.replace('suspect package', 'suspicious package') }, run);
    steps.push([state, next]);
    state = next;
  });
  return { state, steps };
}

describe('a correction made in two documents becomes a rule for the third', () => {
  let dir: string;
  beforeAll(() => (dir = tempDir()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is not something the built-in packs flag', () => {
    const { issues } = checkTexts(DOC3.source, DOC3.target, 'fr', 'en');
    expect(issues.filter((i) => i.target?.text.includes('suspect'))).toEqual([]);
  });

  it('learns "suspect package" → "suspicious package" and flags it in a new document', () => {
    const store = openCorrections(path.join(dir, 'corrections.db'));
    const learned = [];
    for (const d of [DOC1, DOC2]) {
      const meta = { from: 'fr', to: 'en', title: d.title, hash: documentHash(d.source, d.target) };
      for (const [prev, next] of correctByHand(d).steps) learned.push(...store.record(meta, decisionsBetween(prev, next, { reviewer: 'Ana' })).learned);
    }
    expect(learned).toHaveLength(1);
    expect(learned[0]).toMatchObject({
      ruleId: 'learned/fr-en/suspect-package',
      provenance: 'learned from 2 corrections in 2 documents',
      entry: { kind: 'correction', source: 'colis* suspect*', target: 'suspect package', fix: 'suspicious $2' },
    });
    expect(store.list({ kind: 'edit' }).items.map((x) => x.reviewer)).toEqual(['Ana', 'Ana']);

    // The learned pack is an ordinary rule pack, and runs beside the built-in ones.
    const packs = store.learnedPacks();
    expect(validatePack(JSON.parse(JSON.stringify(packs[0])), 'learned.json').entries).toHaveLength(1);
    const { issues } = checkTexts(DOC3.source, DOC3.target, 'fr', 'en', { packs: [...builtinPacks, ...packs] });
    const hit = issues.find((i) => i.ruleId === 'learned/fr-en/suspect-package');
    expect(hit).toMatchObject({ target: { text: 'suspect package' }, suggestions: [{ text: 'suspicious package' }], severity: 'major' });
    expect(hit!.message).toBe('The editor corrected “suspect package” to “suspicious package” here before (learned from 2 corrections in 2 documents).');

    // In the review of the new document, accepting it gives the editor's wording.
    let state = createReview(buildDocument(DOC3.source, DOC3.target, 'fr', 'en'), runOptions({ packs: [...builtinPacks, ...packs] }));
    const i = state.issues.findIndex((list) => list.some((x) => x.ruleId === hit!.ruleId));
    const issue = state.issues[i].find((x) => x.ruleId === hit!.ruleId)!;
    state = reviewReducer(state, { type: 'accept', segment: i, key: issueKey(issue) }, runOptions({ packs: [...builtinPacks, ...packs] }));
    expect(state.targets[i]).toBe('Deminers examined a suspicious package in the terminal.');

    // Where the source says something else, the learned rule stays quiet.
    const quiet = checkTexts('Ils ont reçu un paquet de la poste.', 'They received a suspect package from the post office.', 'fr', 'en', { packs });
    expect(quiet.issues.filter((x) => x.ruleId.startsWith('learned/'))).toEqual([]);

    // Switched off, it no longer runs.
    store.setLearnedRule(learned[0].id, { enabled: false });
    const off = checkTexts(DOC3.source, DOC3.target, 'fr', 'en', { packs: [...builtinPacks, ...store.learnedPacks()] });
    expect(off.issues.filter((x) => x.ruleId.startsWith('learned/'))).toEqual([]);
    store.close();
  });
});

describe('phrase corrections', () => {
  it('takes the changed words and one neighbouring content word', () => {
    expect(phraseCorrections('The PM escaped a trapped drone.', 'The PM escaped a booby-trapped drone.', 'en')).toEqual([
      { before: 'trapped drone', start: 17, end: 30, after: 'booby-trapped drone', afterStart: 17, afterEnd: 36, key: 'trapped drone → booby-trapped drone' },
    ]);
    // No content word after the change: the one before it.
    expect(phraseCorrections('They were watching sit-ins.', 'They were holding sit-ins.', 'en').map((p) => p.key)).toEqual(['watching sit-ins → holding sit-ins']);
    expect(phraseCorrections('Supporters are watching.', 'Supporters are observing.', 'en').map((p) => p.key)).toEqual(['supporters are watching → supporters are observing']);
    // An insertion keeps a word on each side, so the corrected text does not match again.
    expect(phraseCorrections('He left the zone.', 'He left the green zone.', 'en').map((p) => p.key)).toEqual(['the zone → the green zone']);
    // Two separate changes, two corrections; a rewrite is not a phrase correction.
    expect(phraseCorrections('A suspect package near the train station.', 'A suspicious package near the railway station.', 'en')).toHaveLength(2);
    expect(phraseCorrections('one two three four five six seven eight', 'a b c d e f g h', 'en')).toEqual([]);
    expect(phraseCorrections('Same text.', 'Same text!', 'en')).toEqual([]);
  });

  it('finds cognates and transliterations', () => {
    expect(cognate('terroriste', 'terrorist')).toBe(true);
    expect(cognate('suspect', 'suspect')).toBe(true);
    expect(cognate('piégé', 'trapped')).toBe(false);
    expect(cognate('Москва', 'Moskva')).toBe(true);
    expect(cognate('colis', 'package')).toBe(false);
    expect(cognate('la', 'la')).toBe(false);
  });
});

describe('decisions from reducer steps', () => {
  it('gives each accept, reject and edit with its segment before and after; undo gives none', () => {
    const doc = buildDocument('Le Premier ministre a échappé à un drone piégé.', 'The Prime Minister escaped a trapped drone.', 'fr', 'en');
    const s0 = createReview(doc, run);
    const issue = s0.issues[0].find((x) => x.ruleId === 'calque/fr-en/piege')!;
    const s1 = reviewReducer(s0, { type: 'accept', segment: 0, key: issueKey(issue) }, run);
    expect(decisionsBetween(s0, s1, { reviewer: 'Ana' })).toEqual([
      expect.objectContaining({
        kind: 'accept', ruleId: 'calque/fr-en/piege', segment: 'p1.s1', source: 'Le Premier ministre a échappé à un drone piégé.',
        before: 'The Prime Minister escaped a trapped drone.', after: 'The Prime Minister escaped a booby-trapped drone.',
        span: { start: 29, end: 42 }, fix: 'booby-trapped drone', reviewer: 'Ana',
      }),
    ]);
    const s2 = reviewReducer(s1, { type: 'undo' }, run);
    expect(decisionsBetween(s1, s2)).toEqual([]);
    const s3 = reviewReducer(s0, { type: 'reject', segment: 0, key: issueKey(issue), reason: 'a trap for drones' }, run);
    expect(decisionsBetween(s0, s3)).toEqual([
      expect.objectContaining({ kind: 'reject', before: 'The Prime Minister escaped a trapped drone.', after: null, span: { start: 29, end: 42 }, reason: 'a trap for drones' }),
    ]);
  });
});

describe('apply to similar', () => {
  it('lists the other segments with the same source and MT pattern, each with its fixed text', () => {
    const source = 'Un colis suspect a été signalé. Les passagers ont attendu. Un deuxième colis suspect a été trouvé. Le suspect a fui.';
    const target = 'A suspect package was reported. The passengers waited. A second suspect package was found. The suspect fled.';
    let state = createReview(buildDocument(source, target, 'fr', 'en'), run);
    const prev = state;
    state = reviewReducer(state, { type: 'edit', segment: 0, text: 'A suspicious package was reported.' }, run);
    const [correction] = decisionsBetween(prev, state);
    const similar = similarToCorrection(workingDocument(state.document, state.targets), correction);
    expect(similar.map((s) => [s.segment, s.target.text, s.fix, s.text])).toEqual([
      ['p1.s3', 'suspect package', 'suspicious package', 'A second suspicious package was found.'],
    ]);
    // Applied with the reducer's own edit action.
    state = reviewReducer(state, { type: 'edit', segment: similar[0].index, text: similar[0].text }, run);
    expect(state.targets[2]).toBe('A second suspicious package was found.');
    expect(similarToCorrection(workingDocument(state.document, state.targets), correction)).toEqual([]);
    expect(correctionEntries(correction, 'fr', 'en').map((e) => e.target)).toEqual(['suspect package']);
  });
});

describe('severity overrides', () => {
  it('demote a rule-pack entry or a check where the engine runs, and leave the rest', () => {
    const source = 'Le Premier ministre a échappé à un drone piégé.';
    const target = 'The Prime Minister  escaped a trapped drone.';
    const plain = checkTexts(source, target, 'fr', 'en').issues;
    expect(plain.find((i) => i.ruleId === 'calque/fr-en/piege')?.severity).toBe('major');
    expect(plain.find((i) => i.ruleId === 'double-space')?.severity).toBe('minor');
    const lowered = checkTexts(source, target, 'fr', 'en', { severityOverrides: { 'calque/fr-en/piege': 'minor', 'double-space': 'neutral' } }).issues;
    expect(lowered.find((i) => i.ruleId === 'calque/fr-en/piege')?.severity).toBe('minor');
    expect(lowered.find((i) => i.ruleId === 'double-space')?.severity).toBe('neutral');
    expect(lowered.length).toBe(plain.length);
  });

  it('learnedPacks leaves out an entry that is not valid instead of breaking the pack', () => {
    const good = { id: 'x', kind: 'correction', source: 'colis*', target: 'parcel', fix: 'package', message: 'Learned here.', examples: { good: [], bad: [{ source: 'colis', target: 'parcel', flagged: 'parcel', fixed: 'package' }] } };
    const packs = learnedPacks([
      { from: 'fr', to: 'en', enabled: true, entry: good },
      { from: 'fr', to: 'en', enabled: true, entry: { ...good, id: 'y', target: 'bad {pattern' } },
    ]);
    expect(packs.map((p) => [p.id, p.kind, p.entries.map((e) => e.id)])).toEqual([['fr-en', 'learned', ['x']]]);
  });
});
