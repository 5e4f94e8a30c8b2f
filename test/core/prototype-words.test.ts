// Words that are also names of what every JavaScript object inherits ("constructor", "toString",
// "__proto__"...) are ordinary words of a text: a table kept in a plain object must not answer
// them. Correct translations that use them must come out of the whole engine without any issue
// (once "constructor" read as a number and made pronoun-gender fail).
import { checkPair, checkTexts } from '../../src/core';
import { extractNumbers } from '../../src/core/text/numbers';
import { formsOf } from '../../src/core/rules/inflect';

const cases: Array<[from: string, to: string, source: string, target: string]> = [
  // English targets
  ['de', 'en', 'Der Konstrukteur hat es gebaut.', 'The constructor built it.'],
  ['de', 'en', 'Der Konstrukteur hat den Prototyp gestern gebaut, sagte er.', 'The constructor built the prototype yesterday, he said.'],
  ['fr', 'en', 'La méthode toString appelle valueOf.', 'The toString method calls valueOf.'],
  ['ru', 'en', 'Она сказала, что метод hasOwnProperty надёжнее, чем __proto__.', 'She said that the hasOwnProperty method is more reliable than __proto__.'],
  // German targets
  ['en', 'de', 'The constructor built the prototype.', 'Der Konstrukteur baute den Prototyp.'],
  ['en', 'de', 'The constructor function calls toString and valueOf.', 'Die Funktion constructor ruft toString und valueOf auf.'],
  ['en', 'de', 'Use hasOwnProperty instead of __proto__.', 'Verwenden Sie hasOwnProperty statt __proto__.'],
  // French targets
  ['en', 'fr', 'The constructor function calls toString and valueOf.', 'La fonction constructor appelle toString et valueOf.'],
  ['en', 'fr', 'Use hasOwnProperty instead of __proto__ and prototype.', 'Utilisez hasOwnProperty au lieu de __proto__ et prototype.'],
  // Russian targets
  ['en', 'ru', 'The constructor function calls toString and valueOf.', 'Функция constructor вызывает toString и valueOf.'],
  ['en', 'ru', 'Use hasOwnProperty instead of __proto__ and prototype.', 'Используйте hasOwnProperty вместо __proto__ и prototype.'],
];

describe('words named like object members', () => {
  it.each(cases)('%s→%s: "%s" / "%s" raises no issue', (from, to, source, target) => {
    const pair = checkPair(source, target, from, to).issues;
    expect(pair.map((i) => `${i.ruleId}/${i.messageId}: ${i.message}`)).toEqual([]);
    // The same pair as a document goes through segmentation and alignment as well.
    const doc = checkTexts(source, target, from, to).issues;
    expect(doc.map((i) => `${i.ruleId}/${i.messageId}: ${i.message}`)).toEqual([]);
  });

  it('never fails inside a check, whatever the pair and the case of the words', () => {
    const words = ['constructor', 'Constructor', 'CONSTRUCTOR', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'constructormal'];
    const langs = ['en', 'de', 'fr', 'ru'];
    for (const from of langs) {
      for (const to of langs) {
        for (const w of words) {
          const { issues } = checkPair(`${w} 3 ${w}.`, `${w} 3 ${w}.`, from, to);
          expect(issues.filter((i) => i.messageId === 'internal-error')).toEqual([]);
          // Nothing here is a number but the 3, which both sides share.
          expect(issues.filter((i) => i.ruleId === 'numbers')).toEqual([]);
        }
      }
    }
  });

  it('reads no number in them, in any language with number words', () => {
    for (const lang of ['en', 'de', 'fr', 'ru']) {
      expect(extractNumbers('The constructor and the Constructor, constructormal, prototype.', lang)).toEqual([]);
    }
  });

  it('inflects a rule-pack lemma of that name like any other word', () => {
    expect(formsOf('constructor')).toEqual(['constructor', 'constructors', 'constructored', 'constructoring']);
  });
});
