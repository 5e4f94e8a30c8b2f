// Messages are templates with {{name}} placeholders, so the UI can translate them by id
// and the CLI can print the English text.
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? data[name] : whole,
  );
}

/** Base language subtag of a BCP 47 code, lower case: 'pt-BR' → 'pt', 'zh-Hans' → 'zh'. */
export function baseLang(code: string): string {
  // code.split(/[-_]/)[0].toLowerCase() without the array: checks ask on every segment.
  let end = code.length;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 45 || c === 95) {
      end = i;
      break;
    }
  }
  return (end === code.length ? code : code.slice(0, end)).toLowerCase();
}
