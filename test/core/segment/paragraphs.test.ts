import { paragraphsOf, segment } from './sentences-of';

describe('paragraphs', () => {
  test('every non-empty line is a paragraph, titles and captions included', () => {
    expect(paragraphsOf('« Complot »\n« Ma résidence a été visée. » Il va bien.\n\n\nWatch video\n', 'fr')).toEqual([
      '« Complot »', '« Ma résidence a été visée. » Il va bien.', 'Watch video',
    ]);
  });

  test('Windows and old Mac line endings, and Unicode separators, break lines', () => {
    const text = 'One.\r\nTwo.\r\n\r\nThree.\rFour.\u2028Five.\u2029Six.';
    expect(paragraphsOf(text)).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.']);
    expect(segment(text, 'en').sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 'One.'], [1, 'Two.'], [2, 'Three.'], [3, 'Four.'], [4, 'Five.'], [5, 'Six.'],
    ]);
  });

  test('hard-wrapped prose joins into one paragraph, with one sentence across the break', () => {
    const text = 'The Prime Minister escaped an attack on his\r\nresidence in Baghdad, officials said. He is\nsafe.\n\nWatch video';
    expect(paragraphsOf(text)).toEqual([
      'The Prime Minister escaped an attack on his\r\nresidence in Baghdad, officials said. He is\nsafe.', 'Watch video',
    ]);
    const { sentences } = segment(text, 'en');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The Prime Minister escaped an attack on his\r\nresidence in Baghdad, officials said.', 'He is\nsafe.', 'Watch video',
    ]);
  });

  test('a line that ends its sentence, or a title followed by a capital, stays apart', () => {
    expect(paragraphsOf('It ended.\nthen it began.\nElection rout\nSecurity forces were deployed.')).toEqual([
      'It ended.', 'then it began.', 'Election rout', 'Security forces were deployed.',
    ]);
  });

  test('indentation and trailing spaces are not part of a paragraph or a sentence', () => {
    const text = '\t  Indented line.  \n';
    const { paragraphs, sentences } = segment(text, 'en');
    expect([paragraphs[0].start, paragraphs[0].end]).toEqual([3, 17]);
    expect([sentences[0].start, sentences[0].end]).toEqual([3, 17]);
  });

  test('a text whose byte-order mark was removed starts at offset 0', () => {
    const decoded = '\ufeffLe texte. Fin.'.slice(1);
    expect(segment(decoded, 'fr').sentences.map((s) => [s.start, s.end])).toEqual([[0, 9], [10, 14]]);
  });
});
