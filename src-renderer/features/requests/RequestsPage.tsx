import { useState } from 'react';
import { Page } from '../../ui/Page';
import { RequestView } from './detail/RequestView';
import { IntakeDrawer } from './intake/IntakeDrawer';
import { RequestList } from './list/RequestList';
import { openRequest, openRequestList, useRequestsRoute } from './requests-route';
import { useCan } from '../workspace/person-context';

/** Data-subject requests: the list (with the intake form over it), or one request opened from it. */
export function RequestsPage() {
  const route = useRequestsRoute();
  const [version, setVersion] = useState(0);
  // The address #/requests/new opens the intake only for a role that may log a request.
  const canLog = useCan('requests.create');

  if (route.view === 'request') return <RequestView key={route.id} id={route.id} />;
  return (
    <Page title="Requests" wide>
      <RequestList key={route.due} initialDue={route.due} reloadKey={version} onChanged={() => setVersion((current) => current + 1)} covered={route.intake && canLog} />
      {route.intake && canLog && (
        <IntakeDrawer
          request={null}
          onClose={() => openRequestList()}
          onSaved={(created) => {
            setVersion((current) => current + 1);
            openRequest(created.id);
          }}
        />
      )}
    </Page>
  );
}
