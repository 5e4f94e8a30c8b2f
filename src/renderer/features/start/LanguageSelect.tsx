import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n';
import { languageOptions } from './languages';

export function LanguageSelect({ id, value, onChange, label, detected, className, placeholder }: { id: string; value: string; onChange: (code: string) => void; label: string; detected?: string | null; className?: string; placeholder?: string }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const options = languageOptions([value, detected]).map((code) => ({ code, name: languageName(code, ui) }));
  options.sort((a, b) => a.name.localeCompare(b.name, ui));
  return (
    <select id={id} className={className} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {!value && <option value="">{placeholder ?? t('start.notDetected')}</option>}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {className === 'compact' ? o.name : `${o.name} (${o.code})`}
          {o.code === detected ? ` · ${t('start.detected')}` : ''}
        </option>
      ))}
    </select>
  );
}
