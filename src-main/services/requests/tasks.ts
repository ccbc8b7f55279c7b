import { AppError } from '../../contract/errors';
import { appendEvent, findTask, getAttachment, insertAttachment, insertNote, insertTasks, setTaskDone, tasksOf } from '../../db/requests/children';
import { dataLocations, systemName } from '../../db/requests/task-sources';
import { RELATIONSHIPS } from '../../domain/requests/vocabulary';
import { planTasks, RELATIONSHIP_SUBJECTS } from '../../domain/requests/tasks';
import { type Answer, changeRequest, mustGetRecord, type RequestContext, requireNotAnonymised, requireOpen } from './context';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a base64 text; VALIDATION for anything else, an empty file, or more than 25 MB. */
export function decodeAttachment(contentBase64: string): Buffer {
  const text = contentBase64.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new AppError('VALIDATION', 'The file did not arrive intact (its content is not valid base64). Attach it again.', { contentBase64: 'Not valid base64.' });
  }
  const content = Buffer.from(text, 'base64');
  if (content.length === 0) throw new AppError('VALIDATION', 'The file is empty: there is nothing to attach.', { contentBase64: 'The file is empty.' });
  if (content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', 'Attachments can be 25 MB at most. Attach a smaller file, or split it.', { contentBase64: 'Larger than 25 MB.' });
  }
  return content;
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

export function tasksService(ctx: RequestContext) {
  const { store } = ctx;

  const generate: Answer<'requests.tasks.generate'> = ({ id }) =>
    changeRequest(ctx, id, (db, record, now) => {
      requireOpen(record);
      const relationship = record.requester.relationship;
      const keys = RELATIONSHIP_SUBJECTS[relationship];
      const found = dataLocations(db, keys);
      if (found.systems.length === 0) {
        const who = RELATIONSHIPS[relationship].toLowerCase();
        throw new AppError(
          'CONFLICT',
          keys.length === 0
            ? `The inventory cannot tell where the data of a requester related as “${who}” is kept. Add the tasks by hand.`
            : `No active processing activity in the inventory about a ${who} names a system. Add the tasks by hand, or complete the inventory first.`,
        );
      }
      const planned = planTasks(record.types, found.systems, found.recipients, tasksOf(db, id));
      if (planned.length === 0) return;
      insertTasks(db, id, planned);
      const detail = `Added ${planned.length} task${planned.length === 1 ? '' : 's'} from the inventory: ${found.activities} active activit${found.activities === 1 ? 'y' : 'ies'}, ${found.systems.length} system${found.systems.length === 1 ? '' : 's'}.`;
      appendEvent(db, id, { kind: 'task', detail }, now);
    });

  const add: Answer<'requests.tasks.add'> = ({ id, action, description, systemId }) =>
    changeRequest(ctx, id, (db, record, now) => {
      requireOpen(record);
      const name = systemId === null ? '' : systemName(db, systemId);
      if (name === undefined) throw new AppError('VALIDATION', 'That system no longer exists. Choose another.', { systemId: 'That system no longer exists.' });
      insertTasks(db, id, [{ systemId, systemName: name, action, description }]);
      appendEvent(db, id, { kind: 'task', detail: `Task added: ${description}` }, now);
    });

  const setDone: Answer<'requests.tasks.setDone'> = ({ id, taskId, done, by }) =>
    changeRequest(ctx, id, (db, record, now) => {
      requireOpen(record);
      const task = findTask(db, id, taskId);
      if (!task) throw new AppError('NOT_FOUND', 'That task is no longer on this request. Reload it.');
      if ((task.doneAt !== null) === done) return;
      setTaskDone(db, taskId, done ? now : null, done ? by : '');
      const who = done && by !== '' ? ` (by ${by})` : '';
      appendEvent(db, id, { kind: 'task', detail: `${done ? 'Done' : 'Reopened'}: ${task.description}${who}` }, now);
    });

  const addNote: Answer<'requests.notes.add'> = ({ id, body }) =>
    changeRequest(ctx, id, (db, record, now) => {
      requireNotAnonymised(record);
      insertNote(db, id, body, '', now);
      appendEvent(db, id, { kind: 'note', detail: 'Note added.' }, now);
    });

  const addAttachment: Answer<'requests.attachments.add'> = ({ id, fileName, mimeType, contentBase64 }) =>
    store.write((db, now) => {
      const record = mustGetRecord(db, id);
      requireNotAnonymised(record);
      const content = decodeAttachment(contentBase64);
      const attachmentId = insertAttachment(db, id, { fileName, mimeType, content }, now);
      appendEvent(db, id, { kind: 'attachment', detail: `Attached ${fileName} (${sizeText(content.length)}).` }, now);
      return { id: attachmentId, fileName, mimeType, size: content.length, addedAt: now };
    });

  const getAttachmentContent: Answer<'requests.attachments.get'> = ({ attachmentId }) =>
    store.read((db) => {
      const found = getAttachment(db, attachmentId);
      if (!found) throw new AppError('NOT_FOUND', 'That attachment no longer exists. Reload the request.');
      const { requestId: _requestId, content, ...info } = found;
      return { ...info, contentBase64: content.toString('base64') };
    });

  return {
    tasks: { generate, add, setDone },
    notes: { add: addNote },
    attachments: { add: addAttachment, get: getAttachmentContent },
  };
}
