import { checkTexts } from '../../src/core';
import { phraseCorrections, proposeEntry } from '../../src/core/corrections';
test('x', () => {
  for (const [s, t] of [
    ['Un colis suspect a été découvert devant la gare du Nord.', 'A suspect package was discovered in front of the Gare du Nord.'],
    ['La police a fait exploser un colis suspect hier soir.', 'Police blew up a suspect package last night.'],
    ['Les démineurs ont examiné un colis suspect près du stade.', 'Deminers examined a suspect package near the stadium.'],
  ]) console.log(checkTexts(s, t, 'fr', 'en').issues.map((i) => `${i.ruleId} ${i.target?.text}`));
  const p1 = phraseCorrections('A suspect package was discovered in front of the Gare du Nord.', 'A suspicious package was discovered in front of the Gare du Nord.', 'en');
  const p2 = phraseCorrections('A trapped drone hit them.', 'A booby-trapped drone hit them.', 'en');
  const p3 = phraseCorrections('He was watching sit-ins in the zone.', 'He was holding sit-ins in the green zone.', 'en');
  console.log(JSON.stringify([p1, p2, p3], null, 1));
  const occ = [
    { document: 'a', source: 'Un colis suspect a été découvert devant la gare du Nord.', before: 'A suspect package was discovered in front of the Gare du Nord.', after: 'A suspicious package was discovered in front of the Gare du Nord.', phrase: p1[0] },
  ];
  const p4 = phraseCorrections('Police blew up a suspect package last night.', 'Police blew up a suspicious package last night.', 'en');
  occ.push({ document: 'b', source: 'La police a fait exploser un colis suspect hier soir.', before: 'Police blew up a suspect package last night.', after: 'Police blew up a suspicious package last night.', phrase: p4[0] });
  console.log(JSON.stringify(proposeEntry(occ, 'fr', 'en'), null, 1));
  console.log(JSON.stringify(proposeEntry(occ.slice(0, 1), 'fr', 'en'), null, 1));
});
