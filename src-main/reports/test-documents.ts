/** Report documents for the layout kit's tests and for looking at its output; not used by the app. */
import type { ReportDocument, Section } from '../domain/notice/document';

export const LATIN_NAME = 'Zoë Ñúñez';
export const DEVANAGARI_NAME = 'अनुराग';
export const LONG_URL = 'https://privacy.example.com/policies/retention/schedules/2026/customer-support-ticket-attachments-and-call-recordings?version=7&lang=en';

const base = {
  title: 'Records of processing activities',
  subtitle: 'Controller record under GDPR Article 30(1)',
  organisation: 'Kestrel Outdoor GmbH',
  subject: 'Records of processing activities of Kestrel Outdoor GmbH',
  generatedAt: '29 November 2026, 14:05 CET',
  generatedInstant: new Date('2026-11-29T13:05:00Z'),
  cover: [
    { label: 'Period', value: '1 January 2026 to 30 November 2026' },
    { label: 'Prepared by', value: `${LATIN_NAME} (privacy officer)` },
    { label: 'Reviewed by', value: `${DEVANAGARI_NAME} शर्मा` },
  ],
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A long cell: one row of it is taller than a page, so it must be split between pages. */
export const TALL_CELL = Array.from({ length: 140 }, (_, index) => `Retention step ${index + 1}: delete the ticket attachments and anonymise the call notes.`).join('\n');

export const ACTIVITY_HEADER = ['Activity', 'Purpose and legal basis', 'Systems', 'Retention (days)'];

function activityRows(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [
    `Activity ${String(index + 1).padStart(3, '0')}`,
    index % 7 === 3 ? `Customer support, Art. 6(1)(b); policy at ${LONG_URL}` : 'Order fulfilment and delivery of goods to the customer, Art. 6(1)(b) GDPR',
    index % 5 === 0 ? `CRM (owner ${LATIN_NAME}), ticketing` : 'Shop system',
    String((index * 37) % 3650),
  ]);
}

/** Every kind of block, long tables, a row taller than a page, charts with edge cases, both scripts. */
export function sampleDocument(): ReportDocument {
  const rows = activityRows(90);
  rows.splice(40, 0, ['Activity with a long schedule', TALL_CELL, 'Archive', '3650']);
  const sections: Section[] = [
    {
      title: 'Controller',
      level: 1,
      blocks: [
        { kind: 'paragraph', text: 'This record lists the processing activities of the controller as required by Article 30(1) GDPR. It is kept in writing, including in electronic form, and made available to the supervisory authority on request.' },
        {
          kind: 'fields',
          rows: [
            { label: 'Name', value: 'Kestrel Outdoor GmbH' },
            { label: 'Address', value: 'Lindenstraße 12, 10969 Berlin, Germany' },
            { label: 'Data protection officer', value: `${LATIN_NAME}, dpo@kestrel.example` },
            { label: 'Contact in India', value: `${DEVANAGARI_NAME} शर्मा, Mumbai` },
            { label: 'Policy', value: LONG_URL },
          ],
        },
      ],
    },
    { title: 'Representative in the Union', level: 2, blocks: [{ kind: 'missing', text: 'No representative is recorded. Add one under Inventory > Organisation, or record that none is needed.' }] },
    {
      title: 'Joint controllers',
      level: 2,
      blocks: [
        { kind: 'subheading', text: 'Arrangements' },
        { kind: 'list', items: ['Marketing events with Alpine Partners AG (Art. 26 arrangement of 3 March 2026).', `Loyalty programme with ${DEVANAGARI_NAME} Retail Pvt. Ltd., whose contact is ${LATIN_NAME}.`] },
      ],
    },
    { title: 'Processing activities', level: 1, blocks: [{ kind: 'table', columns: [{ header: ACTIVITY_HEADER[0] ?? '', width: 1.2 }, { header: ACTIVITY_HEADER[1] ?? '', width: 2.6 }, { header: ACTIVITY_HEADER[2] ?? '', width: 1.4 }, { header: ACTIVITY_HEADER[3] ?? '', width: 0.9, align: 'right' }], rows }] },
    {
      title: 'Request metrics',
      level: 1,
      blocks: [
        {
          kind: 'chart',
          chart: {
            type: 'bar',
            title: 'Requests received per month, by type',
            categories: months,
            series: [
              { name: 'Access', values: [12, 9, 14, 11, 8, 15, 17, 13, 10, 12, 16, 9] },
              { name: 'Deletion', values: [5, 7, 4, 6, 9, 3, 5, 8, 6, 7, 4, 5] },
              { name: 'Correction', values: [1, 0, 2, 1, 1, 0, 3, 1, 2, 0, 1, 2] },
            ],
          },
        },
        {
          kind: 'chart',
          chart: {
            type: 'line',
            title: 'Median days to close',
            categories: months,
            series: [
              { name: 'GDPR', values: [14, 12, 15, 11, 10, 9, 12, 13, 11, 10, 9, 8] },
              { name: 'CCPA', values: [20, 22, 19, 25, 21, 18, Number.NaN, 17, 16, 18, 15, 14] },
            ],
          },
        },
        { kind: 'chart', chart: { type: 'bar', title: 'Overdue requests per month', categories: months, series: [{ name: 'Overdue', values: months.map(() => 0) }] } },
        { kind: 'chart', chart: { type: 'line', title: 'Requests by regime (no data yet)', categories: [], series: [] } },
      ],
    },
  ];
  return { ...base, sections };
}

/** The benchmark's shape: 1,000 level-2 sections, each a fields block and a five-row table. */
export function largeDocument(count = 1000): ReportDocument {
  const sections: Section[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % 100 === 0) sections.push({ title: `Activities ${index + 1} to ${index + 100}`, level: 1, blocks: [] });
    sections.push({
      title: `Activity ${index + 1}: customer support for order ${index + 1}`,
      level: 2,
      blocks: [
        { kind: 'fields', rows: [{ label: 'Purpose', value: 'Answering questions about orders' }, { label: 'Legal basis', value: 'Art. 6(1)(b) GDPR' }, { label: 'Owner', value: index % 2 ? LATIN_NAME : DEVANAGARI_NAME }] },
        { kind: 'table', columns: [{ header: 'Category', width: 2 }, { header: 'Source', width: 2 }, { header: 'Days', width: 1, align: 'right' }], rows: activityRows(5).map((row) => [row[1] ?? '', row[2] ?? '', row[3] ?? '']) },
      ],
    });
  }
  return { ...base, sections };
}

export function emptyDocument(): ReportDocument {
  return { ...base, sections: [] };
}
