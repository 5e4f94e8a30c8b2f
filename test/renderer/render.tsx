// Renders a piece of the desk inside its providers, for component tests (jsdom).
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { DeskProvider, type Desk } from '../../src/renderer/context';

export function renderInDesk(ui: ReactNode, desk: Desk, i18n: I18n) {
  return render(
    <I18nextProvider i18n={i18n}>
      <DeskProvider desk={desk}>{ui}</DeskProvider>
    </I18nextProvider>,
  );
}
