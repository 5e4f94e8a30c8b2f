// The export dialog's formats, built in the page (src/formats/export.ts is pure: no file system, no
// Node) and handed to the platform to save: text formats through saveText, Word files through
// saveBytes. A review opened from a bilingual file can also be written back in its own format
// (applyReview + writeBilingual), so XLIFF in gives XLIFF out with the reviewed targets.
import { applyReview, type BilingualFile } from '../../core/bilingual';
import { BINARY_FORMATS, exportReview, type ExportFormat, type ExportInput } from '../../formats/export';
import { formatName, writeBilingual } from '../../formats/index';

/** The dialog's choices, in the order shown ('bilingual' only for a review opened from a bilingual file). */
export const DESK_EXPORT_FORMATS = ['bilingual', 'txt', 'docx', 'docx-changes', 'xliff', 'xliff12', 'report-html', 'report-csv', 'report-json'] as const;
export type DeskExportFormat = (typeof DESK_EXPORT_FORMATS)[number];

export interface DeskExport {
  /** The file's text, or null for a binary file (then `data`). */
  text: string | null;
  data: Uint8Array;
  extension: string;
  summary?: string;
}

const EXTENSION: Record<BilingualFile['format'], string> = { xliff12: 'xlf', xliff20: 'xlf', tmx: 'tmx', tsv: 'tsv', csv: 'csv' };

/** "XLIFF 2.0" for the file a review was opened from. */
export function bilingualFormatName(file: BilingualFile): string {
  return formatName(file.format);
}

export function buildExport(format: DeskExportFormat, input: ExportInput & { bilingual: BilingualFile | null }): DeskExport {
  if (format === 'bilingual') {
    if (!input.bilingual) throw new Error('this review was not opened from a bilingual file');
    const reviewed = applyReview(input.bilingual, input.state, { run: input.run });
    const text = writeBilingual(reviewed, input.bilingual.format);
    return { text, data: new TextEncoder().encode(text), extension: EXTENSION[input.bilingual.format] };
  }
  const out = exportReview(format as ExportFormat, input);
  const binary = BINARY_FORMATS.includes(format as ExportFormat);
  return { text: binary ? null : new TextDecoder().decode(out.data), data: out.data, extension: out.extension, summary: out.summary };
}

const SUFFIX: Record<DeskExportFormat, string> = {
  bilingual: 'reviewed',
  txt: 'corrected',
  docx: 'corrected',
  'docx-changes': 'changes',
  xliff: 'review',
  xliff12: 'review-1.2',
  'report-html': 'qa-report',
  'report-csv': 'qa-report',
  'report-json': 'qa-report',
};

/** 'en.mt.txt' + docx-changes → 'en.mt.changes.docx'; 'doc.xlf' + bilingual → 'doc.reviewed.xlf'. */
export function exportFileName(targetName: string, format: DeskExportFormat, extension: string): string {
  const base = targetName.replace(/^.*[\\/]/, '') || 'translation.txt';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return `${stem}.${SUFFIX[format]}.${extension}`;
}
