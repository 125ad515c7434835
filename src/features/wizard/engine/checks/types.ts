// The check kernel lives in model/ (below the protocols); the steps and the audit read it here.
export * from '../../model/checks/types';
