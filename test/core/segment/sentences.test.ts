import { segment, sentencesOf } from './sentences-of';

describe('sentences: abbreviations do not end a sentence', () => {
  test('French titles and etc.', () => {
    expect(sentencesOf('Elle accuse M. Kazimi et Mme Dupont. Il répond.', 'fr')).toEqual(['Elle accuse M. Kazimi et Mme Dupont.', 'Il répond.']);
    expect(sentencesOf('Des drones, des roquettes, etc. sont tombés. Puis le calme.', 'fr')).toEqual(['Des drones, des roquettes, etc. sont tombés.', 'Puis le calme.']);
    expect(sentencesOf('Ils ont tout pris : argent, papiers, etc. Le reste a brûlé.', 'fr')).toEqual(['Ils ont tout pris : argent, papiers, etc.', 'Le reste a brûlé.']);
  });

  test('English titles, initials and numbers', () => {
    expect(sentencesOf('Mr. Smith met Dr. Jones in St. Louis. They talked.', 'en')).toEqual(['Mr. Smith met Dr. Jones in St. Louis.', 'They talked.']);
    expect(sentencesOf('J. R. R. Tolkien met G. W. Bush. Nobody believed it.', 'en')).toEqual(['J. R. R. Tolkien met G. W. Bush.', 'Nobody believed it.']);
    expect(sentencesOf('The U.S. Army left. It took 3.5 million dollars and 272,000 men. See No. 5 today.', 'en')).toEqual([
      'The U.S. Army left.', 'It took 3.5 million dollars and 272,000 men.', 'See No. 5 today.',
    ]);
    expect(sentencesOf('He moved to Group B. The others stayed.', 'en')).toEqual(['He moved to Group B.', 'The others stayed.']);
  });

  test('German: z. B., usw., bzw. and ordinals', () => {
    expect(sentencesOf('Am 3. Oktober kam er z. B. nach Berlin, bzw. Potsdam usw. und blieb. Das war gut.', 'de')).toEqual([
      'Am 3. Oktober kam er z. B. nach Berlin, bzw. Potsdam usw. und blieb.', 'Das war gut.',
    ]);
    expect(sentencesOf('Er kaufte Brot, Milch usw. Dann ging er. Sie wurde 3. Der Trainer lachte.', 'de')).toEqual([
      'Er kaufte Brot, Milch usw.', 'Dann ging er.', 'Sie wurde 3.', 'Der Trainer lachte.',
    ]);
    expect(sentencesOf('Im 19. Jahrhundert, d. h. vor langer Zeit, war es so. Heute nicht.', 'de')).toEqual([
      'Im 19. Jahrhundert, d. h. vor langer Zeit, war es so.', 'Heute nicht.',
    ]);
  });

  test('regnal numbers, company names and saints in any language', () => {
    expect(sentencesOf('Sie wollen, dass Elisabeth II. die letzte Monarchin ist. Gut.', 'de')).toEqual(['Sie wollen, dass Elisabeth II. die letzte Monarchin ist.', 'Gut.']);
    expect(sentencesOf('Lewis Hamilton und Co. kämpfen in Imola. Duel se St. Louis.', 'de')).toEqual(['Lewis Hamilton und Co. kämpfen in Imola.', 'Duel se St. Louis.']);
    expect(sentencesOf('W okresie 29 grudnia 2015 r. – 11 lutego 2016 r. Potem nic.', 'pl')).toEqual(['W okresie 29 grudnia 2015 r. – 11 lutego 2016 r.', 'Potem nic.']);
  });

  test('Russian: т. е., г., ул.', () => {
    expect(sentencesOf('Это т. е. пример. В 2020 г. он жил на ул. Ленина в г. Москва. Всё.', 'ru')).toEqual([
      'Это т. е. пример.', 'В 2020 г. он жил на ул. Ленина в г. Москва.', 'Всё.',
    ]);
    expect(sentencesOf('Он уехал в 2020 г. Потом вернулся. Купил хлеб, молоко и т. д. Затем ушёл.', 'ru')).toEqual([
      'Он уехал в 2020 г.', 'Потом вернулся.', 'Купил хлеб, молоко и т. д.', 'Затем ушёл.',
    ]);
  });

  test('Spanish, Italian, Polish and Czech', () => {
    expect(sentencesOf('El Sr. García saludó a Dña. María. Luego se fue.', 'es')).toEqual(['El Sr. García saludó a Dña. María.', 'Luego se fue.']);
    expect(sentencesOf('Los EE. UU. Son un país grande. Fin.', 'es')).toEqual(['Los EE. UU.', 'Son un país grande.', 'Fin.']);
    expect(sentencesOf('Il Sig. Rossi e il Dott. Bianchi sono qui. Bene.', 'it')).toEqual(['Il Sig. Rossi e il Dott. Bianchi sono qui.', 'Bene.']);
    expect(sentencesOf('Np. Kraków to tzw. miasto królów, m.in. Wawel. Koniec.', 'pl')).toEqual(['Np. Kraków to tzw. miasto królów, m.in. Wawel.', 'Koniec.']);
    expect(sentencesOf('Dnia 3. maja 2020 r. Potem nic.', 'pl')).toEqual(['Dnia 3. maja 2020 r.', 'Potem nic.']);
    expect(sentencesOf('Např. Praha je tzv. město. Jablka, hrušky atd. Konec.', 'cs')).toEqual(['Např. Praha je tzv. město.', 'Jablka, hrušky atd.', 'Konec.']);
    expect(sentencesOf('Sešli se 28. října v Praze. Pak odešli.', 'cs')).toEqual(['Sešli se 28. října v Praze.', 'Pak odešli.']);
  });
});

describe('sentences: what is written is what is split', () => {
  test('a lower-case word after a full stop starts a sentence (a visible MT error)', () => {
    expect(sentencesOf('They lost seats, according to the results. preliminary.', 'en')).toEqual(['They lost seats, according to the results.', 'preliminary.']);
  });

  test('an ellipsis before lower case does not end the sentence, before a capital it does', () => {
    expect(sentencesOf('Il hésite… puis il part. Il hésite… Puis il part.', 'fr')).toEqual(['Il hésite… puis il part.', 'Il hésite…', 'Puis il part.']);
    expect(sentencesOf('Wait... and then. Wait... Then.', 'en')).toEqual(['Wait... and then.', 'Wait...', 'Then.']);
    expect(sentencesOf('Il a dit (…) Le pays va mal.', 'fr')).toEqual(['Il a dit (…) Le pays va mal.']);
  });

  test('closing quotes and brackets stay with the sentence they end', () => {
    expect(sentencesOf('« Je vais bien. » Puis il est parti.', 'fr')).toEqual(['« Je vais bien. »', 'Puis il est parti.']);
    expect(sentencesOf('« Dieu merci, je vais bien. », a-t-il dit.', 'fr')).toEqual(['« Dieu merci, je vais bien. », a-t-il dit.']);
    expect(sentencesOf('He said “I am fine.” Then he left.', 'en')).toEqual(['He said “I am fine.”', 'Then he left.']);
    expect(sentencesOf('"It is fine." he said. (It was.) Later.', 'en')).toEqual(['"It is fine." he said.', '(It was.)', 'Later.']);
  });

  test('links and e-mail addresses are never cut', () => {
    expect(sentencesOf('Go to https://Example.com/a?b=1&C=2. Then write to j.doe@Mail.example.org. Done.', 'en')).toEqual([
      'Go to https://Example.com/a?b=1&C=2.', 'Then write to j.doe@Mail.example.org.', 'Done.',
    ]);
    expect(sentencesOf('Voir www.lemonde.fr. La suite demain.', 'fr')).toEqual(['Voir www.lemonde.fr.', 'La suite demain.']);
  });

  test('a question or exclamation ends the sentence', () => {
    expect(sentencesOf('Vraiment ? Oui ! Bien.', 'fr')).toEqual(['Vraiment ?', 'Oui !', 'Bien.']);
  });
});

describe('sentences: other scripts', () => {
  test('Chinese and Japanese full stops split without a space', () => {
    expect(sentencesOf('你好。我是学生！你呢？好的', 'zh')).toEqual(['你好。', '我是学生！', '你呢？', '好的']);
    expect(sentencesOf('こんにちは。元気ですか？「そうです。」と言った。「はい。」「いいえ。」', 'ja')).toEqual([
      'こんにちは。', '元気ですか？', '「そうです。」と言った。', '「はい。」', '「いいえ。」',
    ]);
  });

  test('Arabic, Urdu, Hindi and Armenian terminals', () => {
    expect(sentencesOf('هل أنت بخير؟ نعم. أنا بخير.', 'ar')).toEqual(['هل أنت بخير؟', 'نعم.', 'أنا بخير.']);
    expect(sentencesOf('یہ ایک جملہ ہے۔ یہ دوسرا ہے۔', 'ur')).toEqual(['یہ ایک جملہ ہے۔', 'یہ دوسرا ہے۔']);
    expect(sentencesOf('यह एक वाक्य है। यह दूसरा है॥ तीसरा।चौथा', 'hi')).toEqual(['यह एक वाक्य है।', 'यह दूसरा है॥', 'तीसरा।', 'चौथा']);
    expect(sentencesOf('Սա նախադասություն է։ Սա երկրորդն է։', 'hy')).toEqual(['Սա նախադասություն է։', 'Սա երկրորդն է։']);
  });

  test('Thai without punctuation stays one sentence', () => {
    expect(sentencesOf('สวัสดีครับ ผมชื่อสมชาย วันนี้อากาศดี', 'th')).toEqual(['สวัสดีครับ ผมชื่อสมชาย วันนี้อากาศดี']);
  });
});

describe('sentences: edge cases', () => {
  test('empty and blank texts have no sentence', () => {
    expect(segment('', 'en')).toEqual({ paragraphs: [], sentences: [] });
    expect(segment(' \n\t\r\n \u00a0', 'fr')).toEqual({ paragraphs: [], sentences: [] });
  });

  test('text without final punctuation is one sentence', () => {
    expect(sentencesOf('  Watch video  ', 'en')).toEqual(['Watch video']);
  });

  test('offsets count UTF-16 code units across emoji and astral letters', () => {
    const text = 'Hello 👋🏽 world. 𝒳 is here! Done';
    const { sentences } = segment(text, 'en');
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, 17], [18, 29], [30, 34]]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Hello 👋🏽 world.', '𝒳 is here!', 'Done']);
  });

  test('a language tag with a region, or a malformed one, still segments', () => {
    expect(sentencesOf('Mr. Smith left. He came back.', 'en-GB')).toEqual(['Mr. Smith left.', 'He came back.']);
    expect(sentencesOf('Il part. Il revient… Bien.', 'not a tag!')).toEqual(['Il part.', 'Il revient…', 'Bien.']);
  });
});

describe('inline-tag placeholders', () => {
  it('a placeholder after a full stop stays with its sentence and does not block the split', () => {
    expect(sentencesOf('Done.\uF001 Next step.', 'en')).toEqual(['Done.\uF001', 'Next step.']);
  });
});
