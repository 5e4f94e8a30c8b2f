// Abbreviations whose full stop does not end a sentence, per language. Three kinds, because the
// question is always "does a capital after it start a new sentence?":
//  - prefix: stands before a name, a number or a word and never ends a sentence ("M. Kazimi",
//    "z. B.", "ул. Ленина"), so it always joins;
//  - inner: may end a sentence ("etc.", "usw.", "Inc."), so it joins only before a lower-case
//    word or a digit ("etc. rien", "No. 5") and a capital after it starts a new sentence;
//  - unit: a prefix, except after a number, where it ends a date and may end the sentence too
//    ("г. Москва" is a town, "в 2020 г. Он" a year).
// Write entries as they appear, dots included, separated by commas; an all-lower-case entry also
// matches with a capital first letter (sentence-initial "Etc.", "Np."). Multi-part entries
// ("z. B.", "т. е.") match with or without the inner space. A new language is one more row.

export type AbbreviationKind = 'prefix' | 'inner' | 'unit';

type Row = Partial<Record<AbbreviationKind, string>>;

// Latin and English abbreviations that turn up in any language's news (and in MT output).
const COMMON: Row = {
  prefix: 'e.g., i.e., vs., cf., Dr., Prof., Mr., Mrs., Ms., St.',
  inner: 'etc., et al., Inc., Ltd., Co., Corp.',
};

const TABLE: Record<string, Row> = {
  en: {
    prefix: 'Mr., Mrs., Ms., Mx., Dr., Prof., Sr., St., Mt., Ft., Rev., Hon., Gov., Sen., Rep., Gen., Col., Lt., Maj., Capt., Sgt., Cmdr., Adm., Pres., Supt., Messrs., e.g., i.e., viz., cf., approx., ca., vs., Ave., Blvd.',
    inner: 'etc., Jr., Inc., Ltd., Co., Corp., Bros., No., Nos., Fig., Vol., vol., p., pp., ch., sec., Jan., Feb., Mar., Apr., Jun., Jul., Aug., Sep., Sept., Oct., Nov., Dec., a.m., p.m., Ph.D., et al.',
  },
  fr: {
    prefix: 'M., MM., Mme., Mmes., Mlle., Mlles., Me., Dr., Pr., St., Ste., cf., env., av., apr., art., bd., boul., chap., éd., fig., vol., réf., Mgr., Cie., Gal., Cdt., Lt.',
    inner: 'etc., p., J.-C., hab., min., max., janv., févr., avr., juil., sept., oct., nov., déc.',
  },
  de: {
    prefix: 'z. B., d. h., u. a., u. U., s. o., s. u., o. ä., bzw., vgl., ca., Hr., Hrn., Fr., Dr., Prof., St., Nr., Abs., Bd., geb., gest., ggf., evtl., inkl., zzgl., Mio., Mrd., Tsd., Dipl.-Ing., i. A., i. V.',
    inner: 'usw., etc., Art., Str., Jh., Jan., Feb., Apr., Aug., Sept., Okt., Nov., Dez., u. v. m., S.',
  },
  es: {
    prefix: 'Sr., Sra., Srta., Sres., Sras., D., Dña., Dr., Dra., Lic., Ing., Prof., Ud., Uds., Vd., Vds., p. ej., Avda., Av., Gral., Excmo., Excma., Sto., Sta., aprox., EE.',
    inner: 'etc., pág., págs., núm., EE. UU., EE.UU., S.A.',
  },
  it: {
    prefix: 'Sig., Sigg., Sig.ra, Sig.na, Dott., Dott.ssa, Prof., Prof.ssa, Avv., Ing., Arch., On., Egr., Gent., Spett., es., cfr., S., Geom., Rag.',
    inner: 'ecc., pag., pagg., n., S.p.A.',
  },
  pt: {
    prefix: 'Sr., Sra., Srta., Dr., Dra., Prof., Profa., Exmo., Exma., Eng., V. Exa., p. ex., Av.',
    inner: 'etc., pág., nº.',
  },
  nl: {
    prefix: 'dhr., mevr., mr., dr., prof., ir., drs., bijv., o.a., d.w.z., m.b.t., t.a.v., ca.',
    inner: 'enz., etc., nr.',
  },
  pl: {
    prefix: 'np., tzw., m.in., tj., ul., al., pl., os., ks., gen., płk., św., prof., dr., mgr., inż., hab., ok., godz., ww., wg., pt., p., ds., im., woj.',
    inner: 'itd., itp., tys., mln., mld., zł., gr., proc., i in.',
    unit: 'r., w.',
  },
  cs: {
    prefix: 'např., tzv., tj., mj., resp., č., str., ul., nám., p., pí., Ing., Mgr., Bc., Dr., MUDr., JUDr., PhDr., RNDr., prof., doc., sv., čj., ev., viz.',
    inner: 'atd., apod., aj., tis., mil., mld., Kč., min., max., s. r. o.',
    unit: 'r., stol.',
  },
  sk: {
    prefix: 'napr., tzv., tj., resp., č., ul., Ing., Mgr., Bc., Dr., MUDr., prof., doc., sv.',
    inner: 'atď., a pod., tis., mil.',
    unit: 'r., stor.',
  },
  ru: {
    prefix: 'т. е., т. к., т. н., ул., пр., просп., пер., пл., наб., д., им., см., ср., проф., акад., ген., св., о., оз., гос., ст.',
    inner: 'т. д., т. п., и др., др., тыс., млн., млрд., руб., коп., стр., рис., обл., р., долл., и пр.',
    unit: 'г., гг., в., вв.',
  },
  uk: {
    prefix: 'т. зв., ул., вул., просп., пров., пл., ім., див., проф., акад., ген., св., обл.',
    inner: 'т. д., т. п., і т. д., тис., млн., млрд., грн., дол., ін.',
    unit: 'р., рр., ст.',
  },
  bg: {
    prefix: 'ул., бул., пл., гр., с., т. нар., проф., акад., ген., св.',
    inner: 'и др., др., хил., млн., млрд., лв.',
    unit: 'г., в.',
  },
  el: {
    prefix: 'κ., κα., π.χ., δηλ., βλ., Δρ., Καθ.',
    inner: 'κ.λπ., κλπ., κ.ά., εκ., χιλ.',
  },
  tr: {
    prefix: 'Dr., Prof., Doç., Av., Sn., Cad., Sok., Mah.',
    inner: 'vb., vs.',
  },
  sv: { prefix: 't.ex., bl.a., dvs., s.k., ca., resp., ang., jfr.', inner: 'osv., m.m., etc., kr.' },
  da: { prefix: 'f.eks., bl.a., dvs., ca., hr., fru., nr.', inner: 'osv., mv., etc., kr.' },
  nb: { prefix: 'f.eks., bl.a., dvs., ca., nr., hr.', inner: 'osv., mv., etc., kr.' },
  hu: { prefix: 'pl., ill., kb., ún., dr., id., ifj., özv., u., krt.', inner: 'stb., ld.' },
};
TABLE.no = TABLE.nb;

const cache = new Map<string, Map<string, AbbreviationKind>>();

function addEntry(map: Map<string, AbbreviationKind>, entry: string, kind: AbbreviationKind): void {
  const key = entry.endsWith('.') ? entry.slice(0, -1) : entry;
  const forms = [key, key.replace(/\.\s+/g, '.'), key.replace(/\.(?=\S)/g, '. ')];
  for (const form of forms) {
    map.set(form, kind);
    if (form === form.toLowerCase() && form !== form.toUpperCase()) map.set(form[0].toUpperCase() + form.slice(1), kind);
  }
}

/** Key: the abbreviation without its last full stop ("M", "z. B", "Dott.ssa"). */
export function abbreviationsFor(lang: string): Map<string, AbbreviationKind> {
  let map = cache.get(lang);
  if (map) return map;
  map = new Map();
  // Later rows win, so the language's own kind overrides the common one.
  // An own row only: a language code is outside input, and "constructor" is no language.
  const own = Object.prototype.hasOwnProperty.call(TABLE, lang) ? TABLE[lang] : {};
  for (const row of [COMMON, own]) {
    for (const kind of ['prefix', 'inner', 'unit'] as const) {
      const list = row[kind];
      if (!list) continue;
      for (const entry of list.split(',')) addEntry(map, entry.trim(), kind);
    }
  }
  cache.set(lang, map);
  return map;
}
