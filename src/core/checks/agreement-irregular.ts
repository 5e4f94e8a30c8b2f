// English forms no rule makes. Past participles of the strong and irregular verbs, by base form:
// a dictionary cannot make these, and some bases take a regular -ed that means something else
// ("leaded" windows, "seed", "singed", "payed" out a rope), so "were lead by" wants "led" and "are
// see as" wants "seen". Verbs whose participle is their base ("cut", "put", "come") are not here:
// those are never slips. Then the plurals that are not the noun plus -s, where the -s form is
// another word ("mans", "mouses") or none.

const PAIRS = `
  arise:arisen awake:awoken bear:borne beat:beaten begin:begun bend:bent bind:bound bite:bitten bleed:bled
  blow:blown break:broken breed:bred bring:brought build:built buy:bought catch:caught choose:chosen
  cling:clung creep:crept deal:dealt dig:dug draw:drawn drink:drunk drive:driven eat:eaten fall:fallen
  feed:fed feel:felt fight:fought find:found flee:fled fling:flung fly:flown forbid:forbidden forget:forgotten
  forgive:forgiven freeze:frozen get:gotten give:given grind:ground grow:grown hang:hung hear:heard hide:hidden
  hold:held keep:kept know:known lay:laid lead:led leave:left lend:lent lie:lain lose:lost make:made
  mean:meant meet:met overtake:overtaken pay:paid ride:ridden ring:rung rise:risen say:said see:seen seek:sought
  sell:sold send:sent sew:sewn shake:shaken shine:shone shoot:shot show:shown shrink:shrunk sing:sung sink:sunk
  sit:sat slay:slain sleep:slept sling:slung speak:spoken speed:sped spend:spent spin:spun spit:spat
  spring:sprung stand:stood steal:stolen stick:stuck sting:stung stride:stridden strike:struck string:strung
  swear:sworn sweep:swept swim:swum swing:swung take:taken teach:taught tear:torn tell:told think:thought
  throw:thrown tread:trodden understand:understood undertake:undertaken wake:woken wear:worn weave:woven
  weep:wept win:won wind:wound withdraw:withdrawn withhold:withheld write:written`;

export const IRREGULAR_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
);

export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(
  `man:men woman:women child:children person:people tooth:teeth goose:geese mouse:mice louse:lice ox:oxen
  criterion:criteria phenomenon:phenomena`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
);
