// The desk's React context: the store, the controller and the platform API, plus hooks that read
// the store through selectors (zustand re-renders a component only when its selection changes).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReviewApi } from '../shared/api';
import type { Controller } from './state/controller';
import type { DeskState, DeskStore } from './state/store';

export interface Desk {
  store: DeskStore;
  controller: Controller;
  api: ReviewApi;
}

const DeskContext = createContext<Desk | null>(null);

export function DeskProvider({ desk, children }: { desk: Desk; children: ReactNode }) {
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside <DeskProvider>');
  return desk;
}

export function useDeskState<T>(selector: (s: DeskState) => T): T {
  return useStore(useDesk().store, selector);
}

export function useDispatch(): DeskState['dispatch'] {
  return useStore(useDesk().store, (s) => s.dispatch);
}
