// A personal pronoun in the English translation whose gender contradicts the source: "her
// government" for "seine Regierung", "he said" for "powiedziała". The source's cues come from
// small tables (src/core/lang/pronoun-gender.ts): unambiguous pronouns (er, él, lui, он, ona…)
// and, in Russian, Polish and Czech, the gender ending of past-tense verbs (сказал/сказала).
// Flagged only when the source has cues of one gender and nothing that could stand for a person
// of the other (no "sie"/"ihr", no "la ministra"), so a woman named in the source without a
// pronoun never makes "she" look wrong.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { viewWords } from '../text/word-runs';
import { EN_PRONOUNS, genderCues, hasGenderTable, type Gender } from '../lang/pronoun-gender';

function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

export const check: Check = {
  meta: {
    id: 'pronoun-gender',
    category: 'accuracy/mistranslation',
    severity: 'critical',
    languages: { source: ['de', 'es', 'it', 'fr', 'ru', 'pl', 'cs'], target: ['en'] },
    description:
      'A "he" or "she" (him/his/himself, her/hers/herself) in the translation whose gender contradicts the source, judged from the source\'s unambiguous pronouns and, in Russian, Polish and Czech, its past-tense verb endings.',
    messages: {
      mismatch: '"{{word}}" is {{gender}}, but the source speaks of {{sourceGender}} ({{cue}}): the gender may be wrong.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Trump schrieb, dass seine Regierung die Stürme beobachte.', target: 'Trump wrote that his government is monitoring the storms.' },
        { from: 'de', to: 'en', source: 'Die Kanzlerin sagte, er habe recht.', target: 'The chancellor said he was right, and she agreed.' },
        { from: 'ru', to: 'en', source: 'Она сказала, что он придёт.', target: 'She said that he would come.' },
        { from: 'es', to: 'en', source: 'Dijo que la ministra llegará.', target: 'He said that she would arrive.' },
        { from: 'pl', to: 'en', source: 'Jak powiedziała dziennikarzom, liczba jest zatrważająca.', target: 'The number is alarming, she told reporters.' },
        { from: 'fr', to: 'en', source: 'Il y a deux ans, elle est partie.', target: 'Two years ago, she left.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Trump schrieb per Twitter, dass seine Regierung die Stürme beobachte.', target: 'Trump wrote on Twitter that her government is monitoring the storms.', flagged: 'her', fixed: 'Trump wrote on Twitter that his government is monitoring the storms.' },
        { from: 'pl', to: 'en', source: 'Jak powiedziała dziennikarzom RND, liczba jest zatrważająca.', target: 'The number is alarming, he told RND reporters.', flagged: 'he', fixed: 'The number is alarming, she told RND reporters.' },
        { from: 'ru', to: 'en', source: 'Она объявила, что турнир состоится.', target: 'He announced that the tournament will take place.', flagged: 'He', fixed: 'She announced that the tournament will take place.' },
        { from: 'cs', to: 'en', source: 'Řekl, že se vrátí.', target: 'She said she would return.', flagged: 'She', fixed: 'He said she would return.' },
        { from: 'it', to: 'en', source: 'Lui ha vinto la gara.', target: 'She won the race herself.', flagged: 'She', fixed: 'He won the race herself.' },
        { from: 'es', to: 'en', source: 'Ella dijo que no vendrá.', target: 'He said he will not come.', flagged: 'He' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const from = baseLang(ctx.from);
    if (!view.source || !view.target || !hasGenderTable(from)) return;
    const tgt = viewWords(ctx.doc, view, 't');
    // Cheap exit: most sentences have no gendered pronoun at all (and need no lists).
    let k = 0;
    while (k < tgt.length && !EN_PRONOUNS.has(tgt[k].lower)) k++;
    if (k === tgt.length) return;
    const found: Record<Gender, typeof tgt> = { m: [], f: [] };
    for (; k < tgt.length; k++) {
      const w = tgt[k];
      const p = EN_PRONOUNS.get(w.lower);
      if (p) found[p.gender].push(w);
    }
    const src = viewWords(ctx.doc, view, 's');
    const cues = genderCues(from, src.map((w) => w.lower), src.map((w) => w.text));
    let wrong: Gender | null = null;
    if (found.f.length && cues.m > 0 && cues.f === 0 && !cues.mayF) wrong = 'f';
    else if (found.m.length && cues.f > 0 && cues.m === 0 && !cues.mayM) wrong = 'm';
    if (!wrong) return;
    const w = found[wrong][0];
    const p = EN_PRONOUNS.get(w.lower)!;
    ctx.report({
      messageId: 'mismatch',
      data: {
        word: w.text,
        gender: wrong === 'm' ? 'masculine' : 'feminine',
        sourceGender: wrong === 'm' ? 'a woman' : 'a man',
        cue: wrong === 'm' ? 'feminine pronouns or verb forms' : 'masculine pronouns or verb forms',
      },
      target: { start: w.start, end: w.end },
      suggestions: p.other.map((o) => ({ text: matchCase(o, w.text) })),
    });
  },
};
