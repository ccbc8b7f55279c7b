import type { requestCalls } from '../../contract/requests';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function requestHandlers({ requests }: AppServices): HandlersFor<keyof typeof requestCalls> {
  return {
    'requests.list': (input) => requests.list(input),
    'requests.get': (input) => requests.get(input),
    'requests.create': (input) => requests.create(input),
    'requests.update': (input) => requests.update(input),
    'requests.proposeRegimes': (input) => requests.proposeRegimes(input),
    'requests.transition': (input) => requests.transition(input),
    'requests.verify': (input) => requests.verify(input),
    'requests.pause': (input) => requests.pause(input),
    'requests.resume': (input) => requests.resume(input),
    'requests.tasks.generate': (input) => requests.tasks.generate(input),
    'requests.tasks.add': (input) => requests.tasks.add(input),
    'requests.tasks.setDone': (input) => requests.tasks.setDone(input),
    'requests.notes.add': (input) => requests.notes.add(input),
    'requests.attachments.add': (input) => requests.attachments.add(input),
    'requests.attachments.get': (input) => requests.attachments.get(input),
    'requests.bulk': (input) => requests.bulk(input),
    'requests.exportCsv': (input) => requests.exportCsv(input),
    'requests.dashboard': (input) => requests.dashboard(input),
    'requests.metrics': (input) => requests.metrics(input),
    'requests.reminders': (input) => requests.reminders(input),
    'requests.settings.get': (input) => requests.settings.get(input),
    'requests.settings.save': (input) => requests.settings.save(input),
    'deadlines.regimes': (input) => requests.deadlines.regimes(input),
    'deadlines.saveOverrides': (input) => requests.deadlines.saveOverrides(input),
    'deadlines.calendars': (input) => requests.deadlines.calendars(input),
    'deadlines.saveCalendarEdits': (input) => requests.deadlines.saveCalendarEdits(input),
  };
}
