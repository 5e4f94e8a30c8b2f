// The Hunspell reader behind the host's speller: affix rules applied at lookup time, the special
// flags, casing, BREAK and suggestions, on small made-up dictionaries; then the real dictionaries.
import { readFileSync } from 'node:fs';
import { Hunspell } from '../../../src/core/spelling/hunspell';
import { findDictionary, nodeModules } from '../../../src/host/spelling';

const AFF = `SET UTF-8
TRY esianrtolcdugmphbyfvkwz
NEEDAFFIX n
FORBIDDENWORD !
KEEPCASE k
ONLYINCOMPOUND o
CIRCUMFIX c
ICONV 1
ICONV ’ '
REP 1
REP f ph

PFX U Y 1
PFX U 0 un .

PFX G Y 1
PFX G 0 ge/c .

SFX S Y 2
SFX S y ies [^aeiou]y
SFX S 0 s [^y]

SFX D Y 2
SFX D 0 ed [^e]
SFX D 0 d e

SFX T Y 1
SFX T 0 t/c .

SFX N N 1
SFX N 0 ness/P .

SFX P Y 2
SFX P 0 es s
SFX P 0 s [^s]

SFX X Y 1
SFX X 0 x/o .
`;

const DIC = `13
walk/DS
happy/UN
fly/S
bake/D
kind/UN
ion/n
Paris
Cola/k
tele/o
mach/GT
walked/!
phone/S
don't
`;

const h = new Hunspell(AFF, DIC);

describe('Hunspell: checking', () => {
  it('reads stems and suffixes, with conditions and strip strings', () => {
    for (const w of ['walk', 'walks', 'flies', 'fly', 'baked', 'phones']) expect([w, h.correct(w)]).toEqual([w, true]);
    for (const w of ['walkd', 'flys', 'bakeed', 'fli']) expect([w, h.correct(w)]).toEqual([w, false]);
  });

  it('reads prefixes, prefix plus suffix (cross product) and a second suffix (continuation)', () => {
    expect(h.correct('unhappy')).toBe(true);
    expect(h.correct('happyness')).toBe(true);
    expect(h.correct('unhappyness')).toBe(false); // N is not a cross-product rule
    expect(h.correct('kindnesses')).toBe(true); // N, then P (which N's continuation allows)
    expect(h.correct('kinds')).toBe(false);
    expect(h.correct('walknesses')).toBe(false);
  });

  it('honours NEEDAFFIX, FORBIDDENWORD, ONLYINCOMPOUND and CIRCUMFIX', () => {
    expect(h.correct('ion')).toBe(false);
    expect(h.correct('walked')).toBe(false);
    expect(h.correct('tele')).toBe(false);
    expect(h.correct('telex')).toBe(false);
    expect(h.correct('gemacht')).toBe(true);
    expect(h.correct('macht')).toBe(false);
    expect(h.correct('gemach')).toBe(false);
  });

  it('accepts capitals as Hunspell does, and keeps KEEPCASE words as listed', () => {
    expect(h.correct('Walks')).toBe(true);
    expect(h.correct('WALKS')).toBe(true);
    expect(h.correct('paris')).toBe(false);
    expect(h.correct('PARIS')).toBe(true);
    expect(h.correct('wALKS')).toBe(false);
    expect(h.correct('Cola')).toBe(true);
    expect(h.correct('COLA')).toBe(false);
  });

  it('converts input (ICONV) and splits at hyphens (BREAK)', () => {
    expect(h.correct('don’t')).toBe(true);
    expect(h.correct('walk-flies')).toBe(true);
    expect(h.correct('walk-flys')).toBe(false);
  });

  it('reads FLAG long and FLAG num dictionaries', () => {
    const long = new Hunspell('FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n', '1\ncat/AaBb\n');
    expect([long.correct('cats'), long.correct('catz')]).toEqual([true, false]);
    const num = new Hunspell('FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\n', '1\ndog/7,101\n');
    expect([num.correct('dogs'), num.correct('dog')]).toEqual([true, true]);
  });
});

describe('Hunspell: suggesting', () => {
  it('tries the REP table, swaps, dropped and added letters, closest first', () => {
    expect(h.suggest('fone')[0]).toBe('phone');
    expect(h.suggest('fones')[0]).toBe('phones');
    expect(h.suggest('wlak')[0]).toBe('walk');
    expect(h.suggest('flie')).toContain('flies');
    expect(h.suggest('walkss')[0]).toBe('walks');
    expect(h.suggest('wlkas')[0]).toBe('walks'); // a letter moved
    expect(h.suggest('walks')).toEqual([]);
  });

  it('goes to two edits only for a lower-case word, and keeps the capital', () => {
    expect(h.suggest('wallkk')).toContain('walk');
    expect(h.suggest('Wallkk')).toEqual([]);
    expect(h.suggest('wallkk', { maxDistance: 1 })).toEqual([]);
    expect(h.suggest('Wlak')[0]).toBe('Walk');
  });

  it('splits two words run together', () => {
    expect(h.suggest('walkflies')).toContain('walk flies');
  });
});

describe('Hunspell: the dictionaries we ship', () => {
  const root = nodeModules() as string;
  const load = (lang: string) => {
    const files = findDictionary(lang, root);
    if (!files) throw new Error(`no dictionary for ${lang}`);
    return new Hunspell(readFileSync(files.aff, 'utf8'), readFileSync(files.dic, 'utf8'));
  };
  const cases: [string, string[], string[]][] = [
    ['en', ['government', 'governments', 'walked', 'unhappiness', 'doesn’t', 'well-known', 'Monday'], ['goverment', 'recieved', 'monday']],
    ['de', ['Regierung', 'würde', 'gesehen', 'Stürme', 'beobachtet', 'Gebäuden'], ['gutt', 'Regirung', 'gebäude']],
    ['fr', ['gouvernement', 'l’homme', 'mangeaient', 'qu’il'], ['gouvernment', 'qu’henry']],
    ['es', ['gobierno', 'comiéramos', 'canciones'], ['gobiemo', 'cancions']],
    ['it', ['governo', 'mangiavano', 'dell’anno'], ['goverrno', 'mangiavanno']],
    ['pl', ['rząd', 'rządu', 'powiedziałem'], ['rzond', 'powiedziałęm']],
    ['cs', ['vláda', 'vlády', 'nejlepší'], ['vlada', 'nejlepsí']],
    ['ru', ['правительство', 'правительства', 'говорили'], ['правительсво', 'говарили']],
  ];
  for (const [lang, good, bad] of cases) {
    it(`${lang}: knows inflected forms and rejects misspellings`, () => {
      const d = load(lang);
      expect(good.filter((w) => !d.correct(w))).toEqual([]);
      expect(bad.filter((w) => d.correct(w))).toEqual([]);
    });
  }

  it('en: suggests the word meant', () => {
    const d = load('en');
    expect(d.suggest('goverment')[0]).toBe('government');
    expect(d.suggest('recieved')[0]).toBe('received');
    expect(d.suggest('Eurpoean')[0]).toBe('European');
    expect(d.suggest('relitavely')[0]).toBe('relatively');
    expect(d.suggest('pushedand')).toContain('pushed and');
  });
});
