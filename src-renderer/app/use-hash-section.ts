import { useCallback, useMemo, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** Where the app is: `#/inventory/activities/12?field=name` is section "inventory", path ["activities", "12"], params field=name. */
export interface HashRoute {
  section: string;
  path: string[];
  params: URLSearchParams;
}

function parseHash(hash: string): HashRoute {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const location = queryAt === -1 ? body : body.slice(0, queryAt);
  const [section = '', ...path] = location.split('/').filter(Boolean).map(decodeURIComponent);
  return { section, path, params: new URLSearchParams(queryAt === -1 ? '' : body.slice(queryAt + 1)) };
}

function hashHref(section: string, path: readonly string[] = [], params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `#/${[section, ...path].map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

/** Moves to a place in the app; back and forward walk these steps. */
export function navigateHash(section: string, path?: readonly string[], params?: Record<string, string>): void {
  window.location.hash = hashHref(section, path, params);
}

export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, readHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/**
 * The current section lives in the URL fragment (`#/requests`), so reload and
 * back/forward work without a router. A section may add its own path after its
 * id (`#/inventory/systems`). Unknown fragments fall back to the first section.
 */
export function useHashSection<Id extends string>(ids: readonly Id[]): [Id, (id: Id) => void] {
  const { section } = useHashRoute();
  const current = ids.find((id) => id === section) ?? ids[0];
  if (current === undefined) throw new Error('useHashSection needs at least one section.');
  const navigate = useCallback((id: Id) => navigateHash(id), []);
  return [current, navigate];
}
