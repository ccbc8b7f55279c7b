import type { ReportDocument } from '../domain/notice/document';

const CREATOR = 'Privacy Workstation';

/**
 * The PDF's information dictionary. Both dates are the report's own instant, never the clock:
 * pdfkit derives the file identifier from this dictionary, so the same report gives the same bytes.
 */
export function documentInfo(report: ReportDocument): PDFKit.DocumentInfo {
  return {
    Title: report.title,
    Author: report.organisation,
    Subject: report.subject,
    Creator: CREATOR,
    Producer: `${CREATOR} (PDFKit)`,
    CreationDate: report.generatedInstant,
    ModDate: report.generatedInstant,
  };
}
