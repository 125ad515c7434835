import { useOutletContext } from 'react-router';
import type { IntegrationDefinition } from './engine/types';

/** What the wizard layout hands every step screen through its outlet. */
export interface WizardContext {
  definition: IntegrationDefinition;
}

export function useWizard(): WizardContext {
  return useOutletContext<WizardContext>();
}
