// Language detection on a paragraph in each of the languages Verso is used with, and refusals.
import { detectLanguage } from '../../../src/core/lang/detect';

const PARAGRAPHS: Record<string, string> = {
  fr: "Le Premier ministre irakien a échappé indemne à une tentative d'assassinat dans la nuit de samedi à dimanche, au moyen d'un drone piégé qui a visé sa résidence à Bagdad.",
  en: 'Iraqi Prime Minister Mustafa al-Kazimi escaped unharmed from an assassination attempt on Sunday night, when a drone loaded with explosives targeted his residence in Baghdad.',
  de: 'Der irakische Ministerpräsident ist in der Nacht zum Sonntag unverletzt einem Mordanschlag entgangen, bei dem eine mit Sprengstoff beladene Drohne seine Residenz in Bagdad traf.',
  es: 'El primer ministro iraquí salió ileso de un intento de asesinato en la noche del sábado al domingo, cuando un dron cargado de explosivos atacó su residencia en Bagdad.',
  it: 'Il primo ministro iracheno è uscito illeso da un tentativo di assassinio nella notte tra sabato e domenica, quando un drone carico di esplosivo ha colpito la sua residenza a Baghdad.',
  pl: 'Premier Iraku wyszedł bez szwanku z próby zamachu w nocy z soboty na niedzielę, kiedy dron wyładowany materiałami wybuchowymi uderzył w jego rezydencję w Bagdadzie.',
  cs: 'Irácký premiér vyvázl bez zranění z pokusu o atentát v noci ze soboty na neděli, kdy dron naložený výbušninami zasáhl jeho rezidenci v Bagdádu.',
  ru: 'Премьер-министр Ирака не пострадал в результате покушения в ночь с субботы на воскресенье, когда беспилотник со взрывчаткой атаковал его резиденцию в Багдаде.',
  ar: 'نجا رئيس الوزراء العراقي دون أن يصاب بأذى من محاولة اغتيال ليلة السبت إلى الأحد، عندما استهدفت طائرة مسيرة محملة بالمتفجرات مقر إقامته في بغداد.',
  hi: 'इराक के प्रधानमंत्री शनिवार और रविवार की रात हत्या के प्रयास में बाल-बाल बच गए, जब विस्फोटकों से भरे एक ड्रोन ने बगदाद में उनके आवास को निशाना बनाया।',
  zh: '伊拉克总理在周六晚间至周日凌晨的一次暗杀企图中毫发无伤，当时一架装有炸药的无人机袭击了他在巴格达的住所。',
  ja: 'イラクの首相は土曜日から日曜日にかけての夜、爆発物を積んだドローンがバグダッドの公邸を攻撃した暗殺未遂事件で無傷だった。',
};

describe('detectLanguage', () => {
  test.each(Object.entries(PARAGRAPHS))('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('a long text is sampled, and still right', () => {
    const long = Array.from({ length: 200 }, () => PARAGRAPHS.de).join('\n\n');
    expect(detectLanguage(long)).toBe('de');
  });

  test('too little text to tell gives null', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('12 345 — 67,8 %')).toBeNull();
  });
});
