import { Alert, Group, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { DATE_LOCALES, REQUEST_TYPES, type DateLocale, type Link, type ReportName } from '../../app/api';
import { formatDate } from '../../ui/format-date';
import { RecordPicker, RecordSelect } from '../../ui/RecordPicker';
import type { Draft } from '../../ui/use-draft';
import { useCallValue } from '../../ui/use-call-value';
import { VocabularySelect } from '../../ui/VocabularySelect';
import { StatusBadge } from '../requests/request-badges';
import { requestSource, vendorSource, type RequestLink } from './report-sources';

export interface ReportDraft {
  report: ReportName;
  dateLocale: DateLocale;
  /** The backlog's period. */
  from: string;
  to: string;
  request: RequestLink | null;
  /** None: every vendor. */
  vendors: Link[];
}

/** Who asked and when, for the chosen request: the list rows never carry the requester's details. */
function ChosenRequest({ id }: { id: number }) {
  const request = useCallValue('requests.get', { id }, id);
  if (!request) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <StatusBadge status={request.status} />
      <Text size="sm">
        {request.anonymisedAt ? 'Requester’s details removed (anonymised)' : `From ${request.requester.name}${request.requester.email ? ` <${request.requester.email}>` : ''}`}
        {` · ${request.types.map((type) => REQUEST_TYPES[type]).join(', ')} · received ${formatDate(request.receivedOn)}`}
      </Text>
    </Group>
  );
}

/** The request picker, or what to do first when there is no request yet. */
function RequestField({ draft }: { draft: Draft<ReportDraft> }) {
  const any = useCallValue('requests.list', { state: 'all', limit: 1 });
  if (any?.total === 0) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} title="No requests yet" data-field="options.requestId">
        A response packet answers one data subject request. Log the request under Requests first.
      </Alert>
    );
  }
  return (
    <>
      <RecordSelect
        label="Request"
        description="Search by reference, or by the requester’s name or e-mail"
        placeholder="Choose the request"
        source={requestSource}
        {...draft.link('request', 'options.requestId')}
      />
      {draft.values.request && <ChosenRequest id={draft.values.request.id} />}
    </>
  );
}

/** The chosen report's options: the language of dates for all, and what each report needs besides. */
export function ReportOptions({ draft }: { draft: Draft<ReportDraft> }) {
  const { values } = draft;
  const { report } = values;
  return (
    <>
      <Group gap="md" align="flex-end">
        <VocabularySelect label="Language of dates" description="The text is in English; the dates follow this" vocabulary={DATE_LOCALES} {...draft.field('dateLocale')} w={320} />
        {report === 'request_backlog' && (
          <>
            <TextInput
              type="date"
              label="From"
              description="By default the last twelve months"
              value={values.from}
              onChange={(event) => draft.set('from', event.currentTarget.value, 'options.period')}
              {...draft.at('options.period.from')}
              w={300}
            />
            <TextInput
              type="date"
              label="To"
              value={values.to}
              onChange={(event) => draft.set('to', event.currentTarget.value, 'options.period')}
              {...draft.at('options.period.to')}
              w={160}
            />
          </>
        )}
      </Group>
      {report === 'request_response' && <RequestField draft={draft} />}
      {report === 'vendor_review' && (
        <RecordPicker label="Vendors" description="Leave empty for every vendor" placeholder="All vendors" source={vendorSource} {...draft.link('vendors', 'options.vendorIds')} />
      )}
    </>
  );
}
