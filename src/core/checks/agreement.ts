// Number agreement slips a reviser marks at once: a count before a singular noun ("the two
// candidate dodged"), a bare verb where "are", "were" or "have" needs its participle ("are
// advise to", "have decide"), and a singular subject with a plural verb ("the country which have
// signed", "The view presented are"). All are what a lost letter or a careless engine leaves
// behind, and the spelling check cannot see them: every word is spelled right. Precision comes
// first; each rule reports only where the words around show the grammar (agreement-plural,
// agreement-participle, agreement-subject), and word classes come from the dictionary and a
// tagged corpus (agreement-lexicon). English targets only: another language needs its own rules.
import type { Check, CheckContext, SegmentView } from './check';
import { viewWords } from '../text/word-runs';
import { englishLexicon } from './agreement-lexicon';
import { COUNT_WORDS, pluralSlip } from './agreement-plural';
import { TAKES_PARTICIPLE, participleSlip } from './agreement-participle';
import { CLAUSE_DETERMINERS, isRelative, participleSubjectSlip, relativeSlip } from './agreement-subject';

export const check: Check = {
  meta: {
    id: 'agreement',
    category: 'fluency/grammar',
    severity: 'minor',
    languages: { target: ['en'] },
    description:
      'English targets: a singular noun after a count of more than one ("the two candidate dodged" for "candidates"), a bare verb where "are", "were" or "have" needs the participle ("are advise to" for "advised"), and a singular subject with a plural verb, right before a relative ("the country which have signed" for "countries") or before a participle opening the clause ("The view presented are" for "views"). Reported only where the words around show the grammar; compounds, measures, labels, names, adjectives, group nouns ("the team who are") and heads after "of" or another preposition are left alone.',
    messages: {
      plural: '“{{count}} {{word}}”: after a count of more than one the noun is plural, “{{suggestion}}”.',
      participle: '“{{aux}} {{word}}”: the verb needs its participle here, “{{suggestion}}”.',
      subject: '“{{word}} … {{verb}}”: a singular subject with a plural verb; the noun may have lost its plural, “{{suggestion}}”.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'es', to: 'en', source: 'Los dos candidatos esquivaron las preguntas.', target: 'The two candidates dodged questions.' },
        { from: 'de', to: 'en', source: 'Ein Zweijahresvertrag über 2 Prozent.', target: 'A two year contract at 2 percent, signed by two Premier League clubs.' },
        { from: 'de', to: 'en', source: 'Die Touristen sollen sagen, dass sie verheiratet sind.', target: 'Tourists are advised to say they are married; they are free to leave.' },
        { from: 'de', to: 'en', source: 'Sie sind Freunde.', target: 'We are friends, and they are present at the meeting.' },
        { from: 'de', to: 'en', source: 'Der Zehnjährige war drei Mal hier.', target: 'The 10 year old was here three times, two hundred of them.' },
        { from: 'de', to: 'en', source: 'Einer der Menschen, die hier sind.', target: 'One of the people who are here; the team who are playing.' },
        { from: 'de', to: 'en', source: 'Die vorgelegten Daten sind klar.', target: 'The data presented are clear, and the news which have come is good.' },
      ],
      bad: [
        {
          from: 'es',
          to: 'en',
          source: 'Con cautela, los dos candidatos esquivaron las preguntas.',
          target: 'With caution, the two candidate dodged questions.',
          flagged: 'candidate',
          fixed: 'With caution, the two candidates dodged questions.',
          messageId: 'plural',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Allen Touristinnen wird geraten zu sagen, dass sie verheiratet sind.',
          target: 'All female tourists are advise to say they are married.',
          flagged: 'advise',
          fixed: 'All female tourists are advised to say they are married.',
          messageId: 'participle',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Sie haben beschlossen, zu bleiben.',
          target: 'They have decide to stay.',
          flagged: 'decide',
          fixed: 'They have decided to stay.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Die Länder, die den Vertrag unterzeichnet haben, müssen ihn einhalten.',
          target: 'The country which have signed the treaty must comply with it.',
          flagged: 'country',
          fixed: 'The countries which have signed the treaty must comply with it.',
          messageId: 'subject',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Die vorgestellten Ansichten sind oft knapp.',
          target: 'The view presented are often concise.',
          flagged: 'view',
          fixed: 'The views presented are often concise.',
          messageId: 'subject',
        },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (text.length < 8) return;
    const words = viewWords(ctx.doc, view, 't');
    if (words.length < 3) return;
    const lex = englishLexicon(ctx.services.speller?.(ctx.to) ?? null);
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      let r = null;
      if (TAKES_PARTICIPLE.has(w.lower)) r = participleSlip(text, words, i, lex);
      else if (w.digit || COUNT_WORDS.has(w.lower) || w.lower.includes('-')) r = pluralSlip(text, words, i, lex);
      if (!r && isRelative(words[i + 1])) r = relativeSlip(text, words, i, lex);
      if (!r && CLAUSE_DETERMINERS.has(w.lower) && i + 4 < words.length) r = participleSubjectSlip(text, words, i, lex);
      if (r) ctx.report(r);
    }
  },
};
