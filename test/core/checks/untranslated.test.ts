import { check } from '../../../src/core/checks/untranslated';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('untranslated', () => {
  it('flags a copied sentence over the whole target, ignoring case and punctuation', () => {
    const [issue] = run('Погода сегодня хорошая.', 'погода сегодня хорошая', 'ru', 'en');
    expect(issue.target).toEqual({ start: 0, end: 22, text: 'погода сегодня хорошая' });
    const [fr] = run("L'attaque a eu lieu.", "L’attaque a eu lieu !", 'fr', 'en');
    expect(fr.target?.text).toBe('L’attaque a eu lieu !');
  });

  it('flags Latin text copied into a Japanese translation', () => {
    expect(run('Press the red button.', 'Press the red button.', 'en', 'ja')).toHaveLength(1);
  });

  it('accepts names, numbers, URLs, short titles, and a real translation', () => {
    for (const t of ['Twitter', 'COVID-19', '2020–2021', 'https://example.com/a?b=1', 'Angela Merkel', 'New York Times', 'iPhone 12'])
      expect(run(t, t, 'en', 'de')).toEqual([]);
    expect(run('Le chat dort.', 'The cat is sleeping.', 'fr', 'en')).toEqual([]);
  });

  it('stays quiet when both sides are the same language', () => {
    expect(run('Hello there, friend.', 'Hello there, friend.', 'en', 'en-GB')).toEqual([]);
  });
});
