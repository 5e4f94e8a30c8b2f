import { check } from '../../../src/core/checks/addition';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('addition', () => {
  it('flags a target with no source over the whole target', () => {
    const [issue] = run('', 'Прочитайте также.', 'en', 'ru');
    expect(issue.messageId).toBe('unpaired');
    expect(issue.target).toEqual({ start: 0, end: 17, text: 'Прочитайте также.' });
  });

  it('flags a translation far longer than the pair allows', () => {
    const target = 'The train is late, and passengers waiting on the platform were told that the delay would last several hours.';
    const [issue] = run('Il treno è in ritardo.', target, 'it', 'en');
    expect(issue.messageId).toBe('long');
    expect(issue.target?.text).toBe(target);
  });

  it('uses the pair ratio: long English for short Chinese is normal', () => {
    expect(run('会议因暴风雨推迟到下周。', 'The meeting has been postponed until next week because of the storm.', 'zh', 'en')).toEqual([]);
    expect(run('Bonjour.', 'Hello.', 'fr', 'en')).toEqual([]);
  });
});
