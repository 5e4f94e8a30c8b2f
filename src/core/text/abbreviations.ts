// Words that end with a full stop without ending a sentence ("etc.", "Mr.", "z.B.", "г.", "r."),
// so a lower-case word after them is no sign of a broken sentence. Lower case; one list for all
// languages because a translation quotes names and units from other languages too.

const LIST = `
etc approx ca cf vs viz al incl excl esp resp vol no nos nr pp ff fig figs min max sec hr hrs km kg mln bn bln mio mrd
mr mrs ms messrs dr st sts jr sr prof gen col lt sgt capt cmdr adm gov sen rep rev hon pres mt ft ave blvd rd dept univ inc ltd co corp bros est
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
tsd bzw ggf evtl usw vgl inkl zzgl sog hl ev str jh std abs bd geb gest zb
env av apr mme mmes mlle mlles ex éd
aprox pág págs núm ej sra sres srta dña av vda
ecc pag sig dott dott.ssa ca sec
tj np ok godz ul pl ew itd itp jw zob wg św nt gł tys tzw tzn dz
např apod atd tzv mj hod tis mil mld kč č resp ing tel viz srov cca sv
т г гг ул им см др пр тыс млн млрд руб коп чел кв д стр рис тел обл р-н пос
`;

export const ABBREVIATIONS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** Whether the word before a full stop is an abbreviation (the stop belongs to the word). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}
