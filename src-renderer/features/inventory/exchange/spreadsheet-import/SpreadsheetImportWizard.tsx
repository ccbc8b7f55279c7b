import { Button, Group, Modal, Stepper } from '@mantine/core';
import { useState } from 'react';
import { openInventory } from '../../inventory-route';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportResult } from './ImportResult';
import { MappingStep } from './MappingStep';
import { headerProblems, importLabel } from './preview-facts';
import { ReviewStep } from './ReviewStep';
import classes from './SpreadsheetImportWizard.module.css';
import { useSheetImport } from './use-sheet-import';

const FILE = 0;
const COLUMNS = 1;
const REVIEW = 2;
/** Past the last step: the Stepper shows its "completed" pane, the result. */
const DONE = 3;

interface SpreadsheetImportWizardProps {
  onClose: () => void;
  /** Rows were added: the Inventory reloads its lists. */
  onImported: () => void;
}

/**
 * Activities from a .csv or .xlsx file, in three steps and a result: choose the
 * file, match its columns to the fields, review every row's problems and
 * confirm. The workspace is written to only by that confirmation.
 */
export function SpreadsheetImportWizard({ onClose, onImported }: SpreadsheetImportWizardProps) {
  const sheet = useSheetImport();
  const [step, setStep] = useState(FILE);
  const { preview, mapping } = sheet;
  const busy = sheet.reading || sheet.importing;
  const canGoBack = step < DONE && !busy;
  const reviewable = preview !== null && !sheet.checking && sheet.checkFailure === null && headerProblems(preview).length === 0 && preview.total > 0;

  async function choose(file: File | null) {
    if (await sheet.choose(file)) setStep(COLUMNS);
  }

  async function importRows() {
    if (!(await sheet.importRows())) return;
    onImported();
    openInventory('activities');
    setStep(DONE);
  }

  return (
    <Modal opened onClose={onClose} title="Import activities from a spreadsheet" size={1080} closeOnClickOutside={false} closeOnEscape={!busy} withCloseButton={!busy}>
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="File" description="A .csv or .xlsx file" allowStepSelect={canGoBack}>
          <ChooseFileStep chosen={sheet.chosen} reading={sheet.reading} failure={sheet.readFailure} onChoose={(file) => void choose(file)} />
        </Stepper.Step>
        <Stepper.Step label="Columns" description="Match them to the fields" allowStepSelect={canGoBack}>
          {preview && mapping && (
            <MappingStep
              fileName={sheet.chosen?.name ?? ''}
              preview={preview}
              mapping={mapping}
              onColumn={sheet.setColumn}
              checking={sheet.checking}
              failure={sheet.checkFailure}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Review" description="Confirm the import" allowStepSelect={canGoBack}>
          {preview && <ReviewStep preview={preview} failure={sheet.importFailure} />}
        </Stepper.Step>
        <Stepper.Completed>{sheet.summary && <ImportResult summary={sheet.summary} />}</Stepper.Completed>
      </Stepper>
      <Group className={classes.footer} justify="flex-end" gap="xs">
        {(step === COLUMNS || step === REVIEW) && (
          <Button variant="default" mr="auto" onClick={() => setStep(step - 1)} disabled={busy}>
            Back
          </Button>
        )}
        {step === DONE ? (
          <Button onClick={onClose}>Close</Button>
        ) : (
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
        )}
        {step === FILE && preview && (
          <Button onClick={() => setStep(COLUMNS)} disabled={busy}>
            Next: columns
          </Button>
        )}
        {step === COLUMNS && (
          <Button onClick={() => setStep(REVIEW)} disabled={!reviewable}>
            Next: review the rows
          </Button>
        )}
        {step === REVIEW && preview && (
          <Button onClick={() => void importRows()} loading={sheet.importing} disabled={preview.valid === 0}>
            {importLabel(preview)}
          </Button>
        )}
      </Group>
    </Modal>
  );
}
