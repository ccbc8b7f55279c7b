import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/**
 * The current section lives in the URL fragment (`#/requests`), so reload and
 * back/forward work without a router. Unknown fragments fall back to the first section.
 */
export function useHashSection<Id extends string>(ids: readonly Id[]): [Id, (id: Id) => void] {
  const hash = useSyncExternalStore(subscribe, readHash);
  const current = ids.find((id) => hash === `#/${id}`) ?? ids[0];
  if (current === undefined) throw new Error('useHashSection needs at least one section.');
  const navigate = useCallback((id: Id) => {
    window.location.hash = `/${id}`;
  }, []);
  return [current, navigate];
}
