// UI strings: every locale has exactly the English keys (with the plural forms its language needs)
// and the same {{placeholders}}; every key the code uses exists; no UI text is written in the code.
import * as fs from 'fs';
import * as path from 'path';
import { checks } from '../../src/core/checks';
import { profiles } from '../../src/core/profiles';
import { createI18n, issueMessage, pickUiLanguage, RESOURCES, UI_LANGUAGES } from '../../src/renderer/i18n';
import type { Messages } from '../../src/renderer/i18n/locales/en';
import { KEYMAP } from '../../src/renderer/keymap';
import { SEVERITIES } from '../../src/renderer/state/types';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(m: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(m)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys with their plural suffix removed, each with the set of forms present. */
function shape(m: Messages) {
  const flat = flatten(m);
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [k, v] of flat) {
    const p = PLURAL.exec(k);
    if (!p) plain.set(k, v);
    else {
      const base = k.slice(0, -p[0].length);
      if (!plural.has(base)) plural.set(base, new Map());
      plural.get(base)!.set(p[1], v);
    }
  }
  return { plain, plural };
}

const en = shape(RESOURCES.en);

describe.each(UI_LANGUAGES.filter((l) => l !== 'en'))('locale %s', (lng) => {
  const loc = shape(RESOURCES[lng]);

  it('has exactly the English keys', () => {
    expect([...loc.plain.keys()].sort()).toEqual([...en.plain.keys()].sort());
    expect([...loc.plural.keys()].sort()).toEqual([...en.plural.keys()].sort());
  });

  it('has every plural form its language needs, and no other', () => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.slice().sort();
    for (const [base, forms] of loc.plural) expect({ base, forms: [...forms.keys()].sort() }).toEqual({ base, forms: categories });
  });

  it('keeps the placeholders', () => {
    for (const [k, v] of en.plain) expect({ k, p: placeholders(loc.plain.get(k) ?? '') }).toEqual({ k, p: placeholders(v) });
    for (const [base, forms] of loc.plural) {
      const want = placeholders(en.plural.get(base)!.get('other')!).filter((p) => p !== 'count');
      for (const [form, v] of forms) expect({ base, form, p: placeholders(v).filter((p) => p !== 'count') }).toEqual({ base, form, p: want });
      expect({ base, other: placeholders(forms.get('other')!) }).toEqual({ base, other: placeholders(en.plural.get(base)!.get('other')!) });
    }
  });

  it('translates the interface (not a copy of the English)', () => {
    const same = [...en.plain].filter(([k, v]) => loc.plain.get(k) === v && /\p{L}{4,}/u.test(v.replace(/\{\{\w+\}\}/g, '')));
    expect(same.length).toBeLessThan(en.plain.size * 0.1);
  });
});

describe('English resources', () => {
  const has = (key: string) => en.plain.has(key) || en.plural.has(key);

  it('English plural keys have the English forms', () => {
    for (const [base, forms] of en.plural) expect({ base, forms: [...forms.keys()].sort() }).toEqual({ base, forms: ['one', 'other'] });
  });

  it('name every command of the keymap, every severity, check, category and profile', () => {
    for (const b of KEYMAP) expect(has(`command.${b.command}`)).toBe(true);
    for (const s of SEVERITIES) expect(has(`severity.${s}`)).toBe(true);
    for (const c of checks) {
      expect(has(`checkName.${c.meta.id}`)).toBe(true);
      for (const part of c.meta.category.split('/')) expect({ part, ok: has(`category.${part}`) }).toEqual({ part, ok: true });
    }
    for (const p of profiles) expect(has(`settings.profiles.${p.id}`)).toBe(true);
  });

  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
  const files = sources(path.join(__dirname, '../../src/renderer')).filter((f) => !f.includes(`${path.sep}locales${path.sep}`));

  it('has every key the code asks for', () => {
    const missing: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) if (!has(m[1])) missing.push(`${path.basename(f)}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('no interface text is written in the components', () => {
    const found: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.tsx'))) {
      const text = fs.readFileSync(f, 'utf8');
      // Words between JSX tags, and words in user-facing attributes.
      for (const m of text.matchAll(/>([^<>{}]*\p{L}{2,}[^<>{}]*)</gu)) if (!/^\s*$/.test(m[1]) && !/=|&&|\|\||\?|[;()]|\.\w/.test(m[1])) found.push(`${path.basename(f)}: ${m[1].trim()}`);
      for (const m of text.matchAll(/\b(title|placeholder|aria-label|alt)="([^"]*\p{L}[^"]*)"/gu)) found.push(`${path.basename(f)}: ${m[1]}="${m[2]}"`);
    }
    expect(found).toEqual([]);
  });
});

describe('i18n instance', () => {
  it('picks the UI language from the browser preferences, English otherwise', () => {
    expect(pickUiLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(pickUiLanguage(['pt-BR', 'zh-Hans-CN'])).toBe('zh');
    expect(pickUiLanguage(['ja'])).toBe('en');
  });

  it('writes Arabic right to left and uses its plural forms', () => {
    const i18n = createI18n('ar');
    expect(i18n.dir()).toBe('rtl');
    expect(i18n.t('grid.issues', { count: 2 })).toBe('مشكلتان');
    expect(i18n.t('grid.issues', { count: 5 })).toBe('5 مشكلات');
    expect(createI18n('de').dir()).toBe('ltr');
  });

  it('shows a check’s message in English unless translated as checks.<ruleId>.<messageId>', () => {
    const i18n = createI18n('fr');
    const issue = { ruleId: 'numbers', messageId: 'changed', data: { source: '10', target: '11' }, message: 'Number 10 became 11' } as never;
    expect(issueMessage(i18n.t, issue)).toBe('Number 10 became 11');
    i18n.addResource('fr', 'translation', 'checks.numbers.changed', 'Le nombre {{source}} est devenu {{target}}');
    expect(issueMessage(i18n.t, issue)).toBe('Le nombre 10 est devenu 11');
  });
});
