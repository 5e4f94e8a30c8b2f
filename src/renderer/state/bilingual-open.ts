// Opening a bilingual file (XLIFF 1.2/2.0, TMX, TSV, CSV) from the start screen: which dropped or
// picked files are bilingual, and reading one into units with its languages. The review document
// is made by bilingualDocument (one segment per unit, never re-aligned) and the export writes the
// same format back (see exporting.ts). String in, no file system: the same code as the CLI's.
import { bilingualDocument, type BilingualFile } from '../../core/bilingual';
import { detectLanguage } from '../../core/lang/detect';
import { detectFormat, isXmlFormat, parseBilingual } from '../../formats/index';

export { bilingualDocument };

/**
 * True for a file the desk opens as a ready-made review: XLIFF or TMX by name or content, TSV or
 * CSV by name only (a plain text with a tab or a comma in its first line is still a text).
 */
export function isBilingualFile(name: string, text: string): boolean {
  const format = detectFormat(name, text.slice(0, 4096));
  if (!format) return false;
  return isXmlFormat(format) || /\.(tsv|tab|csv)$/i.test(name);
}

/**
 * Reads the file with the languages it declares. A file that does not say them (a TSV without a
 * language header) takes the ones chosen on the start screen, else the ones detected in its units.
 */
export function readBilingual(text: string, name: string, fallback: { from?: string; to?: string } = {}): BilingualFile {
  try {
    return parseBilingual(text, name);
  } catch (err) {
    if (!/language/.test((err as Error).message)) throw err;
    const file = parseBilingual(text, name, { from: fallback.from || 'und', to: fallback.to || 'und' });
    const sample = (pick: (u: BilingualFile['units'][number]) => string) => file.units.slice(0, 200).map(pick).join('\n');
    const from = fallback.from || detectLanguage(sample((u) => u.source));
    const to = fallback.to || detectLanguage(sample((u) => u.target));
    if (!from || !to) throw err;
    return { ...file, from, to };
  }
}
