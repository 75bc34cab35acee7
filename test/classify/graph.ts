import type { MachineApi, MachineState } from '../../src/classify/machine-engine.js';
import { at } from './samples.js';

export interface Step<E> {
  readonly event: E;
  readonly from: string;
  readonly to: string;
}

/**
 * Every accepted event path of the machine up to `depth` events from its initial state, generated from
 * the machine itself: at each state, each allowed event type with each sample payload.
 */
export function enumeratePaths<N extends string, C, E extends { readonly type: string }, F>(
  machine: MachineApi<N, C, E, F>,
  samples: (type: E['type'], time: string) => readonly E[],
  depth: number,
): { paths: E[][]; refusedByGuard: number } {
  const paths: E[][] = [];
  let refusedByGuard = 0;
  const walk = (state: MachineState<N, C>, path: E[]): void => {
    paths.push(path);
    if (path.length === depth) return;
    for (const type of machine.allowedEvents(state)) {
      for (const event of samples(type, at(path.length + 1))) {
        const result = machine.transition(state, event);
        if (!result.ok) {
          refusedByGuard++;
          continue;
        }
        walk(result.state, [...path, event]);
      }
    }
  };
  walk(machine.initial(), []);
  return { paths, refusedByGuard };
}

/** The first state reached for each node, by breadth-first search with sample events. */
export function reachableStates<N extends string, C, E extends { readonly type: string }, F>(
  machine: MachineApi<N, C, E, F>,
  samples: (type: E['type'], time: string) => readonly E[],
): Map<N, { state: MachineState<N, C>; path: E[] }> {
  const found = new Map<N, { state: MachineState<N, C>; path: E[] }>();
  let frontier: { state: MachineState<N, C>; path: E[] }[] = [{ state: machine.initial(), path: [] }];
  found.set(machine.initial().name, frontier[0]!);
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      for (const type of machine.allowedEvents(node.state)) {
        for (const event of samples(type, at(node.path.length + 1))) {
          const result = machine.transition(node.state, event);
          if (!result.ok || found.has(result.state.name)) continue;
          const entry = { state: result.state, path: [...node.path, event] };
          found.set(result.state.name, entry);
          next.push(entry);
        }
      }
    }
    frontier = next;
  }
  return found;
}
