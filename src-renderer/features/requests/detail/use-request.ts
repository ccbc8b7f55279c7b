import { useEffect, useState } from 'react';
import { call, type Result, type SubjectRequest } from '../../../app/api';
import { notifyError } from '../../../ui/notify';
import { openRequestList } from '../requests-route';

/** What a section of the request page may do: apply a change the service answers with the request, or fetch it again. */
export interface RequestActions {
  /** Sends a change; the request on screen becomes the service's answer. Resolves to whether it worked. */
  run: (work: Promise<Result<SubjectRequest>>) => Promise<boolean>;
  changed: (request: SubjectRequest) => void;
  reload: () => void;
}

/** The request the page shows, fetched when opened; a request that cannot be read sends the person back to the list. */
export function useRequest(id: number) {
  const [request, setRequest] = useState<SubjectRequest | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void call('requests.get', { id }).then((result) => {
      if (!current) return;
      if (result.ok) setRequest(result.value);
      else {
        notifyError(result.error);
        openRequestList();
      }
    });
    return () => {
      current = false;
    };
  }, [id, version]);

  const actions: RequestActions = {
    run: async (work) => {
      const result = await work;
      if (result.ok) setRequest(result.value);
      else notifyError(result.error);
      return result.ok;
    },
    changed: setRequest,
    reload: () => setVersion((current) => current + 1),
  };
  return { request: request?.id === id ? request : null, actions };
}
