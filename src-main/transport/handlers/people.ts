import type { peopleCalls } from '../../contract/people';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function peopleHandlers({ people }: AppServices): HandlersFor<keyof typeof peopleCalls> {
  return {
    'people.list': () => people.list(),
    'people.add': (input) => people.add(input),
    'people.remove': (input) => people.remove(input),
    'people.changeRole': (input) => people.changeRole(input),
  };
}
