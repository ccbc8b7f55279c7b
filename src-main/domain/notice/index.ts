/** One builder per report, by name: what the services and the layout kit call. */
import type { ReportDocument } from './document';
import type { ReportInputs } from './inputs';
import type { ReportName, ReportOptions } from './options';
import { buildPrivacyNotice } from './privacy-notice';
import { buildRecordsOfProcessing } from './records-of-processing';
import { buildRequestBacklog } from './request-backlog';
import { buildRequestResponse } from './request-response';
import { buildVendorReview } from './vendor-review';

export const REPORT_BUILDERS: { [N in ReportName]: (input: ReportInputs[N], options: ReportOptions, generatedAt: Date) => ReportDocument } = {
  records_of_processing: buildRecordsOfProcessing,
  privacy_notice: buildPrivacyNotice,
  request_response: buildRequestResponse,
  request_backlog: buildRequestBacklog,
  vendor_review: buildVendorReview,
};

export function buildReport<N extends ReportName>(name: N, input: ReportInputs[N], options: ReportOptions, generatedAt: Date): ReportDocument {
  return REPORT_BUILDERS[name](input, options, generatedAt);
}
