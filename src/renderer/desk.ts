// Wires one desk: an engine holder, the store, the controller over a platform API.
import type { i18n as I18n } from 'i18next';
import { runOptions } from '../core';
import type { ReviewApi } from '../shared/api';
import type { Desk } from './context';
import { createController, type ControllerOptions } from './state/controller';
import { createDeskStore, type Engine } from './state/store';

export function createDesk(api: ReviewApi, i18n: I18n, options: ControllerOptions = {}): Desk {
  const engine: Engine = { run: runOptions() };
  const store = createDeskStore(engine);
  const controller = createController(store, api, i18n, engine, options);
  return { store, controller, api };
}
