import { useEffect, useEffectEvent } from 'react';
import { call } from './api';

/** The service only needs to know someone is there; once per 20 s keeps its idle timer honest without chatter. */
const ACTIVITY_THROTTLE_MS = 20_000;
/** How quickly the window notices a lock decided by the service (idle timer, shell). */
const STATUS_POLL_MS = 15_000;
const ACTIVITY_EVENTS = ['mousemove', 'keydown', 'click', 'scroll'] as const;

/**
 * While a workspace is unlocked: reports user activity to the service, and
 * calls `onLocked` when the service says the workspace got locked meanwhile.
 */
export function useIdleLock(onLocked: () => void): void {
  const locked = useEffectEvent(onLocked);

  useEffect(() => {
    let lastReport = Number.NEGATIVE_INFINITY;
    const reportActivity = () => {
      const now = Date.now();
      if (now - lastReport < ACTIVITY_THROTTLE_MS) return;
      lastReport = now;
      // A LOCKED answer reaches the app through the api's locked listener.
      void call('session.activity', {});
    };
    const checkStatus = async () => {
      const result = await call('workspace.status', {});
      if (result.ok && result.value.state === 'locked') locked();
    };
    const checkWhenVisible = () => {
      if (document.visibilityState === 'visible') void checkStatus();
    };

    // Capture, because scroll does not bubble and inner handlers may stop propagation.
    const listenerOptions = { capture: true, passive: true } as const;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, reportActivity, listenerOptions);
    document.addEventListener('visibilitychange', checkWhenVisible);
    const poll = window.setInterval(() => void checkStatus(), STATUS_POLL_MS);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, reportActivity, listenerOptions);
      document.removeEventListener('visibilitychange', checkWhenVisible);
      window.clearInterval(poll);
    };
  }, []);
}
