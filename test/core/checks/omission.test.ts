import { check } from '../../../src/core/checks/omission';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('omission', () => {
  it('flags an empty or punctuation-only target on the source span, with no target span', () => {
    const source = 'Der Präsident schrieb auf Twitter.';
    for (const target of ['', '.', ' … ']) {
      const [issue] = run(source, target, 'de', 'en');
      expect(issue.messageId).toBe('empty');
      expect(issue.target).toBeNull();
      expect(issue.source).toEqual({ start: 0, end: source.length, text: source });
    }
  });

  it('flags a translation far shorter than the pair allows', () => {
    const [issue] = run('Президент объявил вчера о новых экономических мерах поддержки малого бизнеса в период кризиса.', 'The president spoke.', 'ru', 'en');
    expect(issue.messageId).toBe('short');
    expect(issue.message).toMatch(/\d+%/);
  });

  it('uses the pair ratio: a short Chinese translation of long English is normal', () => {
    expect(run('The meeting has been postponed until next week because of the storm.', '会议因暴风雨推迟到下周。', 'en', 'zh')).toEqual([]);
    expect(run('', '', 'en', 'de')).toEqual([]);
    expect(run('Ja.', 'Yes.', 'de', 'en')).toEqual([]);
  });
});
