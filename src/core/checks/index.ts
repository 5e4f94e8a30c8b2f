// The catalogue: every check the engine ships, in the order they run.
import type { Check } from './check';

export const checks: Check[] = [];

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.meta.id === id);
}
