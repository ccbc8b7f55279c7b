import { Table, Text } from '@mantine/core';
import { RELATIONSHIPS, REQUEST_CHANNELS, type SubjectRequest } from '../../../app/api';
import { countryName } from '../../../ui/countries';
import { formatDateTime } from '../../../ui/format-date';
import { SectionCard } from '../../../ui/SectionCard';

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2} fz="sm">
      <Table.Tbody>
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={110} bg="transparent" c="dimmed" fw={400}>
                {label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

/** The requester's details, shown only here, on the request opened on purpose. */
export function RequesterCard({ request }: { request: SubjectRequest }) {
  const { requester, agent } = request;
  const residence = [requester.residenceCountry && countryName(requester.residenceCountry), requester.residenceRegion].filter(Boolean).join(', ');
  return (
    <SectionCard title="Requester">
        {request.anonymisedAt && (
          <Text size="sm" c="dimmed">
            The requester’s details were removed on {formatDateTime(request.anonymisedAt)} (retention period for closed requests).
          </Text>
        )}
        <Facts
          rows={[
            ['Name', requester.name],
            ['Email', requester.email],
            ['Phone', requester.phone],
            ['Address', requester.address],
            ['Relationship', RELATIONSHIPS[requester.relationship]],
            ['Residence', residence],
            ['Received', `${formatDateTime(request.receivedAt)} by ${REQUEST_CHANNELS[request.channel].toLowerCase()}`],
            ['Assignee', request.assignee || 'Unassigned'],
          ]}
        />
        {agent && (
          <>
            <Text size="sm" fw={500}>
              On behalf of the requester
            </Text>
            <Facts
              rows={[
                ['Agent', agent.name],
                ['Contact', agent.contact],
                ['Authority', agent.authority],
              ]}
            />
          </>
        )}
    </SectionCard>
  );
}
